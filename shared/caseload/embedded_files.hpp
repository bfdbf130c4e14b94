// Text files compiled into the core at build time (cmake/EmbedFiles.cmake): the builtin rule
// profiles from assets/rules/ and the print stylesheet. Names are file names without extension.
#pragma once

#include <span>
#include <string_view>

namespace caseload {

struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

std::span<const EmbeddedFile> builtin_rule_profile_files();
// assets/print/report.css: the stylesheet of printable documents.
std::span<const EmbeddedFile> builtin_print_style_files();

}  // namespace caseload
