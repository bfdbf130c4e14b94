// The C++ side of Caseload's narrow bridge to the browser (JavaScript side:
// web/js/library_caseload.js). Only files in app/platform/ talk to the browser; the UI and the
// core call these functions and never include Emscripten headers.
//
// Contract: the page draws only on demand. start_frame_loop() installs wake-up listeners (input,
// resize, focus, theme) and schedules a first frame; each frame calls the exported
// caseload_frame(), whose return value says whether another frame is wanted right away.
#pragma once

#include <cstddef>
#include <string>

namespace caseload::app::bridge {

enum class FontKind : int { kText = 0, kTextBold = 1, kMono = 2 };

void start_frame_loop();

// Asks for a frame after a delay even if no input arrives (a blinking text cursor, a timer).
void request_frame_after(int milliseconds);

// Bytes of a font the page loaded before starting the module; 0 if it is missing.
std::size_t font_size(FontKind kind);
// Copies the font into `destination`, which must hold font_size(kind) bytes.
void copy_font(FontKind kind, void* destination);

// Shows a message the user can read in place of the app when it cannot start.
void show_fatal_error(const char* message);

// Milliseconds from a monotonic clock (performance.now), for measurements.
double perf_ms();

// Hands the accessibility mirror (web/a11y_mirror.js) this frame's update (see ui/a11y_mirror.hpp).
void mirror_apply(const std::string& update);

// Tells the page a frame reached the screen (first-frame readiness, frame counters).
void frame_drawn();

// A device preference kept in the page's local storage (never caseload data); "" if unset.
std::string load_preference(const char* key);
void save_preference(const char* key, const std::string& value);

}  // namespace caseload::app::bridge
