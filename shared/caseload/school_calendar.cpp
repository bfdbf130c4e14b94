#include "caseload/school_calendar.hpp"

#include <algorithm>
#include <cstdlib>

namespace caseload {
namespace {

using namespace std::chrono;

// 52 weeks: projecting a school year by this keeps every date on the same weekday.
constexpr int kProjectionDays = 364;
// Index margin around the projected years, enough for any timeline that starts inside them.
constexpr int kIndexMarginDays = 200;

SchoolYear shifted(const SchoolYear& year, int days) {
  SchoolYear copy = year;
  copy.name += " (projected)";
  copy.first_day = add_days(year.first_day, days);
  copy.last_day = add_days(year.last_day, days);
  for (auto& closure : copy.closures) {
    closure.first = add_days(closure.first, days);
    closure.last = add_days(closure.last, days);
  }
  for (auto& day : copy.minimum_days) day = add_days(day, days);
  return copy;
}

}  // namespace

std::string describe(const Offset& offset) {
  const int n = std::abs(offset.amount);
  std::string unit(to_label(offset.unit));
  if (n == 1) unit.pop_back();  // "1 year", "1 school day"
  return std::to_string(n) + " " + unit;
}

SchoolCalendar::SchoolCalendar(std::vector<SchoolYear> years, std::vector<Holiday> holidays)
    : years_(std::move(years)), holidays_(std::move(holidays)) {
  std::sort(years_.begin(), years_.end(),
            [](const SchoolYear& a, const SchoolYear& b) { return a.first_day < b.first_day; });
  for (const auto& holiday : holidays_) holiday_days_.push_back(holiday.date);
  for (const auto& year : years_) {
    for (const auto& closure : year.closures) {
      if (closure.kind != ClosureKind::kHoliday) continue;
      for (Date d = closure.first; d <= closure.last; d = add_days(d, 1)) holiday_days_.push_back(d);
    }
  }
  std::sort(holiday_days_.begin(), holiday_days_.end());
  holiday_days_.erase(std::unique(holiday_days_.begin(), holiday_days_.end()), holiday_days_.end());
  if (years_.empty()) return;
  build_index({shifted(years_.front(), -kProjectionDays), shifted(years_.back(), kProjectionDays)});
}

void SchoolCalendar::build_index(const std::vector<SchoolYear>& projected) {
  const Date first = add_days(projected.front().first_day, -kIndexMarginDays);
  const Date last = add_days(projected.back().last_day, kIndexMarginDays);
  index_first_ = first;
  const auto size = static_cast<std::size_t>(days_between(first, last) + 1);
  day_flags_.assign(size, 0);
  day_run_.assign(size, -1);
  const Date known_first = years_.front().first_day;
  const Date known_last = years_.back().last_day;
  for (std::size_t i = 0; i < size; ++i) {
    const Date d = add_days(first, static_cast<int>(i));
    if (d < known_first || d > known_last) day_flags_[i] |= kEstimated;
  }
  mark_year(projected.front(), true);
  for (const auto& year : years_) mark_year(year, false);
  mark_year(projected.back(), true);
  for (std::size_t i = 0; i < size; ++i) {
    const Date d = add_days(first, static_cast<int>(i));
    if (std::binary_search(holiday_days_.begin(), holiday_days_.end(), d)) {
      day_flags_[i] |= kHolidayFlag;
    }
    if (!is_weekend(d) && !(day_flags_[i] & kHolidayFlag)) day_flags_[i] |= kBusiness;
  }
  find_runs();
}

void SchoolCalendar::mark_year(const SchoolYear& year, bool projected) {
  sessions_.push_back({year.first_day, year.last_day, projected});
  for (Date d = year.first_day; d <= year.last_day; d = add_days(d, 1)) {
    const int i = index_of(d);
    if (i < 0) continue;
    day_flags_[i] |= kSession;
    if (projected) day_flags_[i] |= kEstimated;
    if (!is_weekend(d)) day_flags_[i] |= kSchool;
  }
  for (const auto& closure : year.closures) {
    for (Date d = closure.first; d <= closure.last; d = add_days(d, 1)) {
      const int i = index_of(d);
      if (i >= 0) day_flags_[i] &= static_cast<std::uint8_t>(~kSchool);
    }
  }
  for (const Date d : year.minimum_days) {
    const int i = index_of(d);
    if (i >= 0 && (day_flags_[i] & kSession)) day_flags_[i] |= kSchool;
  }
}

void SchoolCalendar::find_runs() {
  const int size = static_cast<int>(day_flags_.size());
  for (int i = 0; i < size; ++i) {
    const bool in_run = (day_flags_[i] & kSession) && !(day_flags_[i] & kSchool);
    if (!in_run) continue;
    const bool continues = i > 0 && day_run_[i - 1] >= 0;
    if (!continues) runs_.push_back({});
    day_run_[i] = static_cast<std::int32_t>(runs_.size() - 1);
    const Date d = add_days(*index_first_, i);
    if (!is_weekend(d)) {
      ++runs_.back().weekdays;
      if (!(day_flags_[i] & kHolidayFlag)) ++runs_.back().non_holiday_weekdays;
    }
  }
}

int SchoolCalendar::index_of(Date date) const {
  if (!index_first_) return -1;
  const int i = days_between(*index_first_, date);
  return i >= 0 && i < static_cast<int>(day_flags_.size()) ? i : -1;
}

std::uint8_t SchoolCalendar::flags(Date date) const {
  const int i = index_of(date);
  if (i >= 0) return day_flags_[i];
  // Outside what the calendar covers: a plain weekday rule, marked as a guess.
  const bool holiday = std::binary_search(holiday_days_.begin(), holiday_days_.end(), date);
  std::uint8_t f = kEstimated | kSession;
  if (holiday) f |= kHolidayFlag;
  if (!is_weekend(date) && !holiday) f |= kSchool | kBusiness;
  return f;
}

bool SchoolCalendar::is_school_day(Date date) const { return flags(date) & kSchool; }
bool SchoolCalendar::is_business_day(Date date) const { return flags(date) & kBusiness; }
bool SchoolCalendar::is_holiday(Date date) const { return flags(date) & kHolidayFlag; }
bool SchoolCalendar::is_estimated(Date date) const { return flags(date) & kEstimated; }
bool SchoolCalendar::in_session(Date date) const { return flags(date) & kSession; }

std::optional<CalendarDate> SchoolCalendar::session_end(Date date) const {
  for (const auto& session : sessions_) {
    if (session.first <= date && date <= session.last) {
      return CalendarDate{session.last, session.projected};
    }
  }
  return std::nullopt;
}

std::optional<CalendarDate> SchoolCalendar::next_session_start(Date date) const {
  std::optional<CalendarDate> best;
  for (const auto& session : sessions_) {
    if (session.first > date && (!best || session.first < best->date)) {
      best = CalendarDate{session.first, session.projected};
    }
  }
  return best;
}

CalendarDate SchoolCalendar::step(Date from, int count, std::uint8_t wanted) const {
  const int direction = count >= 0 ? 1 : -1;
  int remaining = std::abs(count);
  CalendarDate result{from, false};
  while (remaining > 0) {
    result.date = add_days(result.date, direction);
    const std::uint8_t f = flags(result.date);
    if (f & wanted) {
      --remaining;
      if (f & kEstimated) result.estimated = true;
    }
  }
  return result;
}

CalendarDate SchoolCalendar::add(Date from, Offset offset) const {
  switch (offset.unit) {
    case OffsetUnit::kCalendarDays: return {add_days(from, offset.amount), false};
    case OffsetUnit::kSchoolDays: return add_school_days(from, offset.amount);
    case OffsetUnit::kBusinessDays: return add_business_days(from, offset.amount);
    case OffsetUnit::kMonths: return {add_months_clamped(from, offset.amount), false};
    case OffsetUnit::kYears: return {add_years_clamped(from, offset.amount), false};
  }
  return {from, true};
}

CalendarDate SchoolCalendar::add_school_days(Date from, int count) const {
  return step(from, count, kSchool);
}

CalendarDate SchoolCalendar::add_business_days(Date from, int count) const {
  return step(from, count, kBusiness);
}

int SchoolCalendar::count_school_days(Date after, Date through) const {
  int count = 0;
  for (Date d = add_days(after, 1); d <= through; d = add_days(d, 1)) count += is_school_day(d);
  return count;
}

int SchoolCalendar::count_business_days(Date after, Date through) const {
  int count = 0;
  for (Date d = add_days(after, 1); d <= through; d = add_days(d, 1)) count += is_business_day(d);
  return count;
}

bool SchoolCalendar::excluded(Date date, const BreakExclusion& rule) const {
  const std::uint8_t f = flags(date);
  if (!(f & kSession)) return rule.exclude_between_sessions;
  if (f & kSchool) return false;
  const int i = index_of(date);
  if (i < 0 || day_run_[i] < 0) return false;
  const Run& run = runs_[day_run_[i]];
  const int length = rule.holidays_count_toward_length ? run.weekdays : run.non_holiday_weekdays;
  if (length <= rule.longer_than_school_days) return false;
  return rule.exclude_weekends_of_break || !is_weekend(date);
}

CalendarDate SchoolCalendar::add_days_excluding_breaks(Date from, int count,
                                                       const BreakExclusion& rule) const {
  CalendarDate result{from, false};
  int remaining = count;
  // A count never needs more than a few years of days; the bound guards a calendar that
  // excludes everything (for example one with no school days at all).
  for (int guard = 0; remaining > 0 && guard < 4000; ++guard) {
    result.date = add_days(result.date, 1);
    if (excluded(result.date, rule)) continue;
    --remaining;
    if (flags(result.date) & kEstimated) result.estimated = true;
  }
  if (remaining > 0) result.estimated = true;
  return result;
}

Date SchoolCalendar::last_business_day_on_or_before(Date date) const {
  Date d = date;
  for (int guard = 0; guard < 31 && !is_business_day(d); ++guard) d = add_days(d, -1);
  return d;
}

std::vector<Holiday> us_federal_holidays(int year) {
  const auto y = std::chrono::year{year};
  auto nth = [&](std::chrono::month m, std::chrono::weekday wd, unsigned n) {
    return Date{sys_days{y / m / wd[n]}};
  };
  auto last_weekday = [&](std::chrono::month m, std::chrono::weekday wd) {
    return Date{sys_days{y / m / wd[std::chrono::last]}};
  };
  auto observed = [](Date d) {
    const auto wd = weekday_of(d);
    if (wd == Saturday) return add_days(d, -1);
    if (wd == Sunday) return add_days(d, 1);
    return d;
  };
  return {
      {observed(Date{y, January, day{1}}), "New Year's Day"},
      {nth(January, Monday, 3), "Martin Luther King Jr. Day"},
      {nth(February, Monday, 3), "Presidents' Day"},
      {last_weekday(May, Monday), "Memorial Day"},
      {observed(Date{y, June, day{19}}), "Juneteenth"},
      {observed(Date{y, July, day{4}}), "Independence Day"},
      {nth(September, Monday, 1), "Labor Day"},
      {nth(October, Monday, 2), "Columbus Day / Indigenous Peoples' Day"},
      {observed(Date{y, November, day{11}}), "Veterans Day"},
      {nth(November, Thursday, 4), "Thanksgiving Day"},
      {observed(Date{y, December, day{25}}), "Christmas Day"},
  };
}

}  // namespace caseload
