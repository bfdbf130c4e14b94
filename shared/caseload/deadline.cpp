#include "caseload/deadline.hpp"

#include <algorithm>
#include <tuple>

namespace caseload {

DeadlineStatus status_for(Date due, const std::optional<Date>& completed, Date today,
                          const ProfileDefaults& defaults) {
  if (completed) return DeadlineStatus::kDone;
  const int days_left = days_between(today, due);
  if (days_left < 0) return DeadlineStatus::kOverdue;
  if (days_left <= defaults.due_very_soon_days) return DeadlineStatus::kDueVerySoon;
  if (days_left <= defaults.due_soon_days) return DeadlineStatus::kDueSoon;
  return DeadlineStatus::kLater;
}

void sort_deadlines(std::vector<Deadline>& deadlines) {
  std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline& a, const Deadline& b) {
    return std::tie(a.due, a.kind, a.student_id, a.source.field)
           < std::tie(b.due, b.kind, b.student_id, b.source.field);
  });
}

Json deadline_to_json(const Deadline& d) {
  Json out = {
      {"student_id", d.student_id.text},
      {"kind", std::string(to_code(d.kind))},
      {"rule_id", d.rule_id},
      {"title", d.title},
      {"citation", d.citation},
      {"basis", d.basis},
      {"trigger_date", format_date(d.trigger_date)},
      {"due", format_date(d.due)},
      {"status", std::string(to_code(d.status))},
      {"estimated", d.estimated},
  };
  if (d.advice) out["advice"] = format_date(*d.advice);
  if (d.scheduled) out["scheduled"] = format_date(*d.scheduled);
  if (d.completed) out["completed"] = format_date(*d.completed);
  Json source = {{"list", d.source.list}};
  if (d.source.record_id) source["record_id"] = d.source.record_id->text;
  if (!d.source.field.empty()) source["field"] = d.source.field;
  out["source"] = std::move(source);
  return out;
}

}  // namespace caseload
