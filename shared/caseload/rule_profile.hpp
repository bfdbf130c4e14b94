// Compliance rule profiles: the timelines of a jurisdiction as data (assets/rules/*.json,
// compiled into the core), not code branches. A profile may extend another (California extends
// federal), replacing or disabling rules by id; a district then overrides offsets in the caseload
// settings. resolve_profile() produces the flat, checked profile the deadline engine uses.
// Format reference: shared/docs/rule-profile-format.md.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/json_io.hpp"
#include "caseload/result.hpp"
#include "caseload/school_calendar.hpp"
#include "caseload/validation.hpp"

namespace caseload {

enum class DeadlineKind {
  kAssessmentPlan, kInitialEvaluation, kInitialIep, kAnnualReview, kTriennial, kPlan504Review,
  kPlan504Reevaluation, kTransitionPlan, kProgressReport, kManifestationDetermination,
  kRecordsRequest, kParentMeetingRequest, kStaleProgressData, kParentContact, kMeetingAfterExpiry,
};
inline constexpr EnumEntry<DeadlineKind> kDeadlineKinds[] = {
    {DeadlineKind::kAssessmentPlan, "assessment_plan", "Assessment plan"},
    {DeadlineKind::kInitialEvaluation, "initial_evaluation", "Initial evaluation"},
    {DeadlineKind::kInitialIep, "initial_iep", "Initial IEP meeting"},
    {DeadlineKind::kAnnualReview, "annual_review", "Annual IEP review"},
    {DeadlineKind::kTriennial, "triennial", "Triennial reevaluation"},
    {DeadlineKind::kPlan504Review, "plan_504_review", "504 plan review"},
    {DeadlineKind::kPlan504Reevaluation, "plan_504_reevaluation", "504 reevaluation"},
    {DeadlineKind::kTransitionPlan, "transition_plan", "Transition plan"},
    {DeadlineKind::kProgressReport, "progress_report", "Progress report"},
    {DeadlineKind::kManifestationDetermination, "manifestation_determination",
     "Manifestation determination"},
    {DeadlineKind::kRecordsRequest, "records_request", "Records request"},
    {DeadlineKind::kParentMeetingRequest, "parent_meeting_request", "Parent-requested meeting"},
    {DeadlineKind::kStaleProgressData, "stale_progress_data", "Progress data"},
    {DeadlineKind::kParentContact, "parent_contact", "Parent contact"},
    {DeadlineKind::kMeetingAfterExpiry, "meeting_after_expiry", "Meeting after expiry"},
};
constexpr std::span<const EnumEntry<DeadlineKind>> enum_entries(DeadlineKind) {
  return kDeadlineKinds;
}

// What starts a rule's clock: a key date of the student, or records of a kind.
enum class Trigger {
  kReferral, kConsentReceived, kInitialEligibility, kLastIepMeeting, kLastEvaluation, kPlan504,
  kDateOfBirth, kParentMeetingRequest, kRecordsRequest, kSuspensions, kReportingPeriod,
  kLastDataPoint, kLastContact, kScheduledMeeting,
};
inline constexpr EnumEntry<Trigger> kTriggers[] = {
    {Trigger::kReferral, "referral", "referral"},
    {Trigger::kConsentReceived, "consent_received", "consent received"},
    {Trigger::kInitialEligibility, "initial_eligibility", "initial eligibility"},
    {Trigger::kLastIepMeeting, "last_iep_meeting", "last IEP meeting"},
    {Trigger::kLastEvaluation, "last_evaluation", "last evaluation"},
    {Trigger::kPlan504, "plan_504", "504 plan"},
    {Trigger::kDateOfBirth, "date_of_birth", "date of birth"},
    {Trigger::kParentMeetingRequest, "parent_meeting_request", "parent's meeting request"},
    {Trigger::kRecordsRequest, "records_request", "records request received"},
    {Trigger::kSuspensions, "suspensions", "suspension days"},
    {Trigger::kReportingPeriod, "reporting_period", "reporting period"},
    {Trigger::kLastDataPoint, "last_data_point", "last data point"},
    {Trigger::kLastContact, "last_contact", "last logged contact"},
    {Trigger::kScheduledMeeting, "scheduled_meeting", "scheduled meeting"},
};
constexpr std::span<const EnumEntry<Trigger>> enum_entries(Trigger) { return kTriggers; }

// How "a year after" is read when an offset is in years (timelines.md, "annually").
enum class AnnualReading { kAnniversary, kDays365, kDayBeforeAnniversary };
inline constexpr EnumEntry<AnnualReading> kAnnualReadings[] = {
    {AnnualReading::kAnniversary, "anniversary", "on the anniversary (Feb 29 -> Feb 28)"},
    {AnnualReading::kDays365, "days_365", "365 days per year"},
    {AnnualReading::kDayBeforeAnniversary, "day_before_anniversary", "the day before the anniversary"},
};
constexpr std::span<const EnumEntry<AnnualReading>> enum_entries(AnnualReading) {
  return kAnnualReadings;
}

// Which event of the end-of-year rule moves a timeline into the next school year.
enum class EndOfYearTrigger { kReferral, kConsent, kEither };
inline constexpr EnumEntry<EndOfYearTrigger> kEndOfYearTriggers[] = {
    {EndOfYearTrigger::kReferral, "referral", "the referral"},
    {EndOfYearTrigger::kConsent, "consent_received", "consent"},
    {EndOfYearTrigger::kEither, "either", "the referral or consent"},
};
constexpr std::span<const EnumEntry<EndOfYearTrigger>> enum_entries(EndOfYearTrigger) {
  return kEndOfYearTriggers;
}

// California-style: an event within `window` before the last day of the school year moves the
// deadline to `then` after the first day of the next school year.
struct EndOfYearRule {
  Offset window;
  Offset then;
  EndOfYearTrigger trigger = EndOfYearTrigger::kEither;
};

struct Rule {
  std::string id;
  DeadlineKind kind = DeadlineKind::kAnnualReview;
  std::string title;
  Trigger trigger = Trigger::kLastIepMeeting;
  Offset offset;
  std::optional<BreakExclusion> exclude_breaks;
  std::optional<EndOfYearRule> end_of_year;
  AnnualReading annual_reading = AnnualReading::kAnniversary;
  std::vector<PlanType> applies_to;
  std::string citation;
  std::string note;
  bool disabled = false;  // in a child profile: removes the parent's rule of this id
};

enum class StepCheck { kManual, kParentContacts, kStudentInvite, kPaperwork };
inline constexpr EnumEntry<StepCheck> kStepChecks[] = {
    {StepCheck::kManual, "manual", "ticked by the case manager"},
    {StepCheck::kParentContacts, "parent_contacts", "from the contact log"},
    {StepCheck::kStudentInvite, "student_invite", "ticked; applies from the student's age"},
    {StepCheck::kPaperwork, "paperwork", "from the paperwork-submitted date"},
};
constexpr std::span<const EnumEntry<StepCheck>> enum_entries(StepCheck) { return kStepChecks; }

struct ChecklistStep {
  std::string id;
  std::string title;
  Offset offset;  // from the meeting date; negative = before
  StepCheck check = StepCheck::kManual;
  int min_attempts = 3;  // parent_contacts
  int min_methods = 2;   // parent_contacts
  int min_age = 0;       // student_invite
  std::string citation;
  bool disabled = false;
};

struct ProfileDefaults {
  int due_soon_days = 30;
  int due_very_soon_days = 7;
  int suspension_threshold_days = 10;
  int contact_window_days = 45;  // contact attempts counted for a meeting within this window
};

// Defaults as a profile document writes them; unset values are inherited from the parent.
struct DefaultsSpec {
  std::optional<int> due_soon_days;
  std::optional<int> due_very_soon_days;
  std::optional<int> suspension_threshold_days;
  std::optional<int> contact_window_days;
};

struct RuleProfile {
  std::string id;
  std::string name;
  std::string description;
  std::string extends;
  DefaultsSpec defaults_spec;  // as written in the document
  ProfileDefaults defaults;    // resolved (filled by resolve_profile)
  std::vector<Rule> rules;
  std::vector<ChecklistStep> checklist;

  const Rule* find_rule(DeadlineKind kind) const;
  const Rule* find_rule(std::string_view rule_id) const;
};

inline constexpr int kRuleProfileSchemaVersion = 1;

// Reads one profile document as written (before inheritance), reporting every problem.
Result<RuleProfile> parse_rule_profile(std::string_view text);
// Ids of the profiles compiled into the core ("california", "federal", "kansas").
std::vector<std::string> builtin_profile_ids();
// A builtin profile with inheritance applied, then the caseload's district overrides and
// thresholds. Fails with a clear message for an unknown id or a bad override.
Result<RuleProfile> resolve_profile(std::string_view profile_id, const CaseloadSettings& settings);
// The same for a profile read from a file (it may extend a builtin one).
Result<RuleProfile> resolve_profile(const RuleProfile& profile, const CaseloadSettings& settings);

}  // namespace caseload
