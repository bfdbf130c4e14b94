#include "caseload/deadline_engine.hpp"

#include <algorithm>

#include "caseload/deadline_rules.hpp"
#include "caseload/effective_dates.hpp"

namespace caseload {
namespace rules {

Deadline& add_deadline(const RuleContext& context, Date trigger, CalendarDate due, std::string basis,
                       SourceRef source) {
  Deadline& d = context.out.emplace_back();
  d.student_id = context.student.meta.id;
  d.rule = &context.rule;
  d.kind = context.rule.kind;
  d.basis = std::move(basis);
  d.trigger_date = trigger;
  d.due = due.date;
  d.estimated = due.estimated;
  d.source = std::move(source);
  const SchoolCalendar& calendar = context.inputs.calendar;
  if (!calendar.is_business_day(due.date)) {
    d.advice = calendar.last_business_day_on_or_before(due.date);
  }
  return d;
}

CalendarDate offset_from(const Rule& rule, Date from, const SchoolCalendar& calendar,
                         std::string& basis) {
  const Offset& offset = rule.offset;
  basis.reserve(120);
  basis = describe(offset);
  basis.append(" after ").append(to_label(rule.trigger)).append(" on ").append(format_date(from));
  if (offset.unit == OffsetUnit::kYears) {
    switch (rule.annual_reading) {
      case AnnualReading::kAnniversary: return {add_years_clamped(from, offset.amount), false};
      case AnnualReading::kDays365: return {add_days(from, 365 * offset.amount), false};
      case AnnualReading::kDayBeforeAnniversary:
        return {add_days(add_years_clamped(from, offset.amount), -1), false};
    }
  }
  if (rule.exclude_breaks && offset.unit == OffsetUnit::kCalendarDays && offset.amount > 0) {
    const CalendarDate due = calendar.add_days_excluding_breaks(from, offset.amount, *rule.exclude_breaks);
    const int left_out = days_between(from, due.date) - offset.amount;
    if (left_out > 0) {
      basis += ", not counting " + std::to_string(left_out) + " days of school breaks and days between sessions";
    }
    return due;
  }
  return calendar.add(from, offset);
}

}  // namespace rules

namespace {

bool applies(const Rule& rule, PlanType plan) {
  return std::find(rule.applies_to.begin(), rule.applies_to.end(), plan) != rule.applies_to.end();
}

bool is_key_date_rule(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::kManifestationDetermination:
    case DeadlineKind::kRecordsRequest:
    case DeadlineKind::kMeetingAfterExpiry:
    case DeadlineKind::kProgressReport:
    case DeadlineKind::kStaleProgressData:
    case DeadlineKind::kParentContact: return false;
    default: return true;
  }
}

bool is_cadence(DeadlineKind kind) {
  return kind == DeadlineKind::kStaleProgressData || kind == DeadlineKind::kParentContact;
}

bool is_record_rule(DeadlineKind kind) {
  return kind == DeadlineKind::kManifestationDetermination || kind == DeadlineKind::kRecordsRequest
         || kind == DeadlineKind::kMeetingAfterExpiry;
}

}  // namespace

void append_student_deadlines(const Student& student, const DeadlineInputs& inputs,
                              std::vector<Deadline>& out) {
  const std::size_t first = out.size();
  for (const Rule& rule : inputs.profile.rules) {
    if (rule.disabled || !applies(rule, student.plan_type)) continue;
    const rules::RuleContext context{student, rule, inputs, out};
    if (is_key_date_rule(rule.kind)) {
      rules::key_date_deadlines(context);
    } else if (is_record_rule(rule.kind)) {
      rules::record_deadlines(context);
    } else {
      rules::monitoring_deadlines(context);
    }
  }
  const Date history_limit = add_days(inputs.today, -kHistoryDays);
  std::size_t kept = first;
  for (std::size_t i = first; i < out.size(); ++i) {
    Deadline& d = out[i];
    if (d.completed && d.due < history_limit) continue;
    d.status = status_for(d.due, d.completed, inputs.today, inputs.profile.defaults);
    // A cadence shorter than the due-soon window would always be "due soon": only its last days count.
    if (is_cadence(d.kind) && d.status == DeadlineStatus::kDueSoon) d.status = DeadlineStatus::kLater;
    if (kept != i) out[kept] = std::move(d);
    ++kept;
  }
  out.resize(kept);
}

std::vector<Deadline> student_deadlines(const Student& student, const DeadlineInputs& inputs) {
  std::vector<Deadline> out;
  append_student_deadlines(student, inputs, out);
  sort_deadlines(out);
  return out;
}

std::vector<Deadline> caseload_deadlines(const Caseload& caseload, const DeadlineInputs& inputs) {
  std::vector<Deadline> out;
  out.reserve(caseload.students.size() * 10);
  for (const auto& student : caseload.students) append_student_deadlines(student, inputs, out);
  sort_deadlines(out);
  return out;
}

std::optional<CalendarDate> annual_review_due(const Student& student, const RuleProfile& profile,
                                              const SchoolCalendar& calendar) {
  const Rule* rule = profile.find_rule(DeadlineKind::kAnnualReview);
  const auto last = effective_last_iep(student);
  if (!rule || !last) return std::nullopt;
  std::string basis;
  return rules::offset_from(*rule, *last, calendar, basis);
}

}  // namespace caseload
