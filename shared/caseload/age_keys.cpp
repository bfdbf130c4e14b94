#include "caseload/age_keys.hpp"

#include <sodium.h>

#include "caseload/bech32.hpp"
#include "caseload/hkdf.hpp"

namespace caseload {
namespace {

constexpr std::string_view kX25519Label = "age-encryption.org/v1/X25519";
constexpr std::string_view kScryptLabel = "age-encryption.org/v1/scrypt";
constexpr std::uint8_t kZeroNonce[12] = {};

Error stanza_error(const std::string& detail) {
  return age_error(AgeFailure::kHeader, "the encrypted file's header is damaged (" + detail + ")");
}

Bytes seal_file_key(const Bytes& key, const Bytes& file_key) {
  Bytes body(file_key.size() + crypto_aead_chacha20poly1305_ietf_ABYTES);
  unsigned long long length = 0;
  crypto_aead_chacha20poly1305_ietf_encrypt(body.data(), &length, file_key.data(), file_key.size(), nullptr, 0,
                                            nullptr, kZeroNonce, key.data());
  return body;
}

std::optional<Bytes> open_file_key(const Bytes& key, const Bytes& body) {
  Bytes file_key(kAgeFileKeySize);
  unsigned long long length = 0;
  if (crypto_aead_chacha20poly1305_ietf_decrypt(file_key.data(), &length, nullptr, body.data(), body.size(), nullptr,
                                                0, kZeroNonce, key.data()) != 0) {
    return std::nullopt;
  }
  return file_key;
}

Bytes x25519_wrap_key(const std::uint8_t shared[32], const std::uint8_t share[32], const std::uint8_t recipient[32]) {
  Bytes salt(share, share + 32);
  salt.insert(salt.end(), recipient, recipient + 32);
  return hkdf_sha256(std::span<const std::uint8_t>(shared, 32), salt, kX25519Label, 32);
}

// Canonical decimal without sign or leading zeros: "18", not "018", "+18" or "0x12".
std::optional<int> parse_log_n(std::string_view text) {
  if (text.empty() || text.size() > 2 || text[0] < '1' || text[0] > '9') return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

AgeIdentity generate_age_identity() {
  AgeIdentity identity;
  identity.secret = random_key();
  return identity;
}

AgeRecipient recipient_of(const AgeIdentity& identity) {
  AgeRecipient recipient;
  crypto_scalarmult_base(recipient.public_key.data(), identity.secret.data());
  return recipient;
}

std::string encode_identity(const AgeIdentity& identity) {
  Bytes secret(identity.secret.data(), identity.secret.data() + SecretKey::kSize);
  std::string text = bech32_encode("age-secret-key-", secret, true);
  wipe(secret);
  return text;
}

std::string encode_recipient(const AgeRecipient& recipient) {
  return bech32_encode("age", Bytes(recipient.public_key.begin(), recipient.public_key.end()));
}

Result<AgeIdentity> parse_identity(std::string_view text) {
  auto decoded = bech32_decode(text);
  if (!decoded || decoded->hrp != "age-secret-key-" || decoded->data.size() != 32 || text.substr(0, 4) != "AGE-") {
    return make_error("not an age identity (expected AGE-SECRET-KEY-1...)");
  }
  AgeIdentity identity;
  std::copy(decoded->data.begin(), decoded->data.end(), identity.secret.data());
  wipe(decoded->data);
  return identity;
}

Result<AgeRecipient> parse_recipient(std::string_view text) {
  auto decoded = bech32_decode(text);
  if (!decoded || decoded->hrp != "age" || decoded->data.size() != 32 || text.substr(0, 4) != "age1") {
    return make_error("not an age recipient (expected age1... in lowercase)");
  }
  AgeRecipient recipient;
  std::copy(decoded->data.begin(), decoded->data.end(), recipient.public_key.begin());
  return recipient;
}

Result<std::vector<AgeIdentity>> parse_identity_file(std::string_view text) {
  std::vector<AgeIdentity> identities;
  std::size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto identity = parse_identity(line);
    if (!identity) return make_error(identity.error().message, "line " + std::to_string(line_number));
    identities.push_back(std::move(*identity));
  }
  if (identities.empty()) return make_error("the identity file holds no AGE-SECRET-KEY-1 line");
  return identities;
}

Result<AgeStanza> wrap_for_recipient(const Bytes& file_key, const AgeRecipient& recipient) {
  SecretKey ephemeral = random_key();
  std::uint8_t share[32], shared[32];
  crypto_scalarmult_base(share, ephemeral.data());
  if (crypto_scalarmult(shared, ephemeral.data(), recipient.public_key.data()) != 0) {
    return make_error("that age1 recipient key is not a usable public key");
  }
  Bytes key = x25519_wrap_key(shared, share, recipient.public_key.data());
  AgeStanza stanza{"X25519", {age_base64(std::span<const std::uint8_t>(share, 32))}, seal_file_key(key, file_key)};
  wipe(key);
  wipe(shared, sizeof shared);
  return stanza;
}

Result<AgeStanza> wrap_with_passphrase(const Bytes& file_key, std::string_view passphrase, int log_n) {
  const Bytes salt = random_bytes(16);
  Bytes full_salt(kScryptLabel.begin(), kScryptLabel.end());
  full_salt.insert(full_salt.end(), salt.begin(), salt.end());
  Bytes key(32);
  if (crypto_pwhash_scryptsalsa208sha256_ll(reinterpret_cast<const std::uint8_t*>(passphrase.data()),
                                            passphrase.size(), full_salt.data(), full_salt.size(),
                                            std::uint64_t{1} << log_n, 8, 1, key.data(), key.size()) != 0) {
    return make_error("not enough memory to protect the file with a passphrase; close other tabs and retry");
  }
  AgeStanza stanza{"scrypt", {age_base64(salt), std::to_string(log_n)}, seal_file_key(key, file_key)};
  wipe(key);
  return stanza;
}

Result<std::optional<Bytes>> unwrap_x25519(const AgeStanza& stanza, const AgeIdentity& identity) {
  if (stanza.args.size() != 1) return stanza_error("an X25519 stanza needs one argument");
  auto share = age_base64_decode(stanza.args[0]);
  if (!share || share->size() != 32) return stanza_error("invalid X25519 share");
  if (stanza.body.size() != kAgeFileKeySize + crypto_aead_chacha20poly1305_ietf_ABYTES) {
    return stanza_error("invalid X25519 body length");
  }
  const AgeRecipient self = recipient_of(identity);
  std::uint8_t shared[32];
  if (crypto_scalarmult(shared, identity.secret.data(), share->data()) != 0) {
    return stanza_error("X25519 share is a low-order point");
  }
  Bytes key = x25519_wrap_key(shared, share->data(), self.public_key.data());
  wipe(shared, sizeof shared);
  auto file_key = open_file_key(key, stanza.body);
  wipe(key);
  return file_key;
}

Result<std::optional<Bytes>> unwrap_scrypt(const AgeStanza& stanza, std::string_view passphrase, int max_log_n) {
  if (stanza.args.size() != 2) return stanza_error("a scrypt stanza needs two arguments");
  auto salt = age_base64_decode(stanza.args[0]);
  if (!salt || salt->size() != 16) return stanza_error("invalid scrypt salt");
  const auto log_n = parse_log_n(stanza.args[1]);
  if (!log_n) return stanza_error("invalid scrypt work factor");
  if (*log_n > max_log_n) {
    return age_error(AgeFailure::kHeader, "the passphrase was set with a scrypt work factor of 2^" +
                                              std::to_string(*log_n) + ", above what Caseload can compute here (2^" +
                                              std::to_string(max_log_n) + "); re-encrypt it with the default");
  }
  if (stanza.body.size() != kAgeFileKeySize + crypto_aead_chacha20poly1305_ietf_ABYTES) {
    return stanza_error("invalid scrypt body length");
  }
  Bytes full_salt(kScryptLabel.begin(), kScryptLabel.end());
  full_salt.insert(full_salt.end(), salt->begin(), salt->end());
  Bytes key(32);
  if (crypto_pwhash_scryptsalsa208sha256_ll(reinterpret_cast<const std::uint8_t*>(passphrase.data()),
                                            passphrase.size(), full_salt.data(), full_salt.size(),
                                            std::uint64_t{1} << *log_n, 8, 1, key.data(), key.size()) != 0) {
    return age_error(AgeFailure::kHeader, "not enough memory to check the passphrase; close other tabs and retry");
  }
  auto file_key = open_file_key(key, stanza.body);
  wipe(key);
  return file_key;
}

}  // namespace caseload
