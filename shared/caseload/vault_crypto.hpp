// The vault's cryptography, on libsodium:
// - the passphrase becomes a key-encryption key with Argon2id (crypto_pwhash; parameters and a
//   random salt are stored with the vault, so they can be raised later);
// - a random 256-bit data key is wrapped (XChaCha20-Poly1305) by that key, so changing the
//   passphrase rewraps one key and re-encrypts nothing;
// - from the data key, crypto_kdf derives a record key (sealing) and an index key (naming);
// - each record is sealed with XChaCha20-Poly1305 under a fresh random nonce, with associated
//   data that names its storage key, so a record moved or swapped to another key fails to open;
// - storage keys are keyed BLAKE2b hashes of the logical key ("student/<id>"), so IndexedDB
//   never shows an id.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "caseload/result.hpp"
#include "caseload/secret_bytes.hpp"

namespace caseload {

struct KdfParams {
  std::uint64_t opslimit = 6;
  std::size_t memlimit = 64u << 20;  // bytes
  Bytes salt;                        // crypto_pwhash_SALTBYTES
};

// About a second on a Chromebook-class machine in wasm (0.3 s on a current desktop core):
// Argon2id, 64 MiB, 6 passes. Raised parameters apply to vaults created afterwards and are
// recorded in each vault.
KdfParams default_kdf_params();
// Cheap parameters for tests only (never for a real vault).
KdfParams test_kdf_params();

Result<SecretKey> derive_key_from_passphrase(std::string_view passphrase, const KdfParams& params);

Bytes wrap_key(const SecretKey& key, const SecretKey& wrapping_key);
// Fails (no message detail) if the wrapping key is wrong or the bytes were altered.
Result<SecretKey> unwrap_key(const Bytes& wrapped, const SecretKey& wrapping_key);

struct VaultKeys {
  SecretKey record_key;
  SecretKey index_key;
};
VaultKeys derive_vault_keys(const SecretKey& data_key);

// "r." + 32 hex characters, derived from the logical key.
std::string storage_key_for(const VaultKeys& keys, std::string_view logical_key);

// version byte | 24-byte nonce | ciphertext with tag.
Bytes seal_record(const VaultKeys& keys, std::string_view storage_key, std::string_view plaintext);
Result<std::string> open_record(const VaultKeys& keys, std::string_view storage_key, const Bytes& sealed);

}  // namespace caseload
