// A whole caseload: the case manager's settings (profile, schools, rule profile and district
// overrides, school calendar, reporting periods, monitoring thresholds) and their students.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/school_calendar.hpp"
#include "caseload/student_records.hpp"

namespace caseload {

struct CaseManager {
  std::string name;
  std::string role;  // "Education specialist", "SLP"...
  std::string email;
};

// A progress-reporting period (report cards): reports home are due on report_due.
struct ReportingPeriod {
  std::string id;    // stable within the caseload ("2026-q1")
  std::string name;  // "Quarter 1"
  Date start{};
  Date end{};
  Date report_due{};
};

// A district's change to one rule of its state profile: a different offset, or the rule off.
struct RuleOverride {
  std::string rule_id;
  std::optional<Offset> offset;
  bool disabled = false;
};

// Monitoring thresholds; unset values take the rule profile's defaults.
struct MonitoringThresholds {
  std::optional<int> stale_data_days;      // no data point on a goal for this long
  std::optional<int> parent_contact_days;  // at least one logged contact this often
  std::optional<int> due_soon_days;        // "due within 30 days"
  std::optional<int> due_very_soon_days;   // "due within 7 days"
  std::optional<int> decision_min_points;  // fewer data points: "not enough data" (default 3)
  std::optional<int> decision_run_length;  // this many latest points below the aimline: change (default 4)
  std::optional<int> expected_daily_hours; // the hours log compares each day with this (default 6)
};

// One stretch of the case manager's own work: office hours, a meeting, paperwork.
struct WorkEntry {
  RecordMeta meta;
  Date date{};
  TimeOfDay start{};
  TimeOfDay end{};
  std::string activity;  // "Office hours", "IEP meetings", "Paperwork"...
  std::string note;
};

struct CaseloadSettings {
  CaseManager case_manager;
  std::vector<std::string> schools;
  std::string rule_profile = "federal";
  std::vector<RuleOverride> rule_overrides;
  std::vector<SchoolYear> school_years;
  std::vector<Holiday> holidays;
  std::vector<ReportingPeriod> reporting_periods;
  MonitoringThresholds thresholds;
  std::vector<WorkEntry> work_log;
  Timestamp modified{};
};

struct Caseload {
  CaseloadSettings settings;
  std::vector<Student> students;
  bool demo = false;  // generated demo data, clearly marked in the app
};

inline SchoolCalendar make_calendar(const CaseloadSettings& settings) {
  return SchoolCalendar(settings.school_years, settings.holidays);
}

}  // namespace caseload
