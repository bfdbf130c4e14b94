#include "ui/fonts.hpp"

#include <imgui.h>

#include "platform/browser_bridge.hpp"
#include "ui/controls.hpp"

namespace caseload::app {
namespace {

// Latin scripts used by families on a US caseload (Spanish, Vietnamese, Tagalog, French, Somali
// in Latin letters...), typographic punctuation, arrows and a few symbols.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A and -B
    0x0300, 0x036F,  // Combining diacritical marks
    0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese)
    0x2000, 0x206F,  // General punctuation (dashes, quotes, ellipsis, bullet)
    0x20AC, 0x20AC,  // Euro sign
    0x2190, 0x2199,  // Arrows
    0x2212, 0x2212,  // Minus sign
    0,
};

ImFont* add_font(bridge::FontKind kind, float pixel_size, int oversample) {
  const std::size_t size = bridge::font_size(kind);
  if (size == 0) return nullptr;
  void* bytes = IM_ALLOC(size);  // The atlas takes ownership and frees it with IM_FREE.
  bridge::copy_font(kind, bytes);
  ImFontConfig config;
  config.OversampleH = oversample;
  config.OversampleV = 1;
  config.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(bytes, static_cast<int>(size), pixel_size,
                                                    &config, kGlyphRanges);
}

}  // namespace

bool FontAtlas::update(float pixel_ratio, float text_size) {
  if (pixel_ratio == built_ratio_ && text_size == built_text_size_) return false;
  build(pixel_ratio, text_size);
  return true;
}

void FontAtlas::build(float pixel_ratio, float text_size) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // At 2x and above the extra horizontal oversampling buys nothing visible.
  const int oversample = pixel_ratio >= 2.0f ? 1 : 2;
  const float pixels = text_size * pixel_ratio;
  fonts_.text = add_font(bridge::FontKind::kText, pixels, oversample);
  fonts_.heading = add_font(bridge::FontKind::kTextBold, pixels * 1.25f, oversample);
  fonts_.section = add_font(bridge::FontKind::kTextBold, pixels * 1.05f, oversample);
  fonts_.mono = add_font(bridge::FontKind::kMono, pixels, oversample);
  if (!fonts_.text) fonts_.text = io.Fonts->AddFontDefault();
  if (!fonts_.heading) fonts_.heading = fonts_.text;
  if (!fonts_.section) fonts_.section = fonts_.text;
  if (!fonts_.mono) fonts_.mono = fonts_.text;
  io.FontDefault = fonts_.text;
  io.FontGlobalScale = 1.0f / pixel_ratio;
  io.Fonts->Build();
  ui::set_heading_fonts(fonts_.heading, fonts_.section);
  built_ratio_ = pixel_ratio;
  built_text_size_ = text_size;
}

}  // namespace caseload::app
