#include "caseload/age_format.hpp"

#include <sodium.h>

#include <algorithm>
#include <string_view>

#include "caseload/hkdf.hpp"

namespace caseload {
namespace {

constexpr std::string_view kVersionLine = "age-encryption.org/v1";
constexpr std::string_view kVersionPrefix = "age-encryption.org/";
constexpr std::size_t kColumns = 64;
constexpr std::size_t kMaxHeaderBytes = 1 << 20;
constexpr std::size_t kTagSize = crypto_aead_chacha20poly1305_ietf_ABYTES;
constexpr std::string_view kArmorBegin = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr std::string_view kArmorEnd = "-----END AGE ENCRYPTED FILE-----";

Error header_error(std::string detail) {
  return age_error(AgeFailure::kHeader, "the encrypted file's header is damaged or unsupported (" + detail + ")");
}

bool is_base64_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// Reads one LF-terminated line starting at `at`; false if there is no LF.
bool read_line(std::span<const std::uint8_t> file, std::size_t& at, std::string_view& line) {
  const std::size_t limit = std::min(file.size(), kMaxHeaderBytes);
  for (std::size_t i = at; i < limit; ++i) {
    if (file[i] == '\n') {
      line = std::string_view(reinterpret_cast<const char*>(file.data() + at), i - at);
      at = i + 1;
      return true;
    }
  }
  return false;
}

void chunk_nonce(std::uint64_t counter, bool last, std::uint8_t nonce[12]) {
  std::fill(nonce, nonce + 12, 0);
  for (int i = 0; i < 8; ++i) nonce[10 - i] = static_cast<std::uint8_t>(counter >> (8 * i));
  nonce[11] = last ? 1 : 0;
}

Bytes payload_key(const Bytes& file_key, std::span<const std::uint8_t> nonce) {
  return hkdf_sha256(file_key, nonce, "payload", 32);
}

Result<AgeStanza> read_stanza(std::span<const std::uint8_t> file, std::size_t& at, std::string_view arg_line) {
  AgeStanza stanza;
  std::string_view rest = arg_line.substr(3);
  while (true) {
    const auto space = rest.find(' ');
    const std::string_view arg = rest.substr(0, space);
    if (arg.empty()) return header_error("empty stanza argument");
    for (const char c : arg) {
      if (c < 33 || c > 126) return header_error("invalid character in a stanza");
    }
    if (stanza.type.empty()) stanza.type = std::string(arg);
    else stanza.args.emplace_back(arg);
    if (space == std::string_view::npos) break;
    rest = rest.substr(space + 1);
  }
  std::string body;
  for (;;) {
    std::string_view line;
    if (!read_line(file, at, line)) return header_error("truncated stanza");
    if (line.size() > kColumns) return header_error("stanza line too long");
    for (const char c : line) {
      if (!is_base64_char(c)) return header_error("invalid stanza body");
    }
    body += line;
    if (line.size() < kColumns) break;
  }
  auto decoded = age_base64_decode(body);
  if (!decoded) return header_error("stanza body is not canonical base64");
  stanza.body = std::move(*decoded);
  return stanza;
}

}  // namespace

Error age_error(AgeFailure failure, std::string message) {
  return Error{std::move(message), {}, static_cast<int>(failure)};
}

std::string age_base64(std::span<const std::uint8_t> bytes) {
  const int variant = sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
  std::string text(sodium_base64_encoded_len(bytes.size(), variant), '\0');
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), variant);
  text.resize(text.size() - 1);
  return text;
}

std::optional<Bytes> age_base64_decode(std::string_view text) {
  for (const char c : text) {
    if (!is_base64_char(c)) return std::nullopt;
  }
  Bytes out(text.size() * 3 / 4 + 3);
  std::size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end,
                        sodium_base64_VARIANT_ORIGINAL_NO_PADDING) != 0
      || end != text.data() + text.size()) {
    return std::nullopt;
  }
  out.resize(length);
  return out;
}

Result<AgeHeader> parse_age_header(std::span<const std::uint8_t> file) {
  if (file.empty()) return header_error("the file is empty");
  std::size_t at = 0;
  std::string_view line;
  if (!read_line(file, at, line)) {
    const std::string_view start(reinterpret_cast<const char*>(file.data()), std::min<std::size_t>(file.size(), 19));
    if (kVersionPrefix.substr(0, start.size()) == start && !start.empty()) return header_error("truncated header");
    return age_error(AgeFailure::kNotAge, "this is not an age-encrypted file");
  }
  if (line != kVersionLine) {
    if (line.substr(0, kVersionPrefix.size()) == kVersionPrefix) return header_error("unsupported age version");
    return age_error(AgeFailure::kNotAge, "this is not an age-encrypted file");
  }
  AgeHeader header;
  for (;;) {
    const std::size_t line_start = at;
    if (!read_line(file, at, line)) return header_error("truncated header");
    if (line.substr(0, 3) == "---") {
      if (line.size() != 4 + 43 || line[3] != ' ') return header_error("malformed header MAC");
      auto mac = age_base64_decode(line.substr(4));
      if (!mac || mac->size() != 32) return header_error("malformed header MAC");
      header.mac = std::move(*mac);
      header.mac_input_size = line_start + 3;
      header.payload_offset = at;
      break;
    }
    if (line.substr(0, 3) != "-> ") return header_error("unexpected line");
    auto stanza = read_stanza(file, at, line);
    if (!stanza) return stanza.error();
    header.stanzas.push_back(std::move(*stanza));
  }
  if (header.stanzas.empty()) return header_error("no recipients");
  return header;
}

std::string encode_age_header_without_mac(const std::vector<AgeStanza>& stanzas) {
  std::string out(kVersionLine);
  out += '\n';
  for (const auto& stanza : stanzas) {
    out += "-> " + stanza.type;
    for (const auto& arg : stanza.args) out += ' ' + arg;
    out += '\n';
    const std::string body = age_base64(stanza.body);
    for (std::size_t i = 0; i <= body.size(); i += kColumns) {
      out += body.substr(i, kColumns);
      out += '\n';
      if (body.size() - i < kColumns) break;  // the short (possibly empty) final line was written
    }
  }
  out += "---";
  return out;
}

Bytes age_header_mac(const Bytes& file_key, std::string_view header_without_mac) {
  Bytes key = hkdf_sha256(file_key, {}, "header", 32);
  const Sha256 mac = hmac_sha256(key, as_bytes(header_without_mac));
  wipe(key);
  return Bytes(mac.begin(), mac.end());
}

AgeStreamSealer::AgeStreamSealer(const Bytes& file_key, std::span<const std::uint8_t> plaintext)
    : nonce_(16), plaintext_(plaintext) {
  randombytes_buf(nonce_.data(), nonce_.size());
  key_ = payload_key(file_key, nonce_);
  chunks_ = plaintext.empty() ? 1 : (plaintext.size() + kAgeChunkSize - 1) / kAgeChunkSize;
}

AgeStreamSealer::~AgeStreamSealer() { wipe(key_); }

bool AgeStreamSealer::seal_some(std::size_t max_chunks, Bytes& out) {
  if (next_ == 0) {
    out.reserve(out.size() + 16 + plaintext_.size() + chunks_ * kTagSize);
    out.insert(out.end(), nonce_.begin(), nonce_.end());
  }
  for (std::size_t n = 0; n < max_chunks && next_ < chunks_; ++n, ++next_) {
    const std::size_t start = next_ * kAgeChunkSize;
    const std::size_t size = std::min(kAgeChunkSize, plaintext_.size() - start);
    std::uint8_t nonce[12];
    chunk_nonce(next_, next_ + 1 == chunks_, nonce);
    const std::size_t at = out.size();
    out.resize(at + size + kTagSize);
    unsigned long long length = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(out.data() + at, &length, plaintext_.data() + start, size, nullptr, 0,
                                              nullptr, nonce, key_.data());
  }
  return next_ == chunks_;
}

Bytes age_stream_encrypt(const Bytes& file_key, std::span<const std::uint8_t> plaintext) {
  AgeStreamSealer sealer(file_key, plaintext);
  Bytes out;
  sealer.seal_some(static_cast<std::size_t>(-1), out);
  return out;
}

Result<Bytes> age_stream_decrypt(const Bytes& file_key, std::span<const std::uint8_t> payload) {
  const auto fail = [](const char* detail) {
    return age_error(AgeFailure::kPayload, std::string("the encrypted contents are damaged or incomplete (") +
                                               detail + ")");
  };
  // The nonce is read with the header in the reference implementation: a missing one is a
  // header failure.
  if (payload.size() < 16) {
    return age_error(AgeFailure::kHeader, "the encrypted file ends before its contents begin (truncated)");
  }
  Bytes key = payload_key(file_key, payload.first(16));
  std::span<const std::uint8_t> rest = payload.subspan(16);
  if (rest.empty()) return fail("no chunks");
  Bytes out;
  out.reserve(rest.size());
  const std::size_t sealed_chunk = kAgeChunkSize + kTagSize;
  for (std::uint64_t counter = 0; !rest.empty(); ++counter) {
    const bool last = rest.size() <= sealed_chunk;
    const std::size_t size = last ? rest.size() : sealed_chunk;
    if (size < kTagSize) {
      wipe(key);
      return fail("short chunk");
    }
    std::uint8_t nonce[12];
    chunk_nonce(counter, last, nonce);
    const std::size_t before = out.size();
    out.resize(before + size - kTagSize);
    unsigned long long length = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(out.data() + before, &length, nullptr, rest.data(), size,
                                                  nullptr, 0, nonce, key.data()) != 0) {
      wipe(key);
      wipe(out);
      return fail(last ? "last chunk" : "a chunk");
    }
    if (last && length == 0 && counter > 0) {
      wipe(key);
      wipe(out);
      return fail("empty final chunk");
    }
    rest = rest.subspan(size);
  }
  wipe(key);
  return out;
}

// Binary age files start with the version line; anything that looks like PEM-style armor in its
// first kilobyte (any case, any label) is read as armor, strictly, so a damaged armored file
// gets an armor message rather than "not an age file".
bool is_armored(std::span<const std::uint8_t> file) {
  const std::string_view start(reinterpret_cast<const char*>(file.data()), std::min<std::size_t>(file.size(), 1024));
  if (start.substr(0, kVersionPrefix.size()) == kVersionPrefix) return false;
  std::string folded(start);
  for (char& c : folded) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  const auto first = folded.find_first_not_of(" \t\r\n");
  return (first != std::string::npos && folded.compare(first, 5, "-----") == 0)
         || folded.find("-----BEGIN") != std::string::npos;
}

std::string age_armor(std::span<const std::uint8_t> binary) {
  const int variant = sodium_base64_VARIANT_ORIGINAL;
  std::string encoded(sodium_base64_encoded_len(binary.size(), variant), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), binary.data(), binary.size(), variant);
  encoded.resize(encoded.size() - 1);
  std::string out(kArmorBegin);
  out += '\n';
  for (std::size_t i = 0; i < encoded.size(); i += kColumns) {
    out += encoded.substr(i, kColumns);
    out += '\n';
  }
  out += kArmorEnd;
  out += '\n';
  return out;
}

Result<Bytes> age_dearmor(std::span<const std::uint8_t> file) {
  const auto fail = [](const char* detail) {
    return age_error(AgeFailure::kArmor, std::string("the encrypted file's text armor is damaged (") + detail + ")");
  };
  std::string_view text(reinterpret_cast<const char*>(file.data()), file.size());
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  if (lines.size() < 2 || lines.front() != kArmorBegin) return fail("missing begin line");
  if (lines.back() != kArmorEnd) return fail("missing end line");
  std::string encoded;
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const bool last = i + 2 == lines.size();
    if (line.empty() || line.size() > kColumns || (!last && line.size() != kColumns)) return fail("bad line length");
    encoded += line;
  }
  Bytes out(encoded.size() / 4 * 3 + 3);
  std::size_t length = 0;
  const char* end = nullptr;
  if (encoded.size() % 4 != 0
      || sodium_base642bin(out.data(), out.size(), encoded.data(), encoded.size(), nullptr, &length, &end,
                           sodium_base64_VARIANT_ORIGINAL) != 0
      || end != encoded.data() + encoded.size()) {
    return fail("not canonical base64");
  }
  out.resize(length);
  return out;
}

}  // namespace caseload
