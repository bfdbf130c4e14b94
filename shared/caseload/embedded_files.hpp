// Text files compiled into the core at build time (cmake/EmbedFiles.cmake): the builtin rule
// profiles from assets/rules/. Names are file names without the extension.
#pragma once

#include <span>
#include <string_view>

namespace caseload {

struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

std::span<const EmbeddedFile> builtin_rule_profile_files();

}  // namespace caseload
