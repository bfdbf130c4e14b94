// Deadlines that run from one of the student's key dates.
#include <string>

#include "caseload/deadline_rules.hpp"
#include "caseload/effective_dates.hpp"

namespace caseload::rules {
namespace {

constexpr std::initializer_list<MeetingType> kIepMeetings = {
    MeetingType::kInitial, MeetingType::kAnnual, MeetingType::kTriennial, MeetingType::kAmendment};

std::optional<Date> key_date(const Student& s, Trigger trigger) {
  switch (trigger) {
    case Trigger::kReferral: return s.key_dates.referral;
    case Trigger::kConsentReceived: return s.key_dates.consent_received;
    case Trigger::kInitialEligibility: return s.key_dates.initial_eligibility;
    case Trigger::kLastIepMeeting: return effective_last_iep(s);
    case Trigger::kLastEvaluation: return effective_last_evaluation(s);
    case Trigger::kPlan504: return effective_plan_504(s);
    case Trigger::kDateOfBirth: return s.date_of_birth;
    case Trigger::kParentMeetingRequest: return s.key_dates.parent_meeting_request;
    default: return std::nullopt;
  }
}

SourceRef key_date_source(Trigger trigger) {
  return {trigger == Trigger::kDateOfBirth ? SourceList::kStudent : SourceList::kKeyDates, std::nullopt,
          trigger, {}};
}

// The end-of-year rule (California): an event close to the last day of school moves the
// deadline to a count from the first day of the next school year.
std::optional<CalendarDate> end_of_year_due(const RuleContext& c, Date trigger, std::string& basis) {
  if (!c.rule.end_of_year) return std::nullopt;
  const EndOfYearRule& eoy = *c.rule.end_of_year;
  const SchoolCalendar& calendar = c.inputs.calendar;
  const KeyDates& k = c.student.key_dates;
  std::vector<std::pair<Date, const char*>> events;
  if (eoy.trigger != EndOfYearTrigger::kConsent && k.referral) events.push_back({*k.referral, "referral"});
  if (eoy.trigger != EndOfYearTrigger::kReferral && k.consent_received) {
    events.push_back({*k.consent_received, "consent"});
  }
  for (const auto& [event, name] : events) {
    const auto end = calendar.session_end(event);
    if (!end || trigger > end->date) continue;  // the clock started in a later school year
    if (calendar.add(event, eoy.window).date < end->date) continue;
    const auto next = calendar.next_session_start(end->date);
    if (!next) continue;
    CalendarDate due = calendar.add(next->date, eoy.then);
    due.estimated = due.estimated || end->estimated || next->estimated;
    basis = std::string("The ") + name + " on " + format_date(event) + " came " + describe(eoy.window)
            + " or less before the last day of school (" + format_date(end->date) + "): "
            + describe(eoy.then) + " after the next school year begins (" + format_date(next->date) + ")";
    return due;
  }
  return std::nullopt;
}

void timeline_from_key_date(const RuleContext& c, Date trigger, std::optional<Date> completed,
                            std::optional<Date> scheduled) {
  std::string basis;
  CalendarDate due = offset_from(c.rule, trigger, c.inputs.calendar, basis);
  if (auto moved = end_of_year_due(c, trigger, basis)) due = *moved;
  Deadline& d = add_deadline(c, trigger, due, std::move(basis), key_date_source(c.rule.trigger));
  if (completed && *completed >= trigger) d.completed = completed;
  d.scheduled = scheduled;
}

void initial_evaluation(const RuleContext& c, Date trigger) {
  const Student& s = c.student;
  if (s.evaluation_extension) {
    Deadline& d = add_deadline(c, trigger, {s.evaluation_extension->new_due, false},
                               "Extended by agreement: " + s.evaluation_extension->reason,
                               {SourceList::kEvaluationExtension, std::nullopt, std::nullopt, {}});
    if (s.key_dates.initial_eligibility) d.completed = s.key_dates.initial_eligibility;
    return;
  }
  timeline_from_key_date(c, trigger, s.key_dates.initial_eligibility,
                         next_scheduled_meeting(s, {MeetingType::kInitial}, trigger));
}

void initial_iep(const RuleContext& c, Date eligibility) {
  const Student& s = c.student;
  std::optional<Date> held;
  for (const auto& m : s.meetings) {
    if (m.type == MeetingType::kInitial && m.status == MeetingStatus::kHeld && m.date >= eligibility
        && (!held || m.date < *held)) {
      held = m.date;
    }
  }
  if (!held && s.key_dates.last_iep_meeting && *s.key_dates.last_iep_meeting >= eligibility) {
    held = s.key_dates.last_iep_meeting;
  }
  timeline_from_key_date(c, eligibility, held,
                         next_scheduled_meeting(s, {MeetingType::kInitial}, eligibility));
}

// Transition goals must be in the first IEP in effect when the student reaches the rule's age:
// the IEP written at the last annual meeting before that birthday.
void transition_plan(const RuleContext& c, Date birth) {
  const Date birthday = add_years_clamped(birth, c.rule.offset.amount);
  if (add_years_clamped(birthday, -3) > c.inputs.today) return;  // not relevant for years yet
  if (add_years_clamped(birthday, 6) < c.inputs.today) return;   // past the age of services
  Date due = birthday;
  std::string basis = "The IEP in effect on the student's " + std::to_string(c.rule.offset.amount)
                      + "th birthday (" + format_date(birthday) + ") must include transition goals";
  bool estimated = false;
  if (auto annual = annual_review_due(c.student, c.inputs.profile, c.inputs.calendar)) {
    Date meeting = annual->date;
    while (add_years_clamped(meeting, 1) <= birthday) meeting = add_years_clamped(meeting, 1);
    if (meeting <= birthday) {
      due = meeting;
      estimated = annual->estimated;
      basis += ": the annual review on or before " + format_date(meeting) + " writes that IEP";
    } else {
      basis += ": the current IEP runs past that birthday, so amend it before then";
    }
  }
  Deadline& d = add_deadline(c, birth, {due, estimated}, std::move(basis), key_date_source(c.rule.trigger));
  d.completed = c.student.key_dates.transition_plan;
}

void parent_meeting_request(const RuleContext& c, Date request) {
  std::optional<Date> held;
  for (const auto& m : c.student.meetings) {
    const bool iep_meeting = m.type != MeetingType::kCheckIn && m.type != MeetingType::kPlan504;
    if (iep_meeting && m.status == MeetingStatus::kHeld && m.date >= request && (!held || m.date < *held)) {
      held = m.date;
    }
  }
  timeline_from_key_date(c, request, held, next_scheduled_meeting(c.student, kIepMeetings, request));
}

}  // namespace

void key_date_deadlines(const RuleContext& c) {
  const auto trigger = key_date(c.student, c.rule.trigger);
  if (!trigger) return;
  const Student& s = c.student;
  switch (c.rule.kind) {
    case DeadlineKind::kAssessmentPlan:
      timeline_from_key_date(c, *trigger, s.key_dates.assessment_plan_sent, std::nullopt);
      break;
    case DeadlineKind::kInitialEvaluation: initial_evaluation(c, *trigger); break;
    case DeadlineKind::kInitialIep: initial_iep(c, *trigger); break;
    case DeadlineKind::kAnnualReview:
      timeline_from_key_date(c, *trigger, std::nullopt,
                             next_scheduled_meeting(s, {MeetingType::kAnnual, MeetingType::kTriennial},
                                                    *trigger));
      break;
    case DeadlineKind::kTriennial:
      timeline_from_key_date(c, *trigger, std::nullopt,
                             next_scheduled_meeting(s, {MeetingType::kTriennial}, *trigger));
      break;
    case DeadlineKind::kPlan504Review:
      timeline_from_key_date(c, *trigger, std::nullopt,
                             next_scheduled_meeting(s, {MeetingType::kPlan504}, *trigger));
      break;
    case DeadlineKind::kPlan504Reevaluation:
      timeline_from_key_date(c, *trigger, std::nullopt, std::nullopt);
      break;
    case DeadlineKind::kTransitionPlan: transition_plan(c, *trigger); break;
    case DeadlineKind::kParentMeetingRequest: parent_meeting_request(c, *trigger); break;
    default: break;
  }
}

}  // namespace caseload::rules
