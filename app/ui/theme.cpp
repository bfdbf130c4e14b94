#include "ui/theme.hpp"

#include <imgui.h>

#include "ui/theme_palette.hpp"

namespace caseload::app {
namespace {

ImVec4 rgb(int hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
                static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

void apply_colors(const Palette& p, ImGuiStyle& style) {
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = rgb(p.text);
  c[ImGuiCol_TextDisabled] = rgb(p.text_muted);
  c[ImGuiCol_WindowBg] = rgb(p.window);
  c[ImGuiCol_ChildBg] = rgb(p.panel);
  c[ImGuiCol_PopupBg] = rgb(p.panel);
  c[ImGuiCol_Border] = rgb(p.border);
  c[ImGuiCol_BorderShadow] = rgb(0, 0.0f);
  c[ImGuiCol_FrameBg] = rgb(p.frame);
  c[ImGuiCol_FrameBgHovered] = rgb(p.frame_hover);
  c[ImGuiCol_FrameBgActive] = rgb(p.header_hover);
  c[ImGuiCol_TitleBg] = rgb(p.panel);
  c[ImGuiCol_TitleBgActive] = rgb(p.panel);
  c[ImGuiCol_MenuBarBg] = rgb(p.panel);
  c[ImGuiCol_ScrollbarBg] = rgb(p.window, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = rgb(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = rgb(p.text_muted);
  c[ImGuiCol_ScrollbarGrabActive] = rgb(p.text_muted);
  c[ImGuiCol_CheckMark] = rgb(p.accent);
  c[ImGuiCol_SliderGrab] = rgb(p.accent);
  c[ImGuiCol_SliderGrabActive] = rgb(p.accent_hover);
  c[ImGuiCol_Button] = rgb(p.frame);
  c[ImGuiCol_ButtonHovered] = rgb(p.frame_hover);
  c[ImGuiCol_ButtonActive] = rgb(p.header_hover);
  c[ImGuiCol_Header] = rgb(p.header);
  c[ImGuiCol_HeaderHovered] = rgb(p.header_hover);
  c[ImGuiCol_HeaderActive] = rgb(p.header_hover);
  c[ImGuiCol_Separator] = rgb(p.border);
  c[ImGuiCol_Tab] = rgb(p.frame);
  c[ImGuiCol_TabHovered] = rgb(p.header_hover);
  c[ImGuiCol_TabActive] = rgb(p.header);
  c[ImGuiCol_TableHeaderBg] = rgb(p.frame);
  c[ImGuiCol_TableBorderStrong] = rgb(p.border);
  c[ImGuiCol_TableBorderLight] = rgb(p.border);
  c[ImGuiCol_TableRowBg] = rgb(p.panel, 0.0f);
  c[ImGuiCol_TableRowBgAlt] = rgb(p.row_alt);
  c[ImGuiCol_TextSelectedBg] = rgb(p.accent, 0.30f);
  c[ImGuiCol_NavHighlight] = rgb(p.accent);
  c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.35f);
}

const Palette& palette_of(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::kDark: return kDarkPalette;
    case ThemeKind::kHighContrast: return kHighContrastPalette;
    case ThemeKind::kLight: break;
  }
  return kLightPalette;
}

const Palette* g_current = &kLightPalette;

void apply_metrics(ImGuiStyle& style) {
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(10, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 5);
  style.ScrollbarSize = 14;
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 5;
  style.PopupRounding = 6;
  style.GrabRounding = 5;
  style.TabRounding = 5;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;  // every field and button outlined at 3:1 or more (WCAG 1.4.11)
  style.WindowBorderSize = 0;
}

}  // namespace

void apply_theme(ThemeKind kind) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  apply_metrics(style);
  g_current = &palette_of(kind);
  apply_colors(*g_current, style);
  if (kind == ThemeKind::kHighContrast) {
    // Thicker panel outlines.
    style.ChildBorderSize = 2;
    style.Colors[ImGuiCol_Button] = rgb(0x000000);
    style.Colors[ImGuiCol_ButtonHovered] = rgb(0x1A1A4D);
    style.Colors[ImGuiCol_Header] = rgb(0x00306B);
  }
}

const Palette& current_palette() { return *g_current; }

}  // namespace caseload::app
