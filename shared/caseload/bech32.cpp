#include "caseload/bech32.hpp"

#include <cctype>
#include <cstring>
#include <vector>

namespace caseload {
namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

std::uint32_t polymod(const std::vector<std::uint8_t>& values) {
  static constexpr std::uint32_t kGenerator[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  std::uint32_t chk = 1;
  for (const std::uint8_t v : values) {
    const std::uint8_t top = static_cast<std::uint8_t>(chk >> 25);
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (int i = 0; i < 5; ++i) {
      if ((top >> i) & 1) chk ^= kGenerator[i];
    }
  }
  return chk;
}

std::vector<std::uint8_t> expand_hrp(std::string_view hrp) {
  std::vector<std::uint8_t> out;
  for (const char c : hrp) out.push_back(static_cast<std::uint8_t>(c) >> 5);
  out.push_back(0);
  for (const char c : hrp) out.push_back(static_cast<std::uint8_t>(c) & 31);
  return out;
}

// Regroups bits (8 -> 5 or 5 -> 8); strict about padding when decoding.
bool convert_bits(const std::vector<std::uint8_t>& in, int from, int to, bool pad, std::vector<std::uint8_t>& out) {
  std::uint32_t acc = 0;
  int bits = 0;
  const std::uint32_t max = (1u << to) - 1;
  for (const std::uint8_t value : in) {
    if (value >> from) return false;
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push_back(static_cast<std::uint8_t>((acc >> bits) & max));
    }
  }
  if (pad) {
    if (bits) out.push_back(static_cast<std::uint8_t>((acc << (to - bits)) & max));
  } else if (bits >= from || ((acc << (to - bits)) & max)) {
    return false;
  }
  return true;
}

}  // namespace

std::string bech32_encode(std::string_view hrp, const Bytes& data, bool uppercase) {
  std::vector<std::uint8_t> values;
  convert_bits(std::vector<std::uint8_t>(data.begin(), data.end()), 8, 5, true, values);
  std::string lower_hrp(hrp);
  for (char& c : lower_hrp) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::vector<std::uint8_t> check = expand_hrp(lower_hrp);
  check.insert(check.end(), values.begin(), values.end());
  check.insert(check.end(), 6, 0);
  const std::uint32_t mod = polymod(check) ^ 1;
  std::string out = lower_hrp + "1";
  for (const std::uint8_t v : values) out += kCharset[v];
  for (int i = 0; i < 6; ++i) out += kCharset[(mod >> (5 * (5 - i))) & 31];
  if (uppercase) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::optional<Bech32Data> bech32_decode(std::string_view text) {
  bool lower = false, upper = false;
  for (const char c : text) {
    if (c < 33 || c > 126) return std::nullopt;
    if (std::islower(static_cast<unsigned char>(c))) lower = true;
    if (std::isupper(static_cast<unsigned char>(c))) upper = true;
  }
  if (lower && upper) return std::nullopt;
  std::string folded(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto separator = folded.rfind('1');
  if (separator == std::string::npos || separator == 0 || separator + 7 > folded.size()) return std::nullopt;
  std::vector<std::uint8_t> values;
  for (std::size_t i = separator + 1; i < folded.size(); ++i) {
    const char* found = std::strchr(kCharset, folded[i]);
    if (!found || !*found) return std::nullopt;
    values.push_back(static_cast<std::uint8_t>(found - kCharset));
  }
  const std::string hrp = folded.substr(0, separator);
  std::vector<std::uint8_t> check = expand_hrp(hrp);
  check.insert(check.end(), values.begin(), values.end());
  if (polymod(check) != 1) return std::nullopt;
  values.resize(values.size() - 6);
  std::vector<std::uint8_t> bytes;
  if (!convert_bits(values, 5, 8, false, bytes)) return std::nullopt;
  return Bech32Data{hrp, Bytes(bytes.begin(), bytes.end())};
}

}  // namespace caseload
