// How the app looks on this device: the theme (follow the system, light, dark or high contrast)
// and the text size. A device preference, not caseload data: it is kept in the browser's local
// storage so the unlock screen already uses it, and it never holds anything about students.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace caseload::app {

enum class ThemeChoice { kSystem, kLight, kDark, kHighContrast };

struct Appearance {
  ThemeChoice theme = ThemeChoice::kSystem;
  float text_size = 16.0f;  // CSS pixels of body text
  bool operator==(const Appearance&) const = default;
};

// The text sizes offered in Settings, smallest first.
inline constexpr std::array<float, 6> kTextSizes = {14.0f, 16.0f, 18.0f, 20.0f, 24.0f, 28.0f};

// "theme=dark;text=18": small, readable, and tolerant of anything it does not recognise.
std::string encode_appearance(const Appearance& appearance);
Appearance decode_appearance(std::string_view text);

}  // namespace caseload::app
