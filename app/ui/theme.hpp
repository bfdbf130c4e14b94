// Caseload's light, dark and high-contrast themes for Dear ImGui, and the spacing that makes
// controls comfortable to hit on a Chromebook touchpad or touch screen.
#pragma once

namespace caseload::app {

enum class ThemeKind { kLight, kDark, kHighContrast };

void apply_theme(ThemeKind kind);

struct Palette;
// The palette of the theme applied last (status colours, the primary button's text).
const Palette& current_palette();

}  // namespace caseload::app
