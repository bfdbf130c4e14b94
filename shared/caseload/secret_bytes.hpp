// Byte buffers for the vault, and secrets that wipe themselves: keys live in SecretKey (zeroed
// by sodium_memzero when destroyed), and plaintext buffers are wiped with wipe() once used.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "caseload/result.hpp"

namespace caseload {

using Bytes = std::vector<std::uint8_t>;

void wipe(void* data, std::size_t size);
void wipe(std::string& text);  // zeroes the characters, then clears
void wipe(Bytes& bytes);

// A 256-bit key, zeroed when it goes out of scope. Movable (the source is zeroed), not copyable.
class SecretKey {
 public:
  static constexpr std::size_t kSize = 32;
  SecretKey() = default;
  ~SecretKey() { wipe(bytes_.data(), bytes_.size()); }
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  SecretKey(SecretKey&& other) noexcept : bytes_(other.bytes_) { wipe(other.bytes_.data(), kSize); }
  SecretKey& operator=(SecretKey&& other) noexcept {
    bytes_ = other.bytes_;
    wipe(other.bytes_.data(), kSize);
    return *this;
  }
  std::uint8_t* data() { return bytes_.data(); }
  const std::uint8_t* data() const { return bytes_.data(); }

 private:
  std::array<std::uint8_t, kSize> bytes_{};
};

// Starts libsodium; fails if there is no secure randomness (idempotent).
Status crypto_init();
// Secure randomness (libsodium: getrandom() natively, crypto.getRandomValues in the browser).
Bytes random_bytes(std::size_t count);
SecretKey random_key();

std::string to_base64(const Bytes& bytes);
std::optional<Bytes> from_base64(std::string_view text);
inline Bytes to_bytes(std::string_view text) { return Bytes(text.begin(), text.end()); }

}  // namespace caseload
