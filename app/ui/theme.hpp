// Caseload's light, dark and high-contrast themes for Dear ImGui, and the spacing that makes
// controls comfortable to hit on a Chromebook touchpad or touch screen.
#pragma once

namespace caseload::app {

enum class ThemeKind { kLight, kDark, kHighContrast };

void apply_theme(ThemeKind kind);

}  // namespace caseload::app
