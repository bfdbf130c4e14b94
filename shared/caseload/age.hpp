// Encrypting and decrypting whole age v1 files (age_format.hpp has the pieces). Decryption fails
// with an Error whose code is an AgeFailure, so callers can say exactly what is wrong.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "caseload/age_keys.hpp"

namespace caseload {

struct AgeEncryptOptions {
  std::vector<AgeRecipient> recipients;
  std::optional<std::string> passphrase;  // alone: age allows no other stanza with scrypt
  int scrypt_log_n = kAgeScryptWriteLogN;
  bool armor = false;
};

struct AgeDecryptKeys {
  std::vector<const AgeIdentity*> identities;
  std::optional<std::string> passphrase;
  int max_scrypt_log_n = kAgeScryptMaxLogN;
};

Result<Bytes> age_encrypt(std::span<const std::uint8_t> plaintext, const AgeEncryptOptions& options);
Result<Bytes> age_decrypt(std::span<const std::uint8_t> file, const AgeDecryptKeys& keys);

}  // namespace caseload
