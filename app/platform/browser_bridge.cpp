#include "platform/browser_bridge.hpp"

#include <cstdlib>

extern "C" {
void caseload_bridge_start();
void caseload_bridge_request_frame_after(int milliseconds);
int caseload_bridge_font_size(int kind);
void caseload_bridge_font_copy(int kind, void* destination);
void caseload_bridge_frame_drawn();
void caseload_bridge_mirror_apply(const char* update);
void caseload_bridge_fatal(const char* message);
double caseload_bridge_perf_ms();
char* caseload_bridge_load_preference(const char* key);
void caseload_bridge_save_preference(const char* key, const char* value);
}

namespace caseload::app::bridge {

void start_frame_loop() { caseload_bridge_start(); }

void request_frame_after(int milliseconds) { caseload_bridge_request_frame_after(milliseconds); }

std::size_t font_size(FontKind kind) {
  const int size = caseload_bridge_font_size(static_cast<int>(kind));
  return size > 0 ? static_cast<std::size_t>(size) : 0;
}

void copy_font(FontKind kind, void* destination) {
  caseload_bridge_font_copy(static_cast<int>(kind), destination);
}

double perf_ms() { return caseload_bridge_perf_ms(); }

void show_fatal_error(const char* message) { caseload_bridge_fatal(message); }

void frame_drawn() { caseload_bridge_frame_drawn(); }

void mirror_apply(const std::string& update) { caseload_bridge_mirror_apply(update.c_str()); }

std::string load_preference(const char* key) {
  char* value = caseload_bridge_load_preference(key);
  if (!value) return {};
  std::string copy(value);
  std::free(value);
  return copy;
}

void save_preference(const char* key, const std::string& value) {
  caseload_bridge_save_preference(key, value.c_str());
}

}  // namespace caseload::app::bridge
