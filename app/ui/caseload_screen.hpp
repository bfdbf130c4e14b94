// Caseload: every student in one table (name or initials, grade, plan, next deadline, annual and
// triennial due dates, flags) with search, filters (plan, grade, school, status), sorting on every
// column and keyboard navigation (arrows move, Enter opens). Rows are prepared once per change
// and clipped when drawn, so 5,000 students scroll smoothly.
#pragma once

#include <string>
#include <vector>

#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

// What the caseload screen asks of the main screen (a file to be picked for it).
enum class CaseloadAction { kNone, kImportRoster, kCheckDueDates };

class CaseloadScreen {
 public:
  explicit CaseloadScreen(AppSession& session) : session_(session) {}
  CaseloadAction draw(UiState& ui);

 private:
  struct Row {
    const Student* student;
    std::string name, grade, plan, next, annual, triennial, flags;
    Date next_due{}, annual_due{}, triennial_due{};
    int grade_level = -100;
    int overdue = 0;
  };
  struct Filters {
    std::string search;
    int plan = 0, grade = 0, school = 0, status = 0;
    bool operator==(const Filters&) const = default;
  };
  void rebuild(const UiState& ui);
  void sort_rows();
  bool matches(const Student& s, const AppSession::StudentDates& dates) const;
  void draw_filters();
  CaseloadAction draw_toolbar();
  // A data point for a goal of the highlighted student (or the first row): the fast path for
  // weekly progress monitoring across the caseload.
  void draw_quick_entry(const UiState& ui);

  AppSession& session_;
  std::vector<Row> rows_;
  Filters filters_, built_filters_;
  std::uint64_t built_revision_ = ~0ull;
  Date built_day_{};
  bool built_privacy_ = false;
  int sort_column_ = 0;
  bool sort_ascending_ = true;
  int cursor_ = -1;  // keyboard-selected row
  bool scroll_to_cursor_ = false;
  std::vector<std::string> schools_;
  bool quick_entry_open_ = false;
  int quick_goal_ = 0;
  std::string quick_value_, quick_date_, quick_message_;
};

}  // namespace caseload::app
