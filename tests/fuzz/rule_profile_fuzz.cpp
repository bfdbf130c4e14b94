// Fuzz target: rule profile documents (assets/rules/*.json, or a district's own file) through
// parsing, validation and resolution against a caseload's settings.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "caseload/rule_profile.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace caseload;
  auto profile = parse_rule_profile(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!profile) return 0;
  CaseloadSettings settings;
  (void)resolve_profile(*profile, settings);
  return 0;
}
