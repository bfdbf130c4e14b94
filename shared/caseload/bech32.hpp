// Bech32 (BIP 173) for age keys: "age1..." recipients and "AGE-SECRET-KEY-1..." identities.
// Strict: one case only, valid checksum, no padding errors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "caseload/secret_bytes.hpp"

namespace caseload {

struct Bech32Data {
  std::string hrp;  // lowercase
  Bytes data;
};

// `uppercase` writes the whole string in capitals (age identities are).
std::string bech32_encode(std::string_view hrp, const Bytes& data, bool uppercase = false);
// No length limit beyond what age keys need (age allows longer than BIP 173's 90).
std::optional<Bech32Data> bech32_decode(std::string_view text);

}  // namespace caseload
