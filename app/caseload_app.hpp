// The browser app as a whole: owns the window, the ImGui context, fonts and theme, and draws
// one frame of the UI when the browser bridge asks for it.
#pragma once

#include <string>

#include "platform/frame_pacer.hpp"
#include "platform/sdl_window.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace caseload::app {

class CaseloadApp {
 public:
  bool start(std::string& error);
  // Draws a frame if there is anything to show. Returns true if another frame is wanted now.
  bool frame();
  void set_prefers_dark(bool dark);

 private:
  bool pump_events();
  void prepare_fonts();
  void render();

  SdlWindow window_;
  FontAtlas font_atlas_;
  FramePacer pacer_;
  ThemeKind theme_ = ThemeKind::kLight;
  bool theme_dirty_ = true;
  float text_size_ = 16.0f;
};

}  // namespace caseload::app
