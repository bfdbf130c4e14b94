#include "caseload/service_minutes.hpp"

#include <algorithm>

namespace caseload {
namespace {

Date month_start(Date d) { return Date{d.year(), d.month(), std::chrono::day{1}}; }
Date month_end(Date d) {
  return Date{std::chrono::year_month_day_last{d.year(), std::chrono::month_day_last{d.month()}}};
}

int required_minutes(const Service& service, const MinutesPeriod& period, bool is_week) {
  switch (service.frequency) {
    case ServiceFrequency::kPerDay: return service.minutes * period.school_days;
    case ServiceFrequency::kPerWeek:
      if (!is_week) return 0;  // weekly services are judged by week
      return period.school_days >= kMinSchoolDaysForFullWeek ? service.minutes : 0;
    case ServiceFrequency::kPerMonth:
      if (is_week) return 0;
      if (period.school_days >= kMinSchoolDaysForFullMonth) return service.minutes;
      return service.minutes * period.school_days / 20;
  }
  return 0;
}

// Builds consecutive periods [first, last] cut by `next_start` and fills required and delivered.
template <class NextStart, class PeriodEnd>
std::vector<MinutesPeriod> periods(const Service& service, const SchoolCalendar& calendar, Date first,
                                   Date last, Date today, bool is_week, NextStart start_of, PeriodEnd end_of) {
  std::vector<MinutesPeriod> result;
  for (Date start = start_of(first); start <= last; start = add_days(end_of(start), 1)) {
    MinutesPeriod p;
    p.start = std::max(start, first);
    p.end = std::min(end_of(start), last);
    p.school_days = calendar.count_school_days(add_days(p.start, -1), p.end);
    p.required = required_minutes(service, p, is_week);
    p.complete = end_of(start) < today;
    for (const auto& d : service.deliveries) {
      if (d.date < p.start || d.date > p.end) continue;
      if (d.missed) ++p.missed_sessions;
      (d.makeup ? p.makeup : p.delivered) += d.minutes;
    }
    result.push_back(p);
  }
  return result;
}

}  // namespace

ServiceMinutes summarize_service(const Service& service, const SchoolCalendar& calendar, Date today) {
  ServiceMinutes out;
  std::optional<Date> first = service.start;
  for (const auto& d : service.deliveries) {
    if (!first || d.date < *first) first = d.date;
  }
  if (!first || *first > today) return out;
  Date last = today;
  if (service.end && *service.end < last) last = *service.end;
  out.weeks = periods(service, calendar, *first, last, today, true, week_start,
                      [](Date d) { return add_days(week_start(d), 6); });
  out.months = periods(service, calendar, *first, last, today, false, month_start, month_end);
  const auto& judged = service.frequency == ServiceFrequency::kPerMonth ? out.months : out.weeks;
  for (const auto& p : judged) {
    out.makeup_delivered += p.makeup;
    if (!p.complete) continue;
    out.required_to_date += p.required;
    out.delivered_to_date += p.delivered;
    out.shortfall += std::max(0, p.required - p.delivered);
  }
  out.makeup_owed = std::max(0, out.shortfall - out.makeup_delivered);
  return out;
}

}  // namespace caseload
