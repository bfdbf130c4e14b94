#include "caseload/vault_crypto.hpp"

#include <sodium.h>

namespace caseload {
namespace {

constexpr std::uint8_t kRecordFormat = 1;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "CLVAULT1";
constexpr std::uint64_t kRecordSubkey = 1;
constexpr std::uint64_t kIndexSubkey = 2;
constexpr std::string_view kKeyWrapAd = "caseload-vault-key-v1";
constexpr std::string_view kRecordAdPrefix = "caseload-record-v1:";

using Aead = std::integral_constant<std::size_t, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES>;

Bytes seal(const std::uint8_t* key, std::string_view ad, const std::uint8_t* message, std::size_t size) {
  Bytes out(1 + Aead::value + size + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  out[0] = kRecordFormat;
  randombytes_buf(out.data() + 1, Aead::value);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      out.data() + 1 + Aead::value, &written, message, size,
      reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr, out.data() + 1, key);
  out.resize(1 + Aead::value + written);
  return out;
}

bool open(const std::uint8_t* key, std::string_view ad, const Bytes& sealed, std::uint8_t* out,
          std::size_t& out_size) {
  const std::size_t overhead = 1 + Aead::value + crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (sealed.size() < overhead || sealed[0] != kRecordFormat) return false;
  unsigned long long written = 0;
  const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
      out, &written, nullptr, sealed.data() + 1 + Aead::value, sealed.size() - 1 - Aead::value,
      reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), sealed.data() + 1, key);
  out_size = static_cast<std::size_t>(written);
  return rc == 0;
}

}  // namespace

KdfParams default_kdf_params() { return {6, 64u << 20, random_bytes(crypto_pwhash_SALTBYTES)}; }

KdfParams test_kdf_params() {
  return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, random_bytes(crypto_pwhash_SALTBYTES)};
}

Result<SecretKey> derive_key_from_passphrase(std::string_view passphrase, const KdfParams& params) {
  if (params.salt.size() != crypto_pwhash_SALTBYTES) return make_error("the vault's key salt is damaged");
  if (params.opslimit < crypto_pwhash_OPSLIMIT_MIN || params.memlimit < crypto_pwhash_MEMLIMIT_MIN
      || params.memlimit > (1u << 30) || params.opslimit > 64) {
    return make_error("the vault's key parameters are out of range");
  }
  SecretKey key;
  if (crypto_pwhash(key.data(), SecretKey::kSize, passphrase.data(), passphrase.size(), params.salt.data(),
                    params.opslimit, params.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return make_error("not enough memory to derive the key from the passphrase; close other tabs and retry");
  }
  return key;
}

Bytes wrap_key(const SecretKey& key, const SecretKey& wrapping_key) {
  return seal(wrapping_key.data(), kKeyWrapAd, key.data(), SecretKey::kSize);
}

Result<SecretKey> unwrap_key(const Bytes& wrapped, const SecretKey& wrapping_key) {
  SecretKey key;
  std::uint8_t buffer[SecretKey::kSize];
  std::size_t size = 0;
  const std::size_t expected = 1 + Aead::value + SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
  const bool ok = wrapped.size() == expected && open(wrapping_key.data(), kKeyWrapAd, wrapped, buffer, size)
                  && size == SecretKey::kSize;
  if (ok) std::copy(buffer, buffer + SecretKey::kSize, key.data());
  wipe(buffer, sizeof buffer);
  if (!ok) return make_error("the passphrase does not open this vault");
  return key;
}

VaultKeys derive_vault_keys(const SecretKey& data_key) {
  VaultKeys keys;
  crypto_kdf_derive_from_key(keys.record_key.data(), SecretKey::kSize, kRecordSubkey, kKdfContext, data_key.data());
  crypto_kdf_derive_from_key(keys.index_key.data(), SecretKey::kSize, kIndexSubkey, kKdfContext, data_key.data());
  return keys;
}

std::string storage_key_for(const VaultKeys& keys, std::string_view logical_key) {
  std::uint8_t hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(logical_key.data()),
                     logical_key.size(), keys.index_key.data(), SecretKey::kSize);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string("r.") + hex;
}

Bytes seal_record(const VaultKeys& keys, std::string_view storage_key, std::string_view plaintext) {
  const std::string ad = std::string(kRecordAdPrefix) + std::string(storage_key);
  return seal(keys.record_key.data(), ad, reinterpret_cast<const std::uint8_t*>(plaintext.data()),
              plaintext.size());
}

Result<std::string> open_record(const VaultKeys& keys, std::string_view storage_key, const Bytes& sealed) {
  const std::string ad = std::string(kRecordAdPrefix) + std::string(storage_key);
  std::string plaintext(sealed.size(), '\0');
  std::size_t size = 0;
  if (!open(keys.record_key.data(), ad, sealed, reinterpret_cast<std::uint8_t*>(plaintext.data()), size)) {
    wipe(plaintext);
    return make_error("a record of the vault is damaged or was altered", std::string(storage_key));
  }
  plaintext.resize(size);
  return plaintext;
}

}  // namespace caseload
