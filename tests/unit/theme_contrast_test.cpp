// Contrast of every theme against WCAG 2.1 AA: text 4.5:1 on every background it is drawn on,
// control boundaries and the focus highlight 3:1 (success criteria 1.4.3 and 1.4.11).
#include <doctest/doctest.h>

#include <ios>
#include <string>

#include "ui/theme_palette.hpp"

using caseload::app::contrast_ratio;
using caseload::app::kPalettes;
using caseload::app::Palette;

namespace {

struct Pair {
  const char* what;
  int Palette::*foreground;
  int Palette::*background;
  double minimum;
};

constexpr double kText = 4.5, kComponent = 3.0;

// Every text colour on every background the app draws text on: windows, panels, fields and
// buttons (also hovered), selected and hovered rows, alternate table rows.
constexpr int Palette::*kTextColours[] = {&Palette::text, &Palette::text_muted, &Palette::good, &Palette::warning,
                                          &Palette::danger};
constexpr int Palette::*kBackgrounds[] = {&Palette::window, &Palette::panel,  &Palette::frame,  &Palette::frame_hover,
                                          &Palette::header, &Palette::header_hover, &Palette::row_alt};

constexpr Pair kOtherPairs[] = {
    {"primary button text", &Palette::accent_text, &Palette::accent, kText},
    {"primary button text (hovered)", &Palette::accent_text, &Palette::accent_hover, kText},
    {"field and button outline on the window", &Palette::border, &Palette::window, kComponent},
    {"field and button outline on a panel", &Palette::border, &Palette::panel, kComponent},
    {"focus highlight on the window", &Palette::accent, &Palette::window, kComponent},
    {"focus highlight on a panel", &Palette::accent, &Palette::panel, kComponent},
    {"check mark in its box", &Palette::accent, &Palette::frame, kComponent},
    {"selected row's focus highlight", &Palette::accent, &Palette::header, kComponent},
};

}  // namespace

TEST_CASE("contrast ratios follow WCAG's formula") {
  CHECK(contrast_ratio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
  CHECK(contrast_ratio(0x777777, 0x777777) == doctest::Approx(1.0));
  // #767676 on white is the well-known lightest grey that passes 4.5:1.
  CHECK(contrast_ratio(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.01));
  CHECK(contrast_ratio(0x777777, 0xFFFFFF) < 4.5);
}

TEST_CASE("every theme's text meets 4.5:1 on every background it is drawn on") {
  for (const Palette* palette : kPalettes) {
    for (auto foreground : kTextColours) {
      for (auto background : kBackgrounds) {
        const double ratio = contrast_ratio(palette->*foreground, palette->*background);
        INFO(std::string(palette->name) << ": " << std::hex << palette->*foreground << " on "
                                        << palette->*background << std::dec << " is " << ratio << ":1");
        CHECK(ratio >= kText);
      }
    }
  }
}

TEST_CASE("every theme's controls, outlines and focus highlight meet their minimum") {
  for (const Palette* palette : kPalettes) {
    for (const Pair& pair : kOtherPairs) {
      const double ratio = contrast_ratio(palette->*pair.foreground, palette->*pair.background);
      INFO(std::string(palette->name) << ": " << pair.what << " is " << ratio << ":1");
      CHECK(ratio >= pair.minimum);
    }
  }
}
