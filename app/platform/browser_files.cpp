#include "platform/browser_files.hpp"

#include <cstdlib>
#include <utility>

extern "C" {
void caseload_bridge_download(const char* name, const std::uint8_t* data, std::size_t size, const char* mime);
void caseload_bridge_pick_file();
void caseload_bridge_copy_text(const char* text);
void caseload_bridge_open_document(const char* html, const char* name);
}

namespace caseload::app {
namespace {
std::optional<ReceivedFile> g_received;
}

void download_file(std::string_view name, const Bytes& bytes, std::string_view mime_type) {
  const std::string name_text(name), mime_text(mime_type);
  caseload_bridge_download(name_text.c_str(), bytes.data(), bytes.size(), mime_text.c_str());
}

void pick_file() { caseload_bridge_pick_file(); }

std::optional<ReceivedFile> take_received_file() { return std::exchange(g_received, std::nullopt); }

void copy_to_clipboard(std::string_view text) {
  const std::string copy(text);
  caseload_bridge_copy_text(copy.c_str());
}

void open_document(std::string_view html, std::string_view file_name) {
  const std::string text(html), name(file_name);
  caseload_bridge_open_document(text.c_str(), name.c_str());
}

}  // namespace caseload::app

extern "C" void caseload_file_received(const char* name, std::uint8_t* data, int size) {
  caseload::app::g_received = caseload::app::ReceivedFile{
      name ? name : "file", caseload::Bytes(data, data + (size > 0 ? size : 0))};
  std::free(data);
}
