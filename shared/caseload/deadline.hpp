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

// Where in the student's file a deadline comes from, so the app can open that record.
enum class SourceList {
  kStudent, kKeyDates, kEvaluationExtension, kMeetings, kSuspensions, kRecordsRequests, kGoals,
  kContactLog, kReportingPeriods,
};
inline constexpr EnumEntry<SourceList> kSourceLists[] = {
    {SourceList::kStudent, "student", "Profile"},
    {SourceList::kKeyDates, "key_dates", "Key dates"},
    {SourceList::kEvaluationExtension, "evaluation_extension", "Evaluation extension"},
    {SourceList::kMeetings, "meetings", "Meetings"},
    {SourceList::kSuspensions, "suspensions", "Suspensions"},
    {SourceList::kRecordsRequests, "records_requests", "Records requests"},
    {SourceList::kGoals, "goals", "Goals"},
    {SourceList::kContactLog, "contact_log", "Contact log"},
    {SourceList::kReportingPeriods, "reporting_periods", "Reporting periods"},
};
constexpr std::span<const EnumEntry<SourceList>> enum_entries(SourceList) { return kSourceLists; }

struct SourceRef {
  SourceList list = SourceList::kKeyDates;
  std::optional<Uuid> record_id;    // a record in that list
  std::optional<Trigger> key_date;  // the key date (or date of birth) the clock runs from
  std::string period_id;            // a reporting period of the settings
};

struct Deadline {
  Uuid student_id;
  // The rule in the resolved profile the deadline was computed with. Deadlines are recomputed
  // whenever the profile changes, so the profile outlives them (it is never copied under them).
  const Rule* rule = nullptr;
  DeadlineKind kind = DeadlineKind::kAnnualReview;
  std::string subject;  // which one, when a rule yields several: "Quarter 2", "Reading fluency"
  std::string basis;    // how the date was counted, in words
  Date trigger_date{};
  Date due{};
  std::optional<Date> advice;     // last business day on or before `due` when `due` is not one
  std::optional<Date> scheduled;  // a meeting already scheduled for it
  std::optional<Date> completed;
  DeadlineStatus status = DeadlineStatus::kLater;
  bool estimated = false;         // counted through days the school calendar does not cover
  SourceRef source;

  // "Progress report to parents: Quarter 2".
  std::string title() const;
  std::string_view citation() const { return rule ? std::string_view(rule->citation) : std::string_view(); }
  std::string_view rule_id() const { return rule ? std::string_view(rule->id) : std::string_view(); }
};

DeadlineStatus status_for(Date due, const std::optional<Date>& completed, Date today,
                          const ProfileDefaults& defaults);

// Due date first, then the most urgent kind, then the student: a stable order for lists.
void sort_deadlines(std::vector<Deadline>& deadlines);

Json deadline_to_json(const Deadline& deadline);

}  // namespace caseload
