// Calendar: a month of deadlines and meetings, one cell per day (school closures marked), with
// previous/next month, and the export of everything as an .ics file for Google Calendar or
// Outlook (students by initials only).
#pragma once

#include <string>
#include <vector>

#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class CalendarScreen {
 public:
  explicit CalendarScreen(AppSession& session) : session_(session) {}
  void draw(UiState& ui);

 private:
  struct Entry {
    Date date{};
    std::string text;
    Uuid student;
    bool overdue = false, meeting = false;
  };
  void rebuild(const UiState& ui);
  void export_ics();
  void draw_more_popup(UiState& ui);

  AppSession& session_;
  std::optional<std::chrono::year_month> month_;
  std::vector<Entry> entries_;  // of the month shown, by date
  std::uint64_t built_revision_ = ~0ull;
  std::chrono::year_month built_month_{};
  bool built_privacy_ = false;
  bool include_reminders_ = false;
  Date more_day_{};
  bool open_more_ = false;  // the day whose full list is open in the "more" popup
};

}  // namespace caseload::app
