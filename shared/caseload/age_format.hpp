// The age v1 file format (age-encryption.org/v1), implemented on libsodium: the text header of
// recipient stanzas and its HMAC, the STREAM payload of 64 KiB ChaCha20-Poly1305 chunks, and the
// optional ASCII armor. Parsing is strict, as the specification and its test vectors (C2SP CCTV)
// require: canonical base64, exact line lengths, LF line endings, one final chunk.
// Recipient types are in age_recipients.hpp; the whole-file API in age.hpp.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "caseload/result.hpp"
#include "caseload/secret_bytes.hpp"

namespace caseload {

// What went wrong with an age file, in the categories of the age test vectors.
enum class AgeFailure : int {
  kNone = 0,
  kNotAge,    // not an age file at all
  kArmor,     // the ASCII armor is malformed
  kHeader,    // the header is malformed or unsupported
  kNoMatch,   // no identity or passphrase opens any stanza
  kHmac,      // the header was altered
  kPayload,   // the encrypted payload is damaged or truncated
};

inline AgeFailure age_failure(const Error& error) { return static_cast<AgeFailure>(error.code); }
Error age_error(AgeFailure failure, std::string message);

struct AgeStanza {
  std::string type;
  std::vector<std::string> args;
  Bytes body;
};

struct AgeHeader {
  std::vector<AgeStanza> stanzas;
  Bytes mac;                       // 32 bytes
  std::size_t mac_input_size = 0;  // bytes of the file the MAC covers (through "---")
  std::size_t payload_offset = 0;  // first byte after the header
};

inline constexpr std::size_t kAgeFileKeySize = 16;
inline constexpr std::size_t kAgeChunkSize = 64 * 1024;

Result<AgeHeader> parse_age_header(std::span<const std::uint8_t> file);
// The header text up to and including "---" (what the MAC covers).
std::string encode_age_header_without_mac(const std::vector<AgeStanza>& stanzas);
Bytes age_header_mac(const Bytes& file_key, std::string_view header_without_mac);

// Canonical unpadded base64 (the header's encoding).
std::string age_base64(std::span<const std::uint8_t> bytes);
std::optional<Bytes> age_base64_decode(std::string_view text);

// STREAM: 16-byte nonce, then 64 KiB chunks, the last one flagged.
Bytes age_stream_encrypt(const Bytes& file_key, std::span<const std::uint8_t> plaintext);

// The same, a few chunks at a time, so the app can show progress on a large export.
class AgeStreamSealer {
 public:
  AgeStreamSealer(const Bytes& file_key, std::span<const std::uint8_t> plaintext);
  ~AgeStreamSealer();
  AgeStreamSealer(const AgeStreamSealer&) = delete;
  AgeStreamSealer& operator=(const AgeStreamSealer&) = delete;
  // Seals up to `max_chunks` more chunks into `out` (the nonce first). True when all are done.
  bool seal_some(std::size_t max_chunks, Bytes& out);
  double progress() const { return chunks_ ? static_cast<double>(next_) / static_cast<double>(chunks_) : 1.0; }

 private:
  Bytes key_;
  Bytes nonce_;
  std::span<const std::uint8_t> plaintext_;
  std::size_t chunks_ = 0;
  std::size_t next_ = 0;
};
Result<Bytes> age_stream_decrypt(const Bytes& file_key, std::span<const std::uint8_t> payload);

bool is_armored(std::span<const std::uint8_t> file);
std::string age_armor(std::span<const std::uint8_t> binary);
Result<Bytes> age_dearmor(std::span<const std::uint8_t> text);

}  // namespace caseload
