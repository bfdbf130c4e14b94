#include "caseload/deadline.hpp"

#include <algorithm>
#include <cstdint>

namespace caseload {

std::string Deadline::title() const {
  std::string text = rule ? rule->title : std::string(to_label(kind));
  if (!subject.empty()) text += ": " + subject;
  return text;
}

DeadlineStatus status_for(Date due, const std::optional<Date>& completed, Date today,
                          const ProfileDefaults& defaults) {
  if (completed) return DeadlineStatus::kDone;
  const int days_left = days_between(today, due);
  if (days_left < 0) return DeadlineStatus::kOverdue;
  if (days_left <= defaults.due_very_soon_days) return DeadlineStatus::kDueVerySoon;
  if (days_left <= defaults.due_soon_days) return DeadlineStatus::kDueSoon;
  return DeadlineStatus::kLater;
}

// Sorts small keys and then moves each deadline once: moving whole deadlines (several strings
// each) through a merge sort cost more than computing them.
void sort_deadlines(std::vector<Deadline>& deadlines) {
  struct Key {
    int due;
    DeadlineKind kind;
    std::uint64_t student;  // the id's first 8 bytes: enough to order students, no pointer chase
    std::uint32_t index;
  };
  std::vector<Key> keys;
  keys.reserve(deadlines.size());
  for (std::uint32_t i = 0; i < deadlines.size(); ++i) {
    const Deadline& d = deadlines[i];
    std::uint64_t student = 0;
    for (std::size_t b = 0; b < 8; ++b) student = student << 8 | d.student_id.bytes[b];
    keys.push_back({static_cast<int>(day_number(d.due).time_since_epoch().count()), d.kind, student, i});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.due != b.due) return a.due < b.due;
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.student != b.student) return a.student < b.student;
    return a.index < b.index;  // stable
  });
  std::vector<Deadline> sorted;
  sorted.reserve(deadlines.size());
  for (const Key& key : keys) sorted.push_back(std::move(deadlines[key.index]));
  deadlines = std::move(sorted);
}

Json deadline_to_json(const Deadline& d) {
  Json out = {
      {"student_id", d.student_id.str()},
      {"kind", std::string(to_code(d.kind))},
      {"rule_id", std::string(d.rule_id())},
      {"title", d.title()},
      {"citation", std::string(d.citation())},
      {"basis", d.basis},
      {"trigger_date", format_date(d.trigger_date)},
      {"due", format_date(d.due)},
      {"status", std::string(to_code(d.status))},
      {"estimated", d.estimated},
  };
  if (d.advice) out["advice"] = format_date(*d.advice);
  if (d.scheduled) out["scheduled"] = format_date(*d.scheduled);
  if (d.completed) out["completed"] = format_date(*d.completed);
  Json source = {{"list", std::string(to_code(d.source.list))}};
  if (d.source.record_id) source["record_id"] = d.source.record_id->str();
  if (d.source.key_date) source["key_date"] = std::string(to_code(*d.source.key_date));
  if (!d.source.period_id.empty()) source["period_id"] = d.source.period_id;
  out["source"] = std::move(source);
  return out;
}

}  // namespace caseload
