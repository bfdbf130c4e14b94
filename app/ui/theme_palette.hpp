// The colours of Caseload's three themes as plain data (no ImGui), so the contrast of every pair
// the app draws can be checked by a unit test (tests/unit/theme_contrast_test.cpp) against WCAG
// 2.1: 4.5:1 for text, 3:1 for the boundaries of controls and the focus highlight.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace caseload::app {

struct Palette {
  std::string_view name;
  int window, panel, text, text_muted, border, frame, frame_hover, accent, accent_hover, accent_text,
      header, header_hover, row_alt, good, warning, danger;
};

inline constexpr Palette kLightPalette = {
    "light",  0xF6F6F3, 0xFFFFFF, 0x1D2125, 0x555D66, 0x7D848D, 0xEEEFF1, 0xE2E5E9, 0x1F5FBF,
    0x174C99, 0xFFFFFF, 0xDCE6F5, 0xD0DEF2, 0xF7F8FA, 0x0A6329, 0x7A4900, 0xA81712};
inline constexpr Palette kDarkPalette = {
    "dark",   0x15171B, 0x1C1F24, 0xE8EAED, 0xADB4BC, 0x7A828C, 0x272B31, 0x323740, 0x6AA3F5,
    0x8AB8FA, 0x0E1116, 0x27364D, 0x2B3D5C, 0x202328, 0x73D98C, 0xFAC759, 0xFF9B94};
// Black ground, white text, bright borders and a yellow accent: the pattern of the operating
// systems' high-contrast modes, every text pair well above WCAG's 7:1.
inline constexpr Palette kHighContrastPalette = {
    "high contrast", 0x000000, 0x000000, 0xFFFFFF, 0xE6E6E6, 0xFFFFFF, 0x000000, 0x1A1A4D, 0xFFE500,
    0xFFF27A,        0x000000, 0x00306B, 0x003A7D, 0x141414, 0x73D98C, 0xFAC759, 0xFF9E98};

inline constexpr std::array<const Palette*, 3> kPalettes = {&kLightPalette, &kDarkPalette, &kHighContrastPalette};

// WCAG 2.1 relative luminance of an sRGB colour 0xRRGGBB.
inline double relative_luminance(int rgb) {
  const auto channel = [](int value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
}

// WCAG 2.1 contrast ratio, from 1 (same colour) to 21 (black on white).
inline double contrast_ratio(int a, int b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace caseload::app
