// HMAC-SHA-256 and HKDF-SHA-256 (RFC 5869) over libsodium's HMAC, which 1.0.18 has (its own HKDF
// arrived in 1.0.19). Used by the age format.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

#include "caseload/secret_bytes.hpp"

namespace caseload {

using Sha256 = std::array<std::uint8_t, 32>;

Sha256 hmac_sha256(std::span<const std::uint8_t> key, std::span<const std::uint8_t> message);
// HKDF-Extract then HKDF-Expand; `length` up to 255 * 32 bytes.
Bytes hkdf_sha256(std::span<const std::uint8_t> ikm, std::span<const std::uint8_t> salt, std::string_view info,
                  std::size_t length);
Sha256 sha256(std::span<const std::uint8_t> data);

inline std::span<const std::uint8_t> as_bytes(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace caseload
