// The case manager's hours log: entries by date with start, end and activity; totals per day and
// per week set against the expected hours (6 a day by default, on the school calendar's school
// days, or on weekdays where there is no calendar); and a CSV of the log for a timesheet.
#pragma once

#include <string>
#include <vector>

#include "caseload/caseload.hpp"

namespace caseload {

inline constexpr int kDefaultExpectedDailyHours = 6;

int minutes_of(const WorkEntry& entry);
// "6 h 30 min", "45 min".
std::string format_hours(int minutes);

struct DayTotal {
  Date date{};
  int minutes = 0;
  int expected_minutes = 0;  // 0 on a day off
};

struct WeekTotal {
  Date monday{};
  int minutes = 0;
  int expected_minutes = 0;
  std::vector<DayTotal> days;  // Monday to Sunday, days with work or expected work only
  std::vector<std::pair<std::string, int>> by_activity;  // minutes per activity, largest first
};

// Weeks from the one holding `from` to the one holding `to`, newest first.
std::vector<WeekTotal> weekly_totals(const CaseloadSettings& settings, Date from, Date to);

// The entries from `from` to `to` (inclusive), oldest first, as CSV.
std::string work_log_csv(const CaseloadSettings& settings, Date from, Date to);

}  // namespace caseload
