#include "caseload/meeting_checklist.hpp"

#include <set>

namespace caseload {
namespace {

std::optional<Date> ticked(const Meeting& meeting, const std::string& step) {
  for (const auto& mark : meeting.checklist) {
    if (mark.step == step) return mark.done;
  }
  return std::nullopt;
}

struct Attempts {
  int count = 0;
  int methods = 0;
  std::optional<Date> last;
};

// Contact-log entries in the window before the meeting (up to the meeting day itself).
Attempts contact_attempts(const Student& student, const Meeting& meeting, int window_days) {
  const Date from = add_days(meeting.date, -window_days);
  Attempts attempts;
  std::set<ContactMethod> methods;
  for (const auto& entry : student.contact_log) {
    if (entry.date < from || entry.date > meeting.date) continue;
    ++attempts.count;
    methods.insert(entry.method);
    if (!attempts.last || entry.date > *attempts.last) attempts.last = entry.date;
  }
  attempts.methods = static_cast<int>(methods.size());
  return attempts;
}

}  // namespace

bool has_checklist(const Meeting& meeting) {
  return meeting.type != MeetingType::kCheckIn && meeting.type != MeetingType::kOther
         && meeting.status != MeetingStatus::kCancelled;
}

MeetingChecklist build_checklist(const Meeting& meeting, const Student& student,
                                 const RuleProfile& profile, const SchoolCalendar& calendar,
                                 Date today) {
  MeetingChecklist list;
  const Attempts attempts = contact_attempts(student, meeting, profile.defaults.contact_window_days);
  list.contact_attempts = attempts.count;
  list.distinct_methods = attempts.methods;
  if (student.date_of_birth) list.student_age = age_on(*student.date_of_birth, meeting.date);

  for (const auto& step : profile.checklist) {
    if (step.disabled) continue;
    if (step.check == StepCheck::kStudentInvite && (!list.student_age || *list.student_age < step.min_age)) {
      continue;  // the step applies from the student's age
    }
    ChecklistItem item;
    item.step_id = step.id;
    item.title = step.title;
    item.citation = step.citation;
    const CalendarDate due = calendar.add(meeting.date, step.offset);
    item.due = due.date;
    item.estimated = due.estimated;
    switch (step.check) {
      case StepCheck::kManual:
      case StepCheck::kStudentInvite:
        item.done_on = ticked(meeting, step.id);
        if (step.check == StepCheck::kStudentInvite) {
          item.detail = "student is " + std::to_string(*list.student_age) + " on the meeting date";
        }
        break;
      case StepCheck::kParentContacts:
        item.detail = std::to_string(attempts.count) + " of " + std::to_string(step.min_attempts)
                      + " attempts, " + std::to_string(attempts.methods) + " of "
                      + std::to_string(step.min_methods) + " methods";
        if (attempts.count >= step.min_attempts && attempts.methods >= step.min_methods) {
          item.done_on = attempts.last;
        }
        break;
      case StepCheck::kPaperwork: item.done_on = meeting.paperwork_submitted; break;
    }
    item.done = item.done_on.has_value();
    item.status = status_for(item.due, item.done_on, today, profile.defaults);
    if (item.done) ++list.done_count;
    list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace caseload
