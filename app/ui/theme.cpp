#include "ui/theme.hpp"

#include <imgui.h>

namespace caseload::app {
namespace {

ImVec4 rgb(int hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
                static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

struct Palette {
  int window, panel, text, text_muted, border, frame, frame_hover, accent, accent_hover, accent_text,
      header, header_hover, row_alt;
};

constexpr Palette kLight = {0xF6F6F3, 0xFFFFFF, 0x1D2125, 0x5A626B, 0xD5D7DA, 0xEEEFF1, 0xE2E5E9,
                            0x1F5FBF, 0x174C99, 0xFFFFFF, 0xDCE6F5, 0xC9D9F0, 0xF7F8FA};
constexpr Palette kDark = {0x15171B, 0x1C1F24, 0xE8EAED, 0xA3AAB3, 0x363B43, 0x272B31, 0x323740,
                           0x6AA3F5, 0x8AB8FA, 0x0E1116, 0x27364D, 0x30466A, 0x202328};
// Black ground, white text, bright borders and a yellow accent: the pattern of the operating
// systems' high-contrast modes, every pair well above WCAG's 7:1.
constexpr Palette kHighContrast = {0x000000, 0x000000, 0xFFFFFF, 0xE6E6E6, 0xFFFFFF, 0x000000, 0x1A1A4D,
                                   0xFFE500, 0xFFF27A, 0x000000, 0x00306B, 0x004A9E, 0x141414};

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
    case ThemeKind::kDark: return kDark;
    case ThemeKind::kHighContrast: return kHighContrast;
    case ThemeKind::kLight: break;
  }
  return kLight;
}

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
  style.FrameBorderSize = 0;
  style.WindowBorderSize = 0;
}

}  // namespace

void apply_theme(ThemeKind kind) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  apply_metrics(style);
  apply_colors(palette_of(kind), style);
  if (kind == ThemeKind::kHighContrast) {
    // Every field and button outlined, and a thicker focus ring.
    style.FrameBorderSize = 1;
    style.ChildBorderSize = 2;
    style.Colors[ImGuiCol_Button] = rgb(0x000000);
    style.Colors[ImGuiCol_ButtonHovered] = rgb(0x1A1A4D);
    style.Colors[ImGuiCol_Header] = rgb(0x00306B);
  }
}

}  // namespace caseload::app
