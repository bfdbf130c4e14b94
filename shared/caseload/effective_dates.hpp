// The dates a timeline really runs from, combining the key dates the case manager entered with
// the meetings recorded as held (a held annual meeting restarts the annual clock even if the key
// date was not updated).
#pragma once

#include <initializer_list>
#include <optional>

#include "caseload/student_records.hpp"

namespace caseload {

// The latest held meeting of any of these types, if any.
std::optional<Date> last_held_meeting(const Student& student, std::initializer_list<MeetingType> types);
// The next scheduled (not held, not cancelled) meeting of these types on or after `from`.
std::optional<Date> next_scheduled_meeting(const Student& student,
                                           std::initializer_list<MeetingType> types, Date from);

// Last IEP meeting that set the current plan: key date or a held initial/annual/triennial meeting.
std::optional<Date> effective_last_iep(const Student& student);
// Last evaluation: key date, else the initial eligibility (the initial evaluation).
std::optional<Date> effective_last_evaluation(const Student& student);
// Current 504 plan date: key date or a held 504 meeting.
std::optional<Date> effective_plan_504(const Student& student);

inline std::optional<Date> latest(std::optional<Date> a, std::optional<Date> b) {
  if (!a) return b;
  if (!b) return a;
  return *a < *b ? b : a;
}

}  // namespace caseload
