// age keys and recipient stanzas: X25519 identities ("AGE-SECRET-KEY-1...") and recipients
// ("age1..."), and passphrase (scrypt) recipients.
//
// scrypt work factor: Caseload writes 2^17 (128 MiB of memory, about a second in wasm on a
// Chromebook-class machine) and reads up to 2^18, the age tool's default (256 MiB); higher work
// factors are refused with a message, since they cannot be computed in browser memory reliably.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "caseload/age_format.hpp"

namespace caseload {

inline constexpr int kAgeScryptWriteLogN = 17;
inline constexpr int kAgeScryptMaxLogN = 18;

struct AgeIdentity {
  SecretKey secret;  // X25519 scalar
};

struct AgeRecipient {
  std::array<std::uint8_t, 32> public_key{};
  friend bool operator==(const AgeRecipient&, const AgeRecipient&) = default;
};

AgeIdentity generate_age_identity();
AgeRecipient recipient_of(const AgeIdentity& identity);
std::string encode_identity(const AgeIdentity& identity);  // AGE-SECRET-KEY-1...
std::string encode_recipient(const AgeRecipient& recipient);  // age1...
Result<AgeIdentity> parse_identity(std::string_view text);
Result<AgeRecipient> parse_recipient(std::string_view text);
// An identity file as age-keygen writes it (comments and blank lines allowed, one or more keys).
Result<std::vector<AgeIdentity>> parse_identity_file(std::string_view text);

Result<AgeStanza> wrap_for_recipient(const Bytes& file_key, const AgeRecipient& recipient);
Result<AgeStanza> wrap_with_passphrase(const Bytes& file_key, std::string_view passphrase,
                                       int log_n = kAgeScryptWriteLogN);

// Unwrapping: a file key, no match (nullopt), or an error (a malformed stanza: kHeader).
Result<std::optional<Bytes>> unwrap_x25519(const AgeStanza& stanza, const AgeIdentity& identity);
Result<std::optional<Bytes>> unwrap_scrypt(const AgeStanza& stanza, std::string_view passphrase,
                                           int max_log_n = kAgeScryptMaxLogN);

}  // namespace caseload
