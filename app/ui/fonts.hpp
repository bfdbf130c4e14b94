// The UI fonts: Inter (text, semibold headings) and DejaVu Sans Mono, from Debian's
// fonts-inter and fonts-dejavu-core, loaded by the page before the module starts.
// Glyphs are rasterized at the device pixel ratio and scaled back, so text stays crisp on HiDPI
// screens; the atlas is rebuilt when the ratio or the text size changes.
#pragma once

struct ImFont;

namespace caseload::app {

struct Fonts {
  ImFont* text = nullptr;
  ImFont* heading = nullptr;  // titles: semibold, 1.25x
  ImFont* section = nullptr;  // section headings: semibold
  ImFont* mono = nullptr;
};

class FontAtlas {
 public:
  // Rebuilds the atlas if the pixel ratio or text size changed. Returns true if rebuilt, in which
  // case the renderer's font texture must be recreated before drawing.
  bool update(float pixel_ratio, float text_size);
  const Fonts& fonts() const { return fonts_; }

 private:
  void build(float pixel_ratio, float text_size);

  Fonts fonts_;
  float built_ratio_ = 0.0f;
  float built_text_size_ = 0.0f;
};

}  // namespace caseload::app
