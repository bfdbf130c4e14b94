#include "cli/file_text.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace caseload::cli {

Result<std::string> read_file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(std::string("cannot open: ") + std::strerror(errno), path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return make_error("read failed", path);
  return buffer.str();
}

// Writes to a temporary file beside the target and renames it over the target, so a crash
// leaves either the old file or the new one, never half of each.
Status write_file_text(const std::string& path, const std::string& text) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return make_error(std::string("cannot write: ") + std::strerror(errno), path);
    out << text;
    out.flush();
    if (!out) return make_error("write failed (disk full?)", path);
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) return make_error("cannot replace file: " + ec.message(), path);
  return Status::success();
}

}  // namespace caseload::cli
