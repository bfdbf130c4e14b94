// Hours: the case manager's own time log. Add an entry (date, start, end, activity, note), read
// this week's and earlier weeks' totals against the expected hours a day, and export the log as
// CSV for a timesheet. Entries live in the caseload settings, sealed like everything else.
#pragma once

#include <string>

#include "caseload/work_log.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class HoursScreen {
 public:
  explicit HoursScreen(AppSession& session) : session_(session) {}
  void draw(UiState& ui);

 private:
  void draw_form();
  void draw_weeks();
  void draw_entries();

  AppSession& session_;
  std::string date_, start_, end_, activity_, note_;
  int activity_choice_ = 0;
  int weeks_shown_ = 4;
  // Totals, recomputed only when the log, the day or the range changes.
  std::vector<WeekTotal> weeks_;
  std::uint64_t weeks_revision_ = ~0ull;
  Date weeks_today_{};
  int weeks_count_ = 0;
};

}  // namespace caseload::app
