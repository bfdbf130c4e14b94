#include "caseload/school_year_template.hpp"

namespace caseload {
namespace {

using namespace std::chrono;

Date nth_weekday(int y, month m, weekday wd, unsigned n) {
  return Date{sys_days{year{y} / m / wd[n]}};
}

Closure single(Date day, const char* name) { return {day, day, name, ClosureKind::kHoliday}; }

}  // namespace

SchoolYear typical_school_year(int start_year) {
  const int y = start_year, next = start_year + 1;
  SchoolYear year;
  year.name = std::to_string(y) + "-" + std::to_string(next % 100);
  // The Wednesday of the third week of August; the second Thursday of June.
  year.first_day = nth_weekday(y, August, Wednesday, 3);
  year.last_day = nth_weekday(next, June, Thursday, 2);
  const Date thanksgiving = nth_weekday(y, November, Thursday, 4);
  const Date winter_start = week_start(Date{std::chrono::year{y}, December, day{22}});
  const Date spring_start = nth_weekday(next, March, Monday, 4);
  year.closures = {
      single(nth_weekday(y, September, Monday, 1), "Labor Day"),
      single(Date{std::chrono::year{y}, November, day{11}}, "Veterans Day"),
      {add_days(thanksgiving, -1), add_days(thanksgiving, 1), "Thanksgiving break", ClosureKind::kBreak},
      {winter_start, add_days(winter_start, 11), "Winter break", ClosureKind::kBreak},
      single(nth_weekday(next, January, Monday, 3), "Martin Luther King Jr. Day"),
      single(nth_weekday(next, February, Monday, 3), "Presidents' Day"),
      {spring_start, add_days(spring_start, 4), "Spring break", ClosureKind::kBreak},
      single(Date{sys_days{std::chrono::year{next} / May / Monday[last]}}, "Memorial Day"),
  };
  // Veterans Day on a weekend is observed on the nearest weekday.
  Closure& veterans = year.closures[1];
  if (weekday_of(veterans.first) == Saturday) veterans.first = veterans.last = add_days(veterans.first, -1);
  if (weekday_of(veterans.first) == Sunday) veterans.first = veterans.last = add_days(veterans.first, 1);
  year.minimum_days = {add_days(thanksgiving, -2), add_days(winter_start, -3), add_days(year.last_day, 0)};
  return year;
}

int school_year_start_for(Date today) {
  const int y = static_cast<int>(today.year());
  return static_cast<unsigned>(today.month()) >= 7 ? y : y - 1;
}

std::vector<ReportingPeriod> quarterly_reporting_periods(const SchoolYear& year) {
  std::vector<ReportingPeriod> periods;
  const int total = days_between(year.first_day, year.last_day);
  const std::string prefix = year.name + "-q";
  Date start = year.first_day;
  for (int q = 1; q <= 4; ++q) {
    const Date end = q == 4 ? year.last_day : add_days(year.first_day, total * q / 4);
    periods.push_back({prefix + std::to_string(q), "Quarter " + std::to_string(q) + " (" + year.name + ")",
                       start, end, add_days(end, 7)});
    start = add_days(end, 1);
  }
  return periods;
}

}  // namespace caseload
