// Deadlines that run from records: discipline (manifestation determination), parent records
// requests, and review meetings scheduled after the plan they replace expires.
#include <algorithm>
#include <map>
#include <string>

#include "caseload/deadline_rules.hpp"
#include "caseload/effective_dates.hpp"

namespace caseload::rules {
namespace {

// Suspensions are counted per school year: the session containing the day, else July-June.
Date school_year_key(Date date, const SchoolCalendar& calendar) {
  if (auto end = calendar.session_end(date)) return end->date;
  const int y = static_cast<int>(date.year());
  const int end_year = static_cast<unsigned>(date.month()) >= 7 ? y + 1 : y;
  return Date{std::chrono::year{end_year}, std::chrono::June, std::chrono::day{30}};
}

void manifestation_determination(const RuleContext& c) {
  const int threshold = c.inputs.profile.defaults.suspension_threshold_days;
  std::map<Date, std::vector<const Suspension*>> by_year;
  for (const auto& s : c.student.suspensions) {
    if (s.kind == SuspensionKind::kOutOfSchool) by_year[school_year_key(s.start, c.inputs.calendar)].push_back(&s);
  }
  for (auto& [year_end, removals] : by_year) {
    std::sort(removals.begin(), removals.end(),
              [](const Suspension* a, const Suspension* b) { return a->start < b->start; });
    int total = 0;
    for (const Suspension* removal : removals) {
      total += removal->school_days;
      const bool long_removal = removal->school_days > threshold;
      if (!long_removal && total <= threshold) continue;
      std::string basis;
      const CalendarDate due = offset_from(c.rule, removal->start, c.inputs.calendar, basis);
      basis = (long_removal ? "A removal of " + std::to_string(removal->school_days)
                                  + " consecutive school days"
                            : "Removals total " + std::to_string(total) + " school days this school year")
              + " (more than " + std::to_string(threshold) + "): " + basis
              + ". Services are owed from the " + std::to_string(threshold + 1) + "th day";
      Deadline& d = add_deadline(c, removal->start, due, std::move(basis),
                                 {SourceList::kSuspensions, removal->meta.id, std::nullopt, {}});
      for (const auto& m : c.student.meetings) {
        if (m.type == MeetingType::kManifestation && m.status == MeetingStatus::kHeld
            && m.date >= removal->start && (!d.completed || m.date < *d.completed)) {
          d.completed = m.date;
        }
      }
      d.scheduled = next_scheduled_meeting(c.student, {MeetingType::kManifestation}, removal->start);
      break;  // one determination per school year; later removals follow from its outcome
    }
  }
}

void records_requests(const RuleContext& c) {
  for (const auto& request : c.student.records_requests) {
    std::string basis;
    CalendarDate due = offset_from(c.rule, request.received, c.inputs.calendar, basis);
    // "Before any IEP meeting": a meeting inside the window brings the date forward.
    for (const auto& m : c.student.meetings) {
      const bool iep = m.type != MeetingType::kCheckIn && m.type != MeetingType::kPlan504;
      if (iep && m.status != MeetingStatus::kCancelled && m.date > request.received && m.date <= due.date) {
        const Date before = add_days(m.date, -1);
        if (before < due.date) {
          due.date = before;
          basis += "; and before the IEP meeting on " + format_date(m.date);
        }
      }
    }
    Deadline& d = add_deadline(c, request.received, due, std::move(basis),
                               {SourceList::kRecordsRequests, request.meta.id, std::nullopt, {}});
    d.completed = request.fulfilled;
  }
}

void check_meeting_against(const RuleContext& c, const Meeting& meeting, DeadlineKind kind,
                           const char* plan_name) {
  const Rule* rule = c.inputs.profile.find_rule(kind);
  if (!rule) return;
  const auto last = kind == DeadlineKind::kTriennial      ? effective_last_evaluation(c.student)
                    : kind == DeadlineKind::kPlan504Review ? effective_plan_504(c.student)
                                                            : effective_last_iep(c.student);
  if (!last) return;
  std::string ignored;
  const CalendarDate expiry = offset_from(*rule, *last, c.inputs.calendar, ignored);
  if (meeting.date <= expiry.date) return;
  std::string basis = std::string(to_label(meeting.type)) + " scheduled for " + format_date(meeting.date)
                      + ", after the " + plan_name + " due date " + format_date(expiry.date)
                      + " (" + rule->citation + ")";
  Deadline& d = add_deadline(c, meeting.date, expiry, std::move(basis), {SourceList::kMeetings, meeting.meta.id, std::nullopt, {}});
  d.scheduled = meeting.date;
}

void meetings_after_expiry(const RuleContext& c) {
  for (const auto& meeting : c.student.meetings) {
    if (meeting.status != MeetingStatus::kScheduled) continue;
    switch (meeting.type) {
      case MeetingType::kAnnual:
        check_meeting_against(c, meeting, DeadlineKind::kAnnualReview, "annual review");
        break;
      case MeetingType::kTriennial:
        check_meeting_against(c, meeting, DeadlineKind::kAnnualReview, "annual review");
        check_meeting_against(c, meeting, DeadlineKind::kTriennial, "triennial");
        break;
      case MeetingType::kPlan504:
        check_meeting_against(c, meeting, DeadlineKind::kPlan504Review, "504 review");
        break;
      default: break;
    }
  }
}

}  // namespace

void record_deadlines(const RuleContext& c) {
  switch (c.rule.kind) {
    case DeadlineKind::kManifestationDetermination: manifestation_determination(c); break;
    case DeadlineKind::kRecordsRequest: records_requests(c); break;
    case DeadlineKind::kMeetingAfterExpiry: meetings_after_expiry(c); break;
    default: break;
  }
}

}  // namespace caseload::rules
