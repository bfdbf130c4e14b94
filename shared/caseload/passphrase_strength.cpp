#include "caseload/passphrase_strength.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace caseload {
namespace {

constexpr std::array<std::string_view, 24> kCommon = {
    "password", "passw0rd", "123456", "12345678", "123456789", "qwerty", "letmein", "welcome",
    "iloveyou", "admin", "caseload", "teacher", "student", "school", "football", "baseball",
    "sunshine", "princess", "monkey", "dragon", "abc123", "111111", "changeme", "spring2026"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int pool_size(std::string_view text) {
  bool lower_case = false, upper_case = false, digits = false, symbols = false, other = false;
  for (const unsigned char c : text) {
    if (c >= 0x80) other = true;
    else if (std::islower(c)) lower_case = true;
    else if (std::isupper(c)) upper_case = true;
    else if (std::isdigit(c)) digits = true;
    else symbols = true;  // includes spaces between words
  }
  return 26 * lower_case + 26 * upper_case + 10 * digits + 33 * symbols + 64 * other;
}

// Characters that add little: repeats of the previous one, or steps of a run ("abcd", "4321").
int predictable_characters(std::string_view text) {
  int count = 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const int step = static_cast<unsigned char>(text[i]) - static_cast<unsigned char>(text[i - 1]);
    if (step == 0 || step == 1 || step == -1) ++count;
  }
  return count;
}

}  // namespace

PassphraseAssessment assess_passphrase(std::string_view passphrase) {
  PassphraseAssessment result;
  const std::string folded = lower(passphrase);
  const int pool = std::max(1, pool_size(passphrase));
  const int effective = static_cast<int>(passphrase.size()) - predictable_characters(passphrase) / 2;
  double bits = std::max(0, effective) * std::log2(static_cast<double>(pool));
  for (const auto common : kCommon) {
    if (folded.find(common) != std::string::npos) bits -= static_cast<double>(common.size()) * 3.5;
  }
  result.estimated_bits = std::max(0.0, bits);
  if (passphrase.size() < kMinPassphraseLength) {
    result.strength = PassphraseStrength::kTooShort;
  } else if (result.estimated_bits < 45) {
    result.strength = PassphraseStrength::kWeak;
  } else if (result.estimated_bits < 60) {
    result.strength = PassphraseStrength::kFair;
  } else if (result.estimated_bits < 80) {
    result.strength = PassphraseStrength::kGood;
  } else {
    result.strength = PassphraseStrength::kStrong;
  }
  static constexpr std::array<const char*, 5> kLabels = {"Too short", "Weak", "Fair", "Good", "Strong"};
  result.label = kLabels[static_cast<std::size_t>(result.strength)];
  result.acceptable = result.strength >= PassphraseStrength::kFair;
  if (result.strength == PassphraseStrength::kTooShort) {
    result.advice = "Use at least " + std::to_string(kMinPassphraseLength) +
                    " characters. Four or more unrelated words are easy to remember and hard to guess.";
  } else if (result.strength <= PassphraseStrength::kFair) {
    result.advice = "Add another unrelated word or two: length matters more than symbols.";
  }
  return result;
}

}  // namespace caseload
