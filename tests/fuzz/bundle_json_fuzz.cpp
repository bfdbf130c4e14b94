// Fuzz target: the JSON inside a bundle (size and depth limits, format and version checks,
// validation of every record).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "caseload/bundle.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)caseload::bundle_from_json_text(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
