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
