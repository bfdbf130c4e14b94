// Files in and out of the page: downloads (a fresh Blob URL per export, revoked after), the file
// picker and drag-and-drop (bytes straight to the app), and copying text to the clipboard.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "caseload/secret_bytes.hpp"

namespace caseload::app {

struct ReceivedFile {
  std::string name;
  Bytes bytes;
};

void download_file(std::string_view name, const Bytes& bytes, std::string_view mime_type);
void pick_file();
// A file the user chose or dropped since the last call, if any.
std::optional<ReceivedFile> take_received_file();
void copy_to_clipboard(std::string_view text);
// Opens an HTML document (ours, escaped) in a new tab, or downloads it if pop-ups are blocked.
void open_document(std::string_view html, std::string_view file_name);

}  // namespace caseload::app
