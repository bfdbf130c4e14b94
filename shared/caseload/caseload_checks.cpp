#include "caseload/caseload_checks.hpp"

#include <set>

namespace caseload {
namespace {

std::string at(const std::string& path, const char* list, std::size_t index, const char* field = nullptr) {
  std::string p = path + "/" + list + "/" + std::to_string(index);
  if (field) p += std::string("/") + field;
  return p;
}

void check_not_before(const std::optional<Date>& later, const std::optional<Date>& earlier,
                      const std::string& path, const char* message, ValidationReport& report) {
  if (later && earlier && *later < *earlier) report.error(path, message);
}

// Every record id in a list is unique.
template <class T>
void check_unique_ids(const std::vector<T>& items, const std::string& path, const char* list,
                      ValidationReport& report) {
  std::set<Uuid> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!seen.insert(items[i].meta.id).second) {
      report.error(at(path, list, i, "id"), "the same id is used twice in " + std::string(list));
    }
  }
}

template <class T>
void check_timestamps(const std::vector<T>& items, const std::string& path, const char* list,
                      ValidationReport& report) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].meta.modified < items[i].meta.created) {
      report.warning(at(path, list, i, "modified"), "is earlier than created");
    }
  }
}

void check_key_dates(const KeyDates& k, const std::string& path, ValidationReport& report) {
  const std::string p = path + "/key_dates";
  check_not_before(k.consent_received, k.referral, p + "/consent_received",
                   "consent is dated before the referral", report);
  check_not_before(k.assessment_plan_sent, k.referral, p + "/assessment_plan_sent",
                   "the assessment plan is dated before the referral", report);
  check_not_before(k.initial_eligibility, k.consent_received, p + "/initial_eligibility",
                   "eligibility is dated before consent to evaluate", report);
}

void check_contact_log(const Student& s, const std::string& path, ValidationReport& report) {
  std::set<Uuid> contact_ids;
  for (const auto& c : s.contacts) contact_ids.insert(c.meta.id);
  for (std::size_t i = 0; i < s.contact_log.size(); ++i) {
    const auto& entry = s.contact_log[i];
    if (entry.contact_id && !contact_ids.contains(*entry.contact_id)) {
      report.error(at(path, "contact_log", i, "contact_id"), "refers to a contact that does not exist");
    }
  }
}

void check_meetings(const Student& s, const std::string& path, ValidationReport& report) {
  for (std::size_t i = 0; i < s.meetings.size(); ++i) {
    const auto& m = s.meetings[i];
    if (m.duration_minutes <= 0 || m.duration_minutes > 24 * 60) {
      report.error(at(path, "meetings", i, "duration_minutes"), "must be between 1 and 1440 minutes");
    }
    if (m.paperwork_submitted && *m.paperwork_submitted < m.date) {
      report.error(at(path, "meetings", i, "paperwork_submitted"), "is dated before the meeting");
    }
  }
}

void check_services(const Student& s, const std::string& path, ValidationReport& report) {
  for (std::size_t i = 0; i < s.services.size(); ++i) {
    const auto& service = s.services[i];
    const std::string p = at(path, "services", i);
    if (service.minutes < 0 || service.minutes > 10'000) {
      report.error(p + "/minutes", "must be between 0 and 10000 minutes");
    }
    check_not_before(service.end, service.start, p + "/end", "the service ends before it starts", report);
    check_unique_ids(service.deliveries, p, "deliveries", report);
    for (std::size_t j = 0; j < service.deliveries.size(); ++j) {
      const auto& d = service.deliveries[j];
      if (d.minutes < 0 || d.minutes > 24 * 60) {
        report.error(at(p, "deliveries", j, "minutes"), "must be between 0 and 1440 minutes");
      }
    }
  }
}

void check_acknowledgements(const Student& s, const std::string& path, ValidationReport& report) {
  std::set<Uuid> staff_ids;
  for (const auto& member : s.staff) staff_ids.insert(member.meta.id);
  for (std::size_t i = 0; i < s.acknowledgements.size(); ++i) {
    const auto& ack = s.acknowledgements[i];
    if (!staff_ids.contains(ack.staff_id)) {
      report.error(at(path, "acknowledgements", i, "staff_id"), "refers to a staff member who does not exist");
    }
    if (ack.plan_version < 1 || ack.plan_version > s.plan_version) {
      report.error(at(path, "acknowledgements", i, "plan_version"),
                   "must be between 1 and the student's plan version (" + std::to_string(s.plan_version) + ")");
    }
  }
}

void check_goals(const Student& s, const std::string& path, ValidationReport& report) {
  for (std::size_t i = 0; i < s.goals.size(); ++i) {
    const auto& goal = s.goals[i];
    if (goal.target_date < goal.start) {
      report.error(at(path, "goals", i, "target_date"), "is before the goal's start date");
    }
    check_unique_ids(goal.data, at(path, "goals", i), "data", report);
  }
}

void check_discipline_and_requests(const Student& s, const std::string& path, ValidationReport& report) {
  for (std::size_t i = 0; i < s.suspensions.size(); ++i) {
    const auto& susp = s.suspensions[i];
    if (susp.end < susp.start) report.error(at(path, "suspensions", i, "end"), "is before the start");
    const int span = days_between(susp.start, susp.end) + 1;
    if (susp.school_days < 0 || (susp.end >= susp.start && susp.school_days > span)) {
      report.error(at(path, "suspensions", i, "school_days"),
                   "must be between 0 and the number of days from start to end (" + std::to_string(span) + ")");
    }
  }
  for (std::size_t i = 0; i < s.records_requests.size(); ++i) {
    const auto& request = s.records_requests[i];
    if (request.fulfilled && *request.fulfilled < request.received) {
      report.error(at(path, "records_requests", i, "fulfilled"), "is before the request was received");
    }
  }
}

}  // namespace

void check_student(const Student& s, const std::string& path, ValidationReport& report) {
  if (s.first_name.empty() && s.last_name.empty()) {
    report.error(path + "/last_name", "a student needs a first or last name");
  }
  if (s.plan_version < 1) report.error(path + "/plan_version", "must be 1 or more");
  check_key_dates(s.key_dates, path, report);
  check_unique_ids(s.contacts, path, "contacts", report);
  check_unique_ids(s.contact_log, path, "contact_log", report);
  check_unique_ids(s.meetings, path, "meetings", report);
  check_unique_ids(s.services, path, "services", report);
  check_unique_ids(s.accommodations, path, "accommodations", report);
  check_unique_ids(s.staff, path, "staff", report);
  check_unique_ids(s.acknowledgements, path, "acknowledgements", report);
  check_unique_ids(s.goals, path, "goals", report);
  check_unique_ids(s.suspensions, path, "suspensions", report);
  check_unique_ids(s.records_requests, path, "records_requests", report);
  check_unique_ids(s.progress_statements, path, "progress_statements", report);
  check_unique_ids(s.notes, path, "notes", report);
  check_timestamps(s.contact_log, path, "contact_log", report);
  check_contact_log(s, path, report);
  check_meetings(s, path, report);
  check_services(s, path, report);
  check_acknowledgements(s, path, report);
  check_goals(s, path, report);
  check_discipline_and_requests(s, path, report);
}

void check_settings(const CaseloadSettings& settings, const std::string& path,
                    ValidationReport& report) {
  for (std::size_t i = 0; i < settings.school_years.size(); ++i) {
    const auto& year = settings.school_years[i];
    const std::string p = at(path, "school_years", i);
    if (year.last_day <= year.first_day) report.error(p + "/last_day", "is not after the first day");
    for (std::size_t j = 0; j < year.closures.size(); ++j) {
      const auto& closure = year.closures[j];
      if (closure.last < closure.first) report.error(at(p, "closures", j, "last"), "is before the first day");
      if (closure.first < year.first_day || closure.last > year.last_day) {
        report.warning(at(p, "closures", j), "lies outside the school year's first and last day");
      }
    }
    for (std::size_t k = i + 1; k < settings.school_years.size(); ++k) {
      const auto& other = settings.school_years[k];
      if (year.first_day <= other.last_day && other.first_day <= year.last_day) {
        report.error(p, "overlaps school year " + std::to_string(k));
      }
    }
  }
  std::set<std::string> period_ids;
  for (std::size_t i = 0; i < settings.reporting_periods.size(); ++i) {
    const auto& period = settings.reporting_periods[i];
    if (!period_ids.insert(period.id).second) {
      report.error(at(path, "reporting_periods", i, "id"), "the same period id is used twice");
    }
    if (period.end < period.start) report.error(at(path, "reporting_periods", i, "end"), "is before the start");
  }
  const auto& t = settings.thresholds;
  for (const auto& [value, name] : {std::pair{t.stale_data_days, "stale_data_days"},
                                    {t.parent_contact_days, "parent_contact_days"},
                                    {t.due_soon_days, "due_soon_days"},
                                    {t.due_very_soon_days, "due_very_soon_days"}}) {
    if (value && (*value < 1 || *value > 365)) {
      report.error(path + "/thresholds/" + name, "must be between 1 and 365 days");
    }
  }
  for (const auto& [value, name] : {std::pair{t.decision_min_points, "decision_min_points"},
                                    {t.decision_run_length, "decision_run_length"}}) {
    if (value && (*value < 2 || *value > 20)) {
      report.error(path + "/thresholds/" + name, "must be between 2 and 20 data points");
    }
  }
  if (t.expected_daily_hours && (*t.expected_daily_hours < 1 || *t.expected_daily_hours > 24)) {
    report.error(path + "/thresholds/expected_daily_hours", "must be between 1 and 24 hours");
  }
  check_unique_ids(settings.work_log, path, "work_log", report);
  for (std::size_t i = 0; i < settings.work_log.size(); ++i) {
    if (settings.work_log[i].end <= settings.work_log[i].start) {
      report.error(at(path, "work_log", i, "end"), "must be after the start");
    }
  }
}

void check_caseload(const Caseload& caseload, ValidationReport& report) {
  check_settings(caseload.settings, "/settings", report);
  std::set<Uuid> ids;
  for (std::size_t i = 0; i < caseload.students.size(); ++i) {
    const std::string path = "/students/" + std::to_string(i);
    if (!ids.insert(caseload.students[i].meta.id).second) {
      report.error(path + "/id", "two students have the same id");
    }
    check_student(caseload.students[i], path, report);
  }
}

}  // namespace caseload
