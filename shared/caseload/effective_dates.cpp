#include "caseload/effective_dates.hpp"

#include <algorithm>

namespace caseload {
namespace {

bool one_of(MeetingType type, std::initializer_list<MeetingType> types) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

}  // namespace

std::optional<Date> last_held_meeting(const Student& student, std::initializer_list<MeetingType> types) {
  std::optional<Date> result;
  for (const auto& meeting : student.meetings) {
    if (meeting.status == MeetingStatus::kHeld && one_of(meeting.type, types)) {
      result = latest(result, meeting.date);
    }
  }
  return result;
}

std::optional<Date> next_scheduled_meeting(const Student& student,
                                           std::initializer_list<MeetingType> types, Date from) {
  std::optional<Date> result;
  for (const auto& meeting : student.meetings) {
    if (meeting.status == MeetingStatus::kScheduled && one_of(meeting.type, types)
        && meeting.date >= from && (!result || meeting.date < *result)) {
      result = meeting.date;
    }
  }
  return result;
}

std::optional<Date> effective_last_iep(const Student& student) {
  return latest(student.key_dates.last_iep_meeting,
                last_held_meeting(student, {MeetingType::kInitial, MeetingType::kAnnual,
                                            MeetingType::kTriennial}));
}

std::optional<Date> effective_last_evaluation(const Student& student) {
  const auto from_meetings = last_held_meeting(student, {MeetingType::kTriennial});
  if (student.key_dates.last_evaluation) return latest(student.key_dates.last_evaluation, from_meetings);
  return latest(student.key_dates.initial_eligibility, from_meetings);
}

std::optional<Date> effective_plan_504(const Student& student) {
  return latest(student.key_dates.plan_504, last_held_meeting(student, {MeetingType::kPlan504}));
}

}  // namespace caseload
