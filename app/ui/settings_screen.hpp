// Settings, as a screen with four tabs. "You and rules": the case manager, schools, the state rule
// profile and monitoring thresholds. "School calendar": school years, closures and reporting
// periods. These two edit a draft saved with "Save settings" (checked first) or dropped with
// "Revert". "Appearance and privacy": theme, text size, privacy mode, the idle lock (applied at
// once). "Security and storage": the bundle key, storage use and changing the passphrase.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "session/app_session.hpp"
#include "ui/calendar_editor.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class SettingsScreen {
 public:
  explicit SettingsScreen(AppSession& session) : session_(session) {}
  ~SettingsScreen();
  void draw(UiState& ui);
  // Opens the school calendar tab (the first-run path: "set up the school year").
  void show_calendar() { select_tab_ = 1; }

 private:
  void load_draft();
  void draw_save_bar();
  void save_draft();
  void draw_profile_and_rules();
  void draw_thresholds();
  void draw_appearance(UiState& ui);
  void draw_security();
  void draw_storage();
  void draw_passphrase();
  void clear_secrets();

  AppSession& session_;
  std::uint64_t loaded_revision_ = ~0ull;
  bool dirty_ = false;
  int select_tab_ = -1;
  CaseloadSettings draft_;
  std::string schools_text_;  // one school per line
  std::string stale_days_, contact_days_, due_soon_days_, due_very_soon_days_;
  std::string min_points_, run_length_, daily_hours_;
  CalendarEditor calendar_;
  std::string save_message_;
  bool save_ok_ = false;

  std::array<char, 256> current_{};
  std::array<char, 256> next_{};
  std::array<char, 256> confirm_{};
  std::string passphrase_message_;
  bool passphrase_ok_ = false;
};

std::string format_bytes(double bytes);

}  // namespace caseload::app
