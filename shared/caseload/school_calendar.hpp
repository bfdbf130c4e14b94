// A school's calendar and the day arithmetic every timeline needs: calendar days, school days
// (days of instruction, minimum days included) and business days (Monday-Friday except declared
// holidays, 34 CFR 300.11), across month and year ends and across school years.
//
// Counting convention (34 CFR 300.11 and the state codes): the event day is day 0, so "within 60
// days of consent" counts the day after consent as day 1. add_*(d, n) returns the n-th counted
// day after d; count_*(after, through) counts days in (after, through]; they round-trip.
//
// Days the calendar does not cover (no school year entered yet, or beyond the next one) are
// estimated: the year before the first and after the last entered year are projected from their
// neighbour shifted by 52 weeks, and further out every weekday that is not a declared holiday is
// taken as a school day. Results computed through estimated days say so, so the app can ask the
// user to enter the next calendar instead of showing a confident wrong date.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "caseload/dates.hpp"
#include "caseload/record_enums.hpp"

namespace caseload {

struct Closure {
  Date first{};
  Date last{};  // inclusive; a single day has first == last
  std::string name;
  ClosureKind kind = ClosureKind::kHoliday;
};

struct SchoolYear {
  std::string name;          // "2026-27"
  Date first_day{};          // first day of instruction
  Date last_day{};           // last day of instruction
  std::vector<Closure> closures;
  std::vector<Date> minimum_days;  // shortened days: still school days
};

struct Holiday {
  Date date{};
  std::string name;
};

enum class OffsetUnit { kCalendarDays, kSchoolDays, kBusinessDays, kMonths, kYears };
inline constexpr EnumEntry<OffsetUnit> kOffsetUnits[] = {
    {OffsetUnit::kCalendarDays, "calendar_days", "calendar days"},
    {OffsetUnit::kSchoolDays, "school_days", "school days"},
    {OffsetUnit::kBusinessDays, "business_days", "business days"},
    {OffsetUnit::kMonths, "months", "months"},
    {OffsetUnit::kYears, "years", "years"},
};
constexpr std::span<const EnumEntry<OffsetUnit>> enum_entries(OffsetUnit) { return kOffsetUnits; }

struct Offset {
  int amount = 0;
  OffsetUnit unit = OffsetUnit::kCalendarDays;
  friend bool operator==(const Offset&, const Offset&) = default;
};
std::string describe(const Offset& offset);  // "60 calendar days", "1 year"

struct CalendarDate {
  Date date{};
  bool estimated = false;  // some counted day lies where the calendar was projected or guessed
};

// How California-style rules leave school breaks out of a count of days (Ed. Code 56321, 56344:
// "not counting days between the pupil's regular school sessions, terms, or days of school
// vacation in excess of five schooldays"). Defaults give the earlier due date where the law is
// ambiguous (timelines.md); each is a profile or district setting.
struct BreakExclusion {
  int longer_than_school_days = 5;          // a break is excluded if it is longer than this
  bool holidays_count_toward_length = false;  // ambiguity 1
  bool exclude_weekends_of_break = false;     // ambiguity 2: only the break's weekdays by default
  bool exclude_between_sessions = true;       // summer (days between regular school sessions)
};

class SchoolCalendar {
 public:
  // No school years: every weekday except declared holidays counts, and is estimated.
  SchoolCalendar() = default;
  SchoolCalendar(std::vector<SchoolYear> years, std::vector<Holiday> holidays);

  bool has_school_years() const { return !years_.empty(); }
  std::span<const SchoolYear> school_years() const { return years_; }

  bool is_school_day(Date date) const;
  bool is_business_day(Date date) const;
  bool is_holiday(Date date) const;
  bool is_estimated(Date date) const;
  bool in_session(Date date) const;  // between a school year's first and last day

  // The last day of instruction of the session containing `date`, if it is in one.
  std::optional<CalendarDate> session_end(Date date) const;
  // The first day of instruction of the first session starting after `date`.
  std::optional<CalendarDate> next_session_start(Date date) const;

  CalendarDate add(Date from, Offset offset) const;
  CalendarDate add_school_days(Date from, int count) const;
  CalendarDate add_business_days(Date from, int count) const;
  int count_school_days(Date after, Date through) const;
  int count_business_days(Date after, Date through) const;
  // Calendar days after `from`, leaving out breaks as `rule` says (the California count).
  CalendarDate add_days_excluding_breaks(Date from, int count, const BreakExclusion& rule) const;
  // The legal date stays the due date; this is the advice for a date on a weekend or holiday.
  Date last_business_day_on_or_before(Date date) const;

 private:
  enum Flag : std::uint8_t {
    kSchool = 1, kBusiness = 2, kHolidayFlag = 4, kSession = 8, kEstimated = 16,
  };
  struct Run {  // consecutive non-school days inside a session, between two school days
    int weekdays = 0;
    int non_holiday_weekdays = 0;
  };
  struct Session {
    Date first{};
    Date last{};
    bool projected = false;
  };

  void build_index(const std::vector<SchoolYear>& projected);
  void mark_year(const SchoolYear& year, bool projected);
  void find_runs();
  std::uint8_t flags(Date date) const;
  int index_of(Date date) const;  // -1 outside the index
  bool excluded(Date date, const BreakExclusion& rule) const;
  CalendarDate step(Date from, int count, std::uint8_t wanted) const;

  std::vector<SchoolYear> years_;
  std::vector<Holiday> holidays_;
  std::vector<Date> holiday_days_;  // sorted, for days outside the index
  std::vector<Session> sessions_;   // sorted, projected ones included
  std::optional<Date> index_first_;
  std::vector<std::uint8_t> day_flags_;
  std::vector<std::int32_t> day_run_;  // run index or -1
  std::vector<Run> runs_;
};

// US federal holidays observed in `year` (weekend holidays move to Friday/Monday), as a default
// for business-day counting; a district adds its state holidays in the settings.
std::vector<Holiday> us_federal_holidays(int year);

}  // namespace caseload
