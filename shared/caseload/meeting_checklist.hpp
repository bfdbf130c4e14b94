// The IEP meeting checklist: from a meeting's date, each preparation and follow-up step with its
// own due date (offsets from the rule profile) and whether it is done, read from the records where
// the records can tell (contact attempts from the contact log, paperwork from its submitted date)
// and from the case manager's ticks otherwise.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/deadline.hpp"
#include "caseload/rule_profile.hpp"
#include "caseload/school_calendar.hpp"
#include "caseload/student_records.hpp"

namespace caseload {

struct ChecklistItem {
  std::string step_id;
  std::string title;
  std::string citation;
  Date due{};
  bool estimated = false;
  bool done = false;
  std::optional<Date> done_on;
  std::string detail;  // "2 of 3 attempts, 1 of 2 methods", "student is 15"
  DeadlineStatus status = DeadlineStatus::kLater;
};

struct MeetingChecklist {
  std::vector<ChecklistItem> items;
  int done_count = 0;
  int contact_attempts = 0;   // logged in the window before the meeting
  int distinct_methods = 0;
  std::optional<int> student_age;  // on the meeting date
};

// Meetings that get the IEP checklist (IEP and 504 meetings; not check-ins).
bool has_checklist(const Meeting& meeting);

MeetingChecklist build_checklist(const Meeting& meeting, const Student& student,
                                 const RuleProfile& profile, const SchoolCalendar& calendar,
                                 Date today);

}  // namespace caseload
