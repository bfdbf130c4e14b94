// Fuzz target: the STREAM payload decryptor with a fixed file key (chunk boundaries, final-chunk
// rules, truncation).
#include <cstddef>
#include <cstdint>

#include "caseload/age_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const caseload::Bytes file_key = {'Y', 'E', 'L', 'L', 'O', 'W', ' ', 'S', 'U', 'B', 'M', 'A', 'R', 'I', 'N', 'E'};
  (void)caseload::age_stream_decrypt(file_key, {data, size});
  return 0;
}
