#include "caseload/dates.hpp"

#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

TEST_CASE("dates parse strictly and format back") {
  CHECK(format_date(d("2026-11-23")) == "2026-11-23");
  CHECK(parse_date("2028-02-29").has_value());
  CHECK_FALSE(parse_date("2026-02-29").has_value());  // not a leap year
  CHECK_FALSE(parse_date("2026-13-01").has_value());
  CHECK_FALSE(parse_date("2026-1-01").has_value());
  CHECK_FALSE(parse_date("2026-01-01T00:00").has_value());
  CHECK_FALSE(parse_date("").has_value());
  CHECK(format_date_long(d("2026-11-23")) == "Mon, Nov 23, 2026");
}

TEST_CASE("adding days crosses month, year and leap-day boundaries") {
  CHECK(add_days(d("2026-12-31"), 1) == d("2027-01-01"));
  CHECK(add_days(d("2028-02-28"), 1) == d("2028-02-29"));
  CHECK(add_days(d("2027-02-28"), 1) == d("2027-03-01"));
  CHECK(add_days(d("2026-03-01"), -1) == d("2026-02-28"));
  CHECK(days_between(d("2026-01-01"), d("2027-01-01")) == 365);
  CHECK(days_between(d("2028-01-01"), d("2029-01-01")) == 366);
}

TEST_CASE("a year after Feb 29 is Feb 28; month ends clamp") {
  CHECK(add_years_clamped(d("2024-02-29"), 1) == d("2025-02-28"));
  CHECK(add_years_clamped(d("2024-02-29"), 4) == d("2028-02-29"));
  CHECK(add_years_clamped(d("2026-11-07"), 1) == d("2027-11-07"));
  CHECK(add_months_clamped(d("2027-01-31"), 1) == d("2027-02-28"));
  CHECK(add_months_clamped(d("2028-01-31"), 1) == d("2028-02-29"));
  CHECK(add_months_clamped(d("2026-11-30"), 3) == d("2027-02-28"));
  CHECK(add_months_clamped(d("2026-12-15"), -12) == d("2025-12-15"));
}

TEST_CASE("age counts whole years; a leap-day birthday counts on March 1") {
  CHECK(age_on(d("2012-06-15"), d("2026-06-14")) == 13);
  CHECK(age_on(d("2012-06-15"), d("2026-06-15")) == 14);
  CHECK(age_on(d("2012-02-29"), d("2027-02-28")) == 14);
  CHECK(age_on(d("2012-02-29"), d("2027-03-01")) == 15);
}

TEST_CASE("week_start is the Monday of the ISO week") {
  CHECK(week_start(d("2026-11-23")) == d("2026-11-23"));  // a Monday
  CHECK(week_start(d("2026-11-29")) == d("2026-11-23"));  // Sunday
  CHECK(week_start(d("2027-01-01")) == d("2026-12-28"));  // across the year end
}

TEST_CASE("times of day and timestamps round-trip") {
  CHECK(format_time_of_day(*parse_time_of_day("07:05")) == "07:05");
  CHECK_FALSE(parse_time_of_day("24:00").has_value());
  CHECK_FALSE(parse_time_of_day("7:05").has_value());
  const auto t = parse_timestamp("2026-11-23T14:03:09Z");
  REQUIRE(t.has_value());
  CHECK(format_timestamp(*t) == "2026-11-23T14:03:09Z");
  CHECK(date_of(*t) == d("2026-11-23"));
  CHECK(parse_timestamp("2026-11-23T14:03:09.123Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-11-23T14:03:09+01:00").has_value());
  CHECK_FALSE(parse_timestamp("2026-11-23 14:03:09Z").has_value());
}
