// Reading and writing whole files for the CLI, with errors as values.
#pragma once

#include <string>

#include "caseload/result.hpp"

namespace caseload::cli {

Result<std::string> read_file_text(const std::string& path);
Status write_file_text(const std::string& path, const std::string& text);

}  // namespace caseload::cli
