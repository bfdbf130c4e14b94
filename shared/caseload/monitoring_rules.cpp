// Cadence deadlines: progress reports home each reporting period, progress data on every active
// goal, and regular contact with the family.
#include <string>

#include "caseload/deadline_rules.hpp"
#include "caseload/effective_dates.hpp"

namespace caseload::rules {
namespace {

// Reporting periods before the student's plan began owe no report.
Date plan_start(const Student& s) {
  if (s.key_dates.initial_eligibility) return *s.key_dates.initial_eligibility;
  const Date created = date_of(s.meta.created);
  const auto last_iep = effective_last_iep(s);
  return last_iep && *last_iep < created ? *last_iep : created;
}

void progress_reports(const RuleContext& c) {
  const Date start = plan_start(c.student);
  for (const auto& period : c.inputs.settings.reporting_periods) {
    if (period.end < start) continue;
    std::string basis;
    basis.reserve(96);
    basis.append("Report for ").append(period.name.empty() ? period.id : period.name).append(" (");
    basis.append(format_date(period.start)).append(" to ").append(format_date(period.end));
    basis.append(") due ").append(format_date(period.report_due));
    Deadline& d = add_deadline(c, period.end, {period.report_due, false}, std::move(basis),
                               {SourceList::kReportingPeriods, std::nullopt, std::nullopt, period.id});
    d.subject = period.name.empty() ? period.id : period.name;
    for (const auto& sent : c.student.progress_reports) {
      if (sent.period_id == period.id) d.completed = sent.sent;
    }
  }
}

void stale_progress_data(const RuleContext& c) {
  const Date today = c.inputs.today;
  const int days = c.rule.offset.amount;
  for (const auto& goal : c.student.goals) {
    if (goal.start > today || goal.target_date < today) continue;  // not active
    Date last = goal.start;
    bool any = false;
    for (const auto& point : goal.data) {
      if (point.date <= today && (!any || point.date > last)) {
        last = point.date;
        any = true;
      }
    }
    std::string basis;
    basis.reserve(96);
    basis.append(any ? "Last data point on " : "No data since the goal started on ").append(format_date(last));
    basis.append("; a point is expected every ").append(std::to_string(days)).append(" days");
    Deadline& d = add_deadline(c, last, {add_days(last, days), false}, std::move(basis),
                               {SourceList::kGoals, goal.meta.id, std::nullopt, {}});
    d.subject = goal.area.empty() ? "goal" : goal.area;
  }
}

void parent_contact(const RuleContext& c) {
  const int days = c.rule.offset.amount;
  std::optional<Date> last;
  for (const auto& entry : c.student.contact_log) {
    if (entry.date <= c.inputs.today) last = latest(last, entry.date);
  }
  const Date from = last ? *last : date_of(c.student.meta.created);
  std::string basis = (last ? "Last logged contact on " + format_date(from)
                            : "No contact logged since the student was added on " + format_date(from))
                      + "; at least one every " + std::to_string(days) + " days";
  add_deadline(c, from, {add_days(from, days), false}, std::move(basis), {SourceList::kContactLog, std::nullopt, std::nullopt, {}});
}

}  // namespace

void monitoring_deadlines(const RuleContext& c) {
  switch (c.rule.kind) {
    case DeadlineKind::kProgressReport: progress_reports(c); break;
    case DeadlineKind::kStaleProgressData: stale_progress_data(c); break;
    case DeadlineKind::kParentContact: parent_contact(c); break;
    default: break;
  }
}

}  // namespace caseload::rules
