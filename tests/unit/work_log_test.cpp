#include "caseload/work_log.hpp"

#include <doctest/doctest.h>

#include "caseload/csv.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

WorkEntry entry(int n, const char* date, const char* start, const char* end, const char* activity) {
  return {fixtures::meta(n), d(date), *parse_time_of_day(start), *parse_time_of_day(end), activity, ""};
}

}  // namespace

TEST_CASE("hours: daily and weekly totals against 6 hours on school days") {
  CaseloadSettings settings = fixtures::settings();
  // Thanksgiving week 2026: Mon 23 and Tue 24 are school days, Wed-Fri 25-27 are a break.
  settings.work_log = {entry(1, "2026-11-23", "07:30", "11:30", "Office hours"),
                       entry(2, "2026-11-23", "12:00", "14:30", "IEP meetings"),
                       entry(3, "2026-11-24", "08:00", "12:00", "Paperwork"),
                       entry(4, "2026-11-25", "09:00", "10:00", "Paperwork"),
                       entry(5, "2026-11-16", "08:00", "14:00", "Office hours")};
  const auto weeks = weekly_totals(settings, d("2026-11-16"), d("2026-11-25"));
  REQUIRE(weeks.size() == 2);
  const WeekTotal& thanksgiving = weeks[0];
  CHECK(thanksgiving.monday == d("2026-11-23"));
  CHECK(thanksgiving.minutes == 4 * 60 + 150 + 4 * 60 + 60);
  CHECK(thanksgiving.expected_minutes == 2 * 6 * 60);
  REQUIRE(thanksgiving.days.size() == 3);  // Mon, Tue, and Wed (worked on a break day)
  CHECK(thanksgiving.days[0].minutes == 390);
  CHECK(thanksgiving.days[0].expected_minutes == 360);
  CHECK(thanksgiving.days[2].expected_minutes == 0);
  CHECK(thanksgiving.by_activity.front() == std::pair<std::string, int>{"Paperwork", 300});
  CHECK(weeks[1].expected_minutes == 5 * 360);
  CHECK(weeks[1].minutes == 360);
  CHECK(format_hours(390) == "6 h 30 min");
  CHECK(format_hours(45) == "45 min");
  CHECK(format_hours(120) == "2 h");

  settings.thresholds.expected_daily_hours = 7;
  CHECK(weekly_totals(settings, d("2026-11-23"), d("2026-11-23"))[0].expected_minutes == 2 * 7 * 60);
}

TEST_CASE("hours log as CSV, oldest first, with a total and protected text") {
  CaseloadSettings settings;
  settings.work_log = {entry(1, "2026-11-24", "08:00", "08:20", "=cmd"), entry(2, "2026-11-23", "07:30", "11:30", "Office hours")};
  const std::string csv = work_log_csv(settings, d("2026-11-01"), d("2026-11-30"));
  CHECK(csv == "Date,Start,End,Hours,Activity,Note\r\n"
               "2026-11-23,07:30,11:30,4,Office hours,\r\n"
               "2026-11-24,08:00,08:20,0.33,'=cmd,\r\n"
               "Total,,,4.33,,\r\n");
}
