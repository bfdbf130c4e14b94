// A deadline the rules engine found for a student: what is due, when, why (the rule, its
// citation and how the date was counted), where it came from, and its state relative to "today".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/dates.hpp"
#include "caseload/ids.hpp"
#include "caseload/json_io.hpp"
#include "caseload/rule_profile.hpp"

namespace caseload {

enum class DeadlineStatus { kDone, kOverdue, kDueVerySoon, kDueSoon, kLater };
inline constexpr EnumEntry<DeadlineStatus> kDeadlineStatuses[] = {
    {DeadlineStatus::kDone, "done", "Done"},
    {DeadlineStatus::kOverdue, "overdue", "Overdue"},
    {DeadlineStatus::kDueVerySoon, "due_very_soon", "Due very soon"},
    {DeadlineStatus::kDueSoon, "due_soon", "Due soon"},
    {DeadlineStatus::kLater, "later", "Later"},
};
constexpr std::span<const EnumEntry<DeadlineStatus>> enum_entries(DeadlineStatus) {
  return kDeadlineStatuses;
}

// The record a deadline came from: a key date ("key_dates", field "consent_received"), a record
// in one of the student's lists ("suspensions" + id), or a reporting period of the settings.
struct SourceRef {
  std::string list;
  std::optional<Uuid> record_id;
  std::string field;
};

struct Deadline {
  Uuid student_id;
  DeadlineKind kind = DeadlineKind::kAnnualReview;
  std::string rule_id;
  std::string title;
  std::string citation;
  std::string basis;  // how the date was counted, in words
  Date trigger_date{};
  Date due{};
  std::optional<Date> advice;     // last business day on or before `due` when `due` is not one
  std::optional<Date> scheduled;  // a meeting already scheduled for it
  std::optional<Date> completed;
  DeadlineStatus status = DeadlineStatus::kLater;
  bool estimated = false;         // counted through days the school calendar does not cover
  SourceRef source;
};

DeadlineStatus status_for(Date due, const std::optional<Date>& completed, Date today,
                          const ProfileDefaults& defaults);

// Due date first, then the most urgent kind, then the student: a stable order for lists.
void sort_deadlines(std::vector<Deadline>& deadlines);

Json deadline_to_json(const Deadline& deadline);

}  // namespace caseload
