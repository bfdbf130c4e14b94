#include "caseload/school_calendar.hpp"

#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

TEST_CASE("school days skip weekends, holidays and breaks; minimum days count") {
  const SchoolCalendar cal = fixtures::calendar();
  CHECK(cal.is_school_day(d("2026-08-19")));        // first day
  CHECK_FALSE(cal.is_school_day(d("2026-08-18")));  // before the year
  CHECK_FALSE(cal.is_school_day(d("2026-09-07")));  // Labor Day
  CHECK_FALSE(cal.is_school_day(d("2026-09-05")));  // Saturday
  CHECK_FALSE(cal.is_school_day(d("2026-12-22")));  // winter break
  CHECK_FALSE(cal.is_school_day(d("2027-07-01")));  // summer
  // Friday before the Monday holiday: the next school day is Tuesday.
  CHECK(cal.add_school_days(d("2026-09-04"), 1).date == d("2026-09-08"));
  SchoolYear with_minimum = fixtures::year_2026_27();
  with_minimum.minimum_days = {d("2026-11-24")};
  CHECK(SchoolCalendar({with_minimum}, {}).is_school_day(d("2026-11-24")));
}

TEST_CASE("business days are weekdays except holidays, breaks included (34 CFR 300.11)") {
  const SchoolCalendar cal = fixtures::calendar();
  CHECK(cal.is_business_day(d("2026-12-22")));        // winter break weekday, not a holiday
  CHECK_FALSE(cal.is_business_day(d("2026-12-25")));  // Christmas
  CHECK_FALSE(cal.is_business_day(d("2026-09-07")));  // Labor Day closure is a holiday
  CHECK(cal.is_business_day(d("2027-07-06")));        // summer weekday
  // Friday before a Monday holiday.
  CHECK(cal.add_business_days(d("2026-09-04"), 1).date == d("2026-09-08"));
  // Across the Thanksgiving holiday: Fri Nov 20 + 5 business days = Mon Nov 30.
  CHECK(cal.add_business_days(d("2026-11-20"), 5).date == d("2026-11-30"));
  CHECK(cal.last_business_day_on_or_before(d("2026-10-31")) == d("2026-10-30"));  // Saturday
  CHECK(cal.last_business_day_on_or_before(d("2026-09-07")) == d("2026-09-04"));  // holiday Monday
}

TEST_CASE("adding school days crosses the year end, winter break and summer into the next year") {
  const SchoolCalendar cal = fixtures::calendar();
  // Thu Dec 17 2026: Fri Dec 18, then the break, then Mon Jan 4 2027.
  CHECK(cal.add_school_days(d("2026-12-17"), 2).date == d("2027-01-04"));
  // Tue Jun 8 2027: Wed 9, Thu 10 (last day), then Wed Aug 18 2027 and Thu Aug 19.
  const CalendarDate across_summer = cal.add_school_days(d("2027-06-08"), 4);
  CHECK(across_summer.date == d("2027-08-19"));
  CHECK_FALSE(across_summer.estimated);
  // Negative counts go back.
  CHECK(cal.add_school_days(d("2026-09-08"), -1).date == d("2026-09-04"));
}

TEST_CASE("counting and adding round-trip (property over many start days)") {
  const SchoolCalendar cal = fixtures::calendar();
  for (Date start = d("2026-08-01"); start < d("2027-08-01"); start = add_days(start, 3)) {
    for (int n : {0, 1, 5, 10, 45, 60}) {
      const Date school = cal.add_school_days(start, n).date;
      CHECK(cal.count_school_days(start, school) == n);
      if (n > 0) CHECK(cal.is_school_day(school));
      const Date business = cal.add_business_days(start, n).date;
      CHECK(cal.count_business_days(start, business) == n);
    }
  }
}

TEST_CASE("days the calendar does not cover are estimated") {
  const SchoolCalendar cal = fixtures::calendar();
  // The year after 2027-28 is projected from it, so counting into it is an estimate.
  CHECK(cal.add_school_days(d("2028-06-01"), 10).estimated);
  CHECK_FALSE(cal.add_school_days(d("2026-10-01"), 10).estimated);
  // No calendar at all: weekdays, estimated.
  const SchoolCalendar none;
  const CalendarDate guess = none.add_school_days(d("2026-11-20"), 1);
  CHECK(guess.date == d("2026-11-23"));
  CHECK(guess.estimated);
}

TEST_CASE("a leap day is an ordinary school day") {
  SchoolYear y;
  y.first_day = d("2027-08-18");
  y.last_day = d("2028-06-08");
  const SchoolCalendar cal({y}, {});
  CHECK(cal.is_school_day(d("2028-02-29")));  // Tuesday
  CHECK(cal.add_school_days(d("2028-02-28"), 1).date == d("2028-02-29"));
  CHECK(cal.add_school_days(d("2028-02-25"), 2).date == d("2028-02-29"));  // Fri + 2 = Tue
}

TEST_CASE("California break exclusion: breaks of more than five school days are left out") {
  const SchoolCalendar cal = fixtures::calendar();
  BreakExclusion rule;  // > 5 school days, weekdays only, summer excluded
  // Winter break Dec 21 - Jan 1 (10 weekdays): 60 days from Dec 1 skip those 10 weekdays.
  CHECK(cal.add_days_excluding_breaks(d("2026-12-01"), 60, rule).date == d("2027-02-09"));
  // Reading (2): the whole break with its weekends (Sat Dec 19 - Sun Jan 3, 16 days).
  rule.exclude_weekends_of_break = true;
  CHECK(cal.add_days_excluding_breaks(d("2026-12-01"), 60, rule).date == d("2027-02-15"));
  // Spring break of exactly five school days is not excluded.
  rule = {};
  CHECK(cal.add_days_excluding_breaks(d("2027-03-15"), 15, rule).date == d("2027-03-30"));
  // Summer (between sessions) is excluded: from Jun 1, days 1-9 run to Jun 10, then the count
  // resumes on Aug 18.
  CHECK(cal.add_days_excluding_breaks(d("2027-06-01"), 12, rule).date == d("2027-08-20"));
}

TEST_CASE("a break of six school days with a holiday: reading (1) decides") {
  // Thanksgiving week plus the Friday before: Fri Nov 20 - Fri Nov 27 2026 = 6 weekdays, one of
  // them (Thu Nov 26) a holiday.
  SchoolYear y = fixtures::year_2026_27();
  y.closures = {fixtures::closure("2026-11-20", "2026-11-27", "Thanksgiving week", ClosureKind::kBreak)};
  const SchoolCalendar cal({y}, {{d("2026-11-26"), "Thanksgiving"}});
  BreakExclusion rule;
  // Default (earlier date): the holiday does not count toward the length, 5 days: not excluded.
  CHECK(cal.add_days_excluding_breaks(d("2026-11-16"), 15, rule).date == d("2026-12-01"));
  // Counting holidays, the break is 6 school days long and its 6 weekdays are left out.
  rule.holidays_count_toward_length = true;
  CHECK(cal.add_days_excluding_breaks(d("2026-11-16"), 15, rule).date == d("2026-12-07"));
}

TEST_CASE("US federal holidays are observed on weekdays") {
  const auto h2027 = us_federal_holidays(2027);
  auto has = [&](const char* iso) {
    for (const auto& h : h2027) {
      if (h.date == d(iso)) return true;
    }
    return false;
  };
  CHECK(has("2027-01-01"));  // Friday
  CHECK(has("2027-07-05"));  // July 4 2027 is a Sunday: observed Monday
  CHECK(has("2027-12-24"));  // Christmas 2027 is a Saturday: observed Friday
  CHECK(has("2027-11-25"));  // Thanksgiving, 4th Thursday
  CHECK(has("2027-05-31"));  // Memorial Day, last Monday of May
}
