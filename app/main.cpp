// Entry point of the browser app. main() starts the app and returns; the page then drives
// frames on demand through the exported caseload_frame() (see app/platform/browser_bridge.hpp).
#include <string>

#include "caseload_app.hpp"
#include "platform/browser_bridge.hpp"

namespace {
caseload::app::CaseloadApp* g_app = nullptr;
std::string g_controls_json;
}  // namespace

extern "C" {

int caseload_frame(double /*time_ms*/) { return g_app && g_app->frame() ? 1 : 0; }

void caseload_set_prefers_dark(int dark) {
  if (g_app) g_app->set_prefers_dark(dark != 0);
}

void caseload_paste_text(const char* text) {
  if (g_app && text) g_app->paste_text(text);
}

// The accessibility mirror (web/a11y_mirror.js) acting for the user.
void caseload_a11y_focus(unsigned id) {
  if (g_app) g_app->mirror_focus(id);
}

void caseload_a11y_activate(unsigned id) {
  if (g_app) g_app->mirror_activate(id);
}

void caseload_a11y_set_value(unsigned id, const char* value) {
  if (g_app) g_app->mirror_set_value(id, value);
}

// 0 up, 1 down, 2 Enter, 3 Escape.
void caseload_a11y_key(int key) {
  if (g_app) g_app->mirror_key(key);
}

void caseload_a11y_editing(int editing) {
  if (g_app) g_app->mirror_editing(editing != 0);
}

void caseload_a11y_reset() {
  if (g_app) g_app->mirror_reset();
}

// Test hook: the last frame's controls (role, label, value, position) as JSON.
const char* caseload_test_controls() {
  g_controls_json = g_app ? g_app->controls_json() : "[]";
  return g_controls_json.c_str();
}

// Benchmark hook: unlock, storage and frame-build figures as JSON.
const char* caseload_test_metrics() {
  g_controls_json = g_app ? g_app->metrics_json() : "{}";
  return g_controls_json.c_str();
}

void caseload_test_reset_frame_times() {
  if (g_app) g_app->reset_frame_times();
}

}  // extern "C"

int main() {
  static caseload::app::CaseloadApp app;
  std::string error;
  if (!app.start(error)) {
    caseload::app::bridge::show_fatal_error(error.c_str());
    return 1;
  }
  g_app = &app;
  caseload::app::bridge::start_frame_loop();
  return 0;
}
