#include "caseload/secret_bytes.hpp"

#include <sodium.h>

namespace caseload {

void wipe(void* data, std::size_t size) {
  if (data && size) sodium_memzero(data, size);
}

void wipe(std::string& text) {
  wipe(text.data(), text.size());
  text.clear();
}

void wipe(Bytes& bytes) {
  wipe(bytes.data(), bytes.size());
  bytes.clear();
}

// libsodium must be initialised before any randomness (in wasm it installs the browser's
// crypto.getRandomValues); sodium_init() is idempotent and thread-safe.
static void ensure_sodium() { [[maybe_unused]] static const int ready = sodium_init(); }

Status crypto_init() {
  if (sodium_init() < 0) return make_error("this browser offers no secure random numbers; Caseload cannot encrypt");
  return Status::success();
}

Bytes random_bytes(std::size_t count) {
  ensure_sodium();
  Bytes bytes(count);
  randombytes_buf(bytes.data(), bytes.size());
  return bytes;
}

SecretKey random_key() {
  ensure_sodium();
  SecretKey key;
  randombytes_buf(key.data(), SecretKey::kSize);
  return key;
}

std::string to_base64(const Bytes& bytes) {
  const int variant = sodium_base64_VARIANT_ORIGINAL;
  std::string text(sodium_base64_encoded_len(bytes.size(), variant), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), variant);
  text.resize(text.size() - 1);  // the terminating NUL
  return text;
}

std::optional<Bytes> from_base64(std::string_view text) {
  Bytes bytes(text.size() / 4 * 3 + 3);
  std::size_t length = 0;
  if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0) {
    return std::nullopt;
  }
  bytes.resize(length);
  return bytes;
}

}  // namespace caseload
