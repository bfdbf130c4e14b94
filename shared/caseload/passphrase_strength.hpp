// A plain-language strength hint for the vault passphrase, computed on the device (no word list
// download): length, character variety, repeats and sequences, and the most common choices.
// It is a hint to steer people toward long passphrases, not a guarantee.
#pragma once

#include <string>
#include <string_view>

namespace caseload {

enum class PassphraseStrength { kTooShort, kWeak, kFair, kGood, kStrong };

struct PassphraseAssessment {
  PassphraseStrength strength = PassphraseStrength::kTooShort;
  double estimated_bits = 0;
  std::string label;   // "Weak", "Good"...
  std::string advice;  // what would make it better, or empty
  bool acceptable = false;  // long and varied enough to create a vault with
};

inline constexpr std::size_t kMinPassphraseLength = 10;

PassphraseAssessment assess_passphrase(std::string_view passphrase);

}  // namespace caseload
