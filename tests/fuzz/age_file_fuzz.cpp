// Fuzz target: whole age files (binary or armored) through header parsing, armor, stanza
// unwrapping and STREAM decryption, with a fixed identity and passphrase.
#include <cstddef>
#include <cstdint>

#include "caseload/age.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace caseload;
  static const AgeIdentity identity =
      std::move(*parse_identity("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"));
  AgeDecryptKeys keys;
  keys.identities = {&identity};
  keys.passphrase = "password";
  keys.max_scrypt_log_n = 12;  // keep each run fast; the limit logic itself is what is exercised
  (void)age_decrypt({data, size}, keys);
  (void)parse_age_header({data, size});
  return 0;
}
