#include "caseload/ids.hpp"

#include <sodium.h>

#include <array>

namespace caseload {

std::uint64_t SecureRandom::next_u64() {
  [[maybe_unused]] static const int initialized = sodium_init();  // idempotent, thread-safe
  std::uint64_t value = 0;
  randombytes_buf(&value, sizeof value);
  return value;
}

std::uint64_t DeterministicRandom::next_u64() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

int DeterministicRandom::between(int low, int high) {
  if (high <= low) return low;
  const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low + 1);
  return low + static_cast<int>(next_u64() % span);
}

bool DeterministicRandom::chance(double probability) {
  return static_cast<double>(next_u64() >> 11) * 0x1.0p-53 < probability;
}

Uuid new_uuid(RandomSource& random) {
  std::array<std::uint8_t, 16> bytes{};
  for (std::size_t i = 0; i < bytes.size(); i += 8) {
    const std::uint64_t word = random.next_u64();
    for (std::size_t j = 0; j < 8; ++j) bytes[i + j] = static_cast<std::uint8_t>(word >> (8 * j));
  }
  bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x40);  // version 4
  bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  text.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += kHex[bytes[i] >> 4];
    text += kHex[bytes[i] & 0x0F];
  }
  return Uuid{std::move(text)};
}

std::optional<Uuid> parse_uuid(std::string_view text) {
  if (text.size() != 36) return std::nullopt;
  std::string lower(text);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    char& c = lower[i];
    const bool dash_position = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash_position) {
      if (c != '-') return std::nullopt;
      continue;
    }
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
  }
  return Uuid{std::move(lower)};
}

}  // namespace caseload
