// Record identifiers (RFC 4122 version-4 UUIDs, stored as lowercase text) and the randomness
// they come from. Randomness reaches the core through RandomSource so tests and the demo
// generator are deterministic while the app uses the browser's CSPRNG (via libsodium).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace caseload {

class RandomSource {
 public:
  virtual ~RandomSource() = default;
  virtual std::uint64_t next_u64() = 0;
};

// Cryptographically secure randomness (libsodium's randombytes: getrandom() natively,
// crypto.getRandomValues in the browser).
class SecureRandom final : public RandomSource {
 public:
  std::uint64_t next_u64() override;
};

// A small, fast, deterministic generator (SplitMix64). Same sequence natively and in wasm:
// used for demo data and tests, never for secrets.
class DeterministicRandom final : public RandomSource {
 public:
  explicit DeterministicRandom(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next_u64() override;
  // Uniform integer in [low, high], without modulo bias worth caring about for demo data.
  int between(int low, int high);
  // True with the given probability (0..1).
  bool chance(double probability);

 private:
  std::uint64_t state_;
};

// 16 bytes, not text: ids are everywhere (every record, every deadline), and a value type that
// never allocates keeps a caseload of thousands of students compact.
struct Uuid {
  std::array<std::uint8_t, 16> bytes{};

  bool empty() const { return *this == Uuid{}; }
  // Canonical lowercase "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
  std::string str() const;
  friend bool operator==(const Uuid&, const Uuid&) = default;
  friend bool operator<(const Uuid& a, const Uuid& b) { return a.bytes < b.bytes; }
};

Uuid new_uuid(RandomSource& random);
// Accepts any RFC 4122 textual UUID (any version, either case); returns it lowercased.
std::optional<Uuid> parse_uuid(std::string_view text);

}  // namespace caseload
