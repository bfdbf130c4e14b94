// The compliance rules engine: for every student, every deadline the resolved rule profile
// produces (initial timelines, annual and triennial reviews, 504 reviews, transition, progress
// reports, discipline, records requests, monitoring cadence, meetings after expiry), with its
// status relative to `today`. Pure and deterministic: the same inputs give the same list.
#pragma once

#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/deadline.hpp"
#include "caseload/rule_profile.hpp"
#include "caseload/school_calendar.hpp"

namespace caseload {

// Completed deadlines that were due longer ago than this are history, not work: left out.
inline constexpr int kHistoryDays = 365;

struct DeadlineInputs {
  const RuleProfile& profile;  // resolved (resolve_profile)
  const SchoolCalendar& calendar;
  const CaseloadSettings& settings;
  Date today;
};

// Appends the student's deadlines (unsorted) to `out`. Cadence items (progress data, parent
// contact) are "due very soon" in their last days and "later" before, never "due soon".
void append_student_deadlines(const Student& student, const DeadlineInputs& inputs,
                              std::vector<Deadline>& out);
std::vector<Deadline> student_deadlines(const Student& student, const DeadlineInputs& inputs);
// Every student's deadlines, sorted by due date.
std::vector<Deadline> caseload_deadlines(const Caseload& caseload, const DeadlineInputs& inputs);

// The annual review due date of the current plan, if the profile has the rule and the student a
// last IEP date (used by the meeting checklist and the caseload table).
std::optional<CalendarDate> annual_review_due(const Student& student, const RuleProfile& profile,
                                              const SchoolCalendar& calendar);

}  // namespace caseload
