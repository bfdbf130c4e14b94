// Shared fixtures for the core tests: a hand-written school calendar (2026-27 and 2027-28, the
// dates worked examples are checked against) and small builders for students and records.
#pragma once

#include <string>

#include "caseload/caseload.hpp"
#include "caseload/deadline_engine.hpp"
#include "caseload/ids.hpp"
#include "caseload/rule_profile.hpp"

namespace fixtures {

using caseload::Date;

inline Date d(const char* iso) {
  auto date = caseload::parse_date(iso);
  if (!date) throw std::invalid_argument(std::string("bad fixture date ") + iso);
  return *date;
}

inline caseload::Closure closure(const char* first, const char* last, const char* name,
                                 caseload::ClosureKind kind) {
  return {d(first), d(last), name, kind};
}

// 2026-27: Wed Aug 19 2026 to Thu Jun 10 2027. Labor Day Mon Sep 7 (holiday), Veterans Day
// Wed Nov 11 (holiday), Thanksgiving break Wed-Fri Nov 25-27 (3 weekdays), winter break
// Mon Dec 21 - Fri Jan 1 (10 weekdays), MLK Mon Jan 18, Presidents' Day Mon Feb 15, spring break
// Mon-Fri Mar 22-26 (5 weekdays), Memorial Day Mon May 31.
inline caseload::SchoolYear year_2026_27() {
  using caseload::ClosureKind;
  caseload::SchoolYear y;
  y.name = "2026-27";
  y.first_day = d("2026-08-19");
  y.last_day = d("2027-06-10");
  y.closures = {
      closure("2026-09-07", "2026-09-07", "Labor Day", ClosureKind::kHoliday),
      closure("2026-11-11", "2026-11-11", "Veterans Day", ClosureKind::kHoliday),
      closure("2026-11-25", "2026-11-27", "Thanksgiving break", ClosureKind::kBreak),
      closure("2026-12-21", "2027-01-01", "Winter break", ClosureKind::kBreak),
      closure("2027-01-18", "2027-01-18", "MLK Day", ClosureKind::kHoliday),
      closure("2027-02-15", "2027-02-15", "Presidents' Day", ClosureKind::kHoliday),
      closure("2027-03-22", "2027-03-26", "Spring break", ClosureKind::kBreak),
      closure("2027-05-31", "2027-05-31", "Memorial Day", ClosureKind::kHoliday),
  };
  return y;
}

// 2027-28 starts Wed Aug 18 2027 and ends Thu Jun 8 2028 (no closures needed by the tests).
inline caseload::SchoolYear year_2027_28() {
  caseload::SchoolYear y;
  y.name = "2027-28";
  y.first_day = d("2027-08-18");
  y.last_day = d("2028-06-08");
  return y;
}

// Holidays for business days: Thanksgiving, Christmas and New Year's Day fall inside breaks.
inline std::vector<caseload::Holiday> holidays() {
  return {{d("2026-11-26"), "Thanksgiving"}, {d("2026-12-25"), "Christmas"}, {d("2027-01-01"), "New Year"}};
}

inline caseload::CaseloadSettings settings(const char* profile = "federal") {
  caseload::CaseloadSettings s;
  s.rule_profile = profile;
  s.school_years = {year_2026_27(), year_2027_28()};
  s.holidays = holidays();
  return s;
}

inline caseload::SchoolCalendar calendar() {
  return caseload::SchoolCalendar({year_2026_27(), year_2027_28()}, holidays());
}

inline caseload::Uuid id(int n) {
  char text[40];
  std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
  return *caseload::parse_uuid(text);
}

inline caseload::RecordMeta meta(int n, const char* created = "2026-08-01") {
  caseload::RecordMeta m;
  m.id = id(n);
  m.created = caseload::Timestamp{caseload::day_number(d(created))};
  m.modified = m.created;
  return m;
}

inline caseload::Student student(caseload::PlanType plan = caseload::PlanType::kIep) {
  caseload::Student s;
  s.meta = meta(1);
  s.first_name = "Test";
  s.last_name = "Pupil";
  s.plan_type = plan;
  return s;
}

// Resolves a builtin profile against settings; throws if it does not resolve.
inline caseload::RuleProfile profile(const caseload::CaseloadSettings& s) {
  auto resolved = caseload::resolve_profile(s.rule_profile, s);
  if (!resolved) throw std::runtime_error(resolved.error().describe());
  return *resolved;
}

// Deadlines of one kind for a student, computed as of `today`.
struct Engine {
  caseload::CaseloadSettings settings_;
  caseload::RuleProfile profile_;
  caseload::SchoolCalendar calendar_;

  explicit Engine(caseload::CaseloadSettings s)
      : settings_(std::move(s)), profile_(profile(settings_)), calendar_(caseload::make_calendar(settings_)) {}
  explicit Engine(const char* profile_id = "federal") : Engine(settings(profile_id)) {}

  std::vector<caseload::Deadline> of(const caseload::Student& s, caseload::DeadlineKind kind,
                                     Date today) const {
    const caseload::DeadlineInputs inputs{profile_, calendar_, settings_, today};
    std::vector<caseload::Deadline> all = caseload::student_deadlines(s, inputs), matching;
    for (auto& deadline : all) {
      if (deadline.kind == kind) matching.push_back(deadline);
    }
    return matching;
  }
};

}  // namespace fixtures
