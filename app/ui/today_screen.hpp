// Today (home): what a case manager must see on Monday morning. The compliance figures; what is
// overdue and due this week across the caseload, by date, each with its student, its rule and a
// click through to the record; this week's meetings with their checklist progress; goals whose
// data is stale; families not contacted lately; and what is due in the next 30 days.
#pragma once

#include <vector>

#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

// What the user asked for from Today that another screen carries out.
enum class TodayAction { kNone, kAddStudent, kSetUpCalendar, kImport };

class TodayScreen {
 public:
  explicit TodayScreen(AppSession& session) : session_(session) {}
  TodayAction draw(UiState& ui);

 private:
  struct MeetingRow {
    const Student* student;
    const Meeting* meeting;
    int done = 0;
    int steps = 0;
    int overdue_steps = 0;
  };
  void rebuild();
  TodayAction draw_getting_started();
  void draw_summary();
  void draw_deadlines(const char* title, const char* id, const std::vector<const Deadline*>& list, UiState& ui,
                      const char* empty, float height, bool compact = false);
  void draw_meetings(UiState& ui);

  AppSession& session_;
  std::uint64_t built_revision_ = ~0ull;
  Date built_day_{};
  std::vector<const Deadline*> overdue_, this_week_, next_30_, stale_, contact_;
  std::vector<MeetingRow> meetings_;
};

}  // namespace caseload::app
