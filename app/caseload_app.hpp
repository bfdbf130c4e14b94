// The browser app as a whole: owns the window, the ImGui context, fonts and theme, the session
// (vault, storage, tab lock) and the screens, and draws one frame when the bridge asks for it.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "platform/frame_pacer.hpp"
#include "platform/frame_timer.hpp"
#include "platform/input_trickle.hpp"
#include "platform/sdl_window.hpp"
#include "session/app_session.hpp"
#include "ui/a11y_mirror.hpp"
#include "ui/fonts.hpp"
#include "ui/main_screen.hpp"
#include "ui/theme.hpp"
#include "ui/vault_screens.hpp"

namespace caseload::app {

class CaseloadApp {
 public:
  bool start(std::string& error);
  // Draws a frame if there is anything to show. Returns true if another frame is wanted now.
  bool frame();
  void set_prefers_dark(bool dark);
  // Text from the system clipboard (the page's paste event), typed into the focused field.
  void paste_text(const char* text);
  // The controls of the last frame, as JSON (the browser tests' hook).
  std::string controls_json() const;
  // Measurements: the session's (unlock, storage) and frame-build times.
  std::string metrics_json() const;
  void reset_frame_times() {
    frame_times_.clear();
    mirror_times_.clear();
  }
  // The accessibility mirror moved the focus, activated a control, set a value or pressed a key.
  void mirror_focus(unsigned id);
  void mirror_activate(unsigned id);
  void mirror_set_value(unsigned id, const char* value);
  void mirror_key(int key);
  void mirror_editing(bool editing);
  void mirror_reset() { mirror_.reset(); }

 private:
  bool pump_events();
  void prepare_fonts();
  void apply_appearance();
  void render();
  void update_mirror();

  SdlWindow window_;
  FontAtlas font_atlas_;
  FramePacer pacer_;
  InputTrickle input_;
  FrameTimer frame_times_;
  FrameTimer mirror_times_;
  ui::AccessibilityMirror mirror_;
  bool input_waiting_ = false;
  bool paste_pending_ = false;
  bool prefers_dark_ = false;
  std::optional<ThemeKind> applied_theme_;
  std::unique_ptr<AppSession> session_;
  std::unique_ptr<VaultScreens> vault_screens_;
  std::unique_ptr<MainScreen> main_screen_;
};

}  // namespace caseload::app
