#include "caseload/work_log.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "caseload/csv.hpp"

namespace caseload {
namespace {

Date monday_of(Date date) {
  const unsigned from_monday = (weekday_of(date).c_encoding() + 6) % 7;
  return add_days(date, -static_cast<int>(from_monday));
}

int expected_minutes_on(Date date, const SchoolCalendar& calendar, int daily_hours) {
  const bool working = calendar.has_school_years() && calendar.in_session(date) ? calendar.is_school_day(date)
                                                                                : !is_weekend(date);
  return working ? daily_hours * 60 : 0;
}

double hours_of(int minutes) { return std::round(minutes / 60.0 * 100) / 100; }

}  // namespace

int minutes_of(const WorkEntry& entry) { return std::max(0, entry.end.minutes - entry.start.minutes); }

std::string format_hours(int minutes) {
  const int h = minutes / 60, m = minutes % 60;
  if (h == 0) return std::to_string(m) + " min";
  return std::to_string(h) + " h" + (m ? " " + std::to_string(m) + " min" : "");
}

std::vector<WeekTotal> weekly_totals(const CaseloadSettings& settings, Date from, Date to) {
  const SchoolCalendar calendar = make_calendar(settings);
  const int daily_hours = settings.thresholds.expected_daily_hours.value_or(kDefaultExpectedDailyHours);
  std::map<Date, int> minutes_by_day;
  std::map<Date, std::map<std::string, int>> activities_by_week;
  for (const auto& e : settings.work_log) {
    if (e.date < monday_of(from) || e.date > to) continue;
    minutes_by_day[e.date] += minutes_of(e);
    activities_by_week[monday_of(e.date)][e.activity.empty() ? "Other" : e.activity] += minutes_of(e);
  }
  std::vector<WeekTotal> weeks;
  for (Date monday = monday_of(to); monday >= monday_of(from); monday = add_days(monday, -7)) {
    WeekTotal week;
    week.monday = monday;
    for (int i = 0; i < 7; ++i) {
      const Date day = add_days(monday, i);
      const auto worked = minutes_by_day.find(day);
      DayTotal total{day, worked == minutes_by_day.end() ? 0 : worked->second,
                     expected_minutes_on(day, calendar, daily_hours)};
      week.minutes += total.minutes;
      week.expected_minutes += total.expected_minutes;
      if (total.minutes || total.expected_minutes) week.days.push_back(total);
    }
    for (const auto& [activity, minutes] : activities_by_week[monday]) week.by_activity.emplace_back(activity, minutes);
    std::sort(week.by_activity.begin(), week.by_activity.end(), [](auto& a, auto& b) { return a.second > b.second; });
    weeks.push_back(std::move(week));
  }
  return weeks;
}

std::string work_log_csv(const CaseloadSettings& settings, Date from, Date to) {
  std::vector<const WorkEntry*> entries;
  for (const auto& e : settings.work_log) {
    if (e.date >= from && e.date <= to) entries.push_back(&e);
  }
  std::sort(entries.begin(), entries.end(), [](const WorkEntry* a, const WorkEntry* b) {
    return std::tie(a->date, a->start) < std::tie(b->date, b->start);
  });
  CsvWriter csv;
  csv.plain("Date").plain("Start").plain("End").plain("Hours").plain("Activity").plain("Note").end_row();
  int total = 0;
  for (const WorkEntry* e : entries) {
    total += minutes_of(*e);
    csv.plain(format_date(e->date)).plain(format_time_of_day(e->start)).plain(format_time_of_day(e->end));
    csv.number(hours_of(minutes_of(*e))).text(e->activity).text(e->note).end_row();
  }
  csv.plain("Total").plain("").plain("").number(hours_of(total)).plain("").plain("").end_row();
  return csv.str();
}

}  // namespace caseload
