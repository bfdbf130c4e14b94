// Encrypting and decrypting whole age v1 files (age_format.hpp has the pieces). Decryption fails
// with an Error whose code is an AgeFailure, so callers can say exactly what is wrong.
#pragma once

#include <memory>
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

// An encryption done in steps for progress (the app's export): the header is written at once,
// the payload a few chunks per step(). The plaintext must outlive the job.
class AgeEncryptJob {
 public:
  static Result<std::unique_ptr<AgeEncryptJob>> start(std::span<const std::uint8_t> plaintext,
                                                      const AgeEncryptOptions& options);
  bool step(std::size_t max_chunks);  // true when finished
  double progress() const { return sealer_->progress(); }
  Bytes take_output();  // the file (armored if asked); call once finished

 private:
  AgeEncryptJob() = default;
  Bytes output_;
  std::unique_ptr<AgeStreamSealer> sealer_;
  bool armor_ = false;
};

// What an age file asks for before decrypting it: a passphrase, or a key.
struct AgeFileNeeds {
  bool passphrase = false;      // a scrypt stanza
  int recipient_stanzas = 0;    // X25519 stanzas
};
Result<AgeFileNeeds> inspect_age_file(std::span<const std::uint8_t> file);
Result<Bytes> age_decrypt(std::span<const std::uint8_t> file, const AgeDecryptKeys& keys);

}  // namespace caseload
