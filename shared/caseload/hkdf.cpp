#include "caseload/hkdf.hpp"

#include <sodium.h>

namespace caseload {

Sha256 hmac_sha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> message) {
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, key.data(), key.size());
  crypto_auth_hmacsha256_update(&state, message.data(), message.size());
  Sha256 mac{};
  crypto_auth_hmacsha256_final(&state, mac.data());
  sodium_memzero(&state, sizeof state);
  return mac;
}

Bytes hkdf_sha256(std::span<const std::uint8_t> ikm, std::span<const std::uint8_t> salt, std::string_view info,
                  std::size_t length) {
  const Sha256 zero_salt{};
  Sha256 prk = hmac_sha256(salt.empty() ? std::span<const std::uint8_t>(zero_salt) : salt, ikm);
  Bytes out;
  out.reserve(length);
  Bytes block;
  for (std::uint8_t counter = 1; out.size() < length; ++counter) {
    Bytes input = block;
    input.insert(input.end(), info.begin(), info.end());
    input.push_back(counter);
    const Sha256 t = hmac_sha256(prk, input);
    block.assign(t.begin(), t.end());
    out.insert(out.end(), t.begin(), t.begin() + static_cast<std::ptrdiff_t>(std::min(t.size(), length - out.size())));
    wipe(input);
  }
  wipe(block);
  wipe(prk.data(), prk.size());
  return out;
}

Sha256 sha256(std::span<const std::uint8_t> data) {
  Sha256 hash{};
  crypto_hash_sha256(hash.data(), data.data(), data.size());
  return hash;
}

}  // namespace caseload
