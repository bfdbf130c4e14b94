// Calendar dates, times of day and timestamps for the whole core, on std::chrono types.
// Dates are civil dates with no time zone (a due date is a day in the school's calendar);
// timestamps are UTC seconds (record created/modified). Text forms are ISO 8601.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace caseload {

using Date = std::chrono::year_month_day;
using Timestamp = std::chrono::sys_seconds;

// Minutes since midnight, 0..1439 ("14:30" in text).
struct TimeOfDay {
  int minutes = 0;
  friend bool operator==(TimeOfDay, TimeOfDay) = default;
  friend auto operator<=>(TimeOfDay, TimeOfDay) = default;
};

inline std::chrono::sys_days day_number(Date date) { return std::chrono::sys_days{date}; }
inline Date add_days(Date date, int days) { return Date{day_number(date) + std::chrono::days{days}}; }
// Signed number of days from `from` to `to` (to - from).
inline int days_between(Date from, Date to) {
  return static_cast<int>((day_number(to) - day_number(from)).count());
}
inline std::chrono::weekday weekday_of(Date date) { return std::chrono::weekday{day_number(date)}; }
inline bool is_weekend(Date date) {
  const auto day = weekday_of(date);
  return day == std::chrono::Saturday || day == std::chrono::Sunday;
}

// Same month and day `years` later; Feb 29 becomes Feb 28 in a common year.
Date add_years_clamped(Date date, int years);
// Same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
Date add_months_clamped(Date date, int months);
// Whole years of age on `on` for someone born on `birth` (a Feb 29 birthday counts on Mar 1
// in common years, as most state codes read it).
int age_on(Date birth, Date on);
// The Monday that starts the ISO week containing `date`.
Date week_start(Date date);

// Strict "YYYY-MM-DD" (a real calendar date, years 1900-2200).
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date date);
// "Mon, Nov 23, 2026": for people.
std::string format_date_long(Date date);

// What people type: "2026-11-23", "11/23/2026" or "11/23/26" (US month/day order), with spaces
// trimmed. Two-digit years are 2000-2099.
std::optional<Date> parse_user_date(std::string_view text);

// Strict "HH:MM", 24-hour.
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);
std::string format_time_of_day(TimeOfDay time);

// "YYYY-MM-DDTHH:MM:SSZ" (UTC only; fractional seconds are accepted and dropped).
std::optional<Timestamp> parse_timestamp(std::string_view text);
std::string format_timestamp(Timestamp time);

inline Date date_of(Timestamp time) { return Date{std::chrono::floor<std::chrono::days>(time)}; }

}  // namespace caseload
