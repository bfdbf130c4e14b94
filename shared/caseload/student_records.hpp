// The records a case manager keeps about one student: identity and plan, key dates, contacts
// and the contact log, meetings, services and their delivery, accommodations and staff
// acknowledgements, goals and progress data, suspensions, records requests, progress reports
// sent, and notes. Plain value types; every record has an id and created/modified timestamps so
// bundles can merge record by record.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/dates.hpp"
#include "caseload/ids.hpp"
#include "caseload/record_enums.hpp"

namespace caseload {

// Identity and audit fields shared by every record.
struct RecordMeta {
  Uuid id;
  Timestamp created{};
  Timestamp modified{};
};

// Dates that drive the compliance timelines. Empty means "not happened / not known".
struct KeyDates {
  std::optional<Date> referral;
  std::optional<Date> assessment_plan_sent;
  std::optional<Date> consent_received;
  std::optional<Date> initial_eligibility;
  std::optional<Date> last_iep_meeting;
  std::optional<Date> last_evaluation;
  std::optional<Date> plan_504;
  std::optional<Date> transition_plan;         // first IEP with transition goals and services
  std::optional<Date> parent_meeting_request;  // written request for an IEP meeting
};

// An agreed extension of the initial evaluation timeline (34 CFR 300.301(d) exceptions).
struct TimelineExtension {
  Date new_due{};
  std::string reason;
};

struct Contact {
  RecordMeta meta;
  std::string name;
  std::string relationship;  // "Mother", "Foster parent", "Grandmother"...
  bool decision_maker = false;     // legal education decision maker
  bool ferpa_authorized = false;   // may receive information from the records
  std::string phone;
  std::string email;
  std::optional<ContactMethod> preferred_method;
  std::string language;
};

struct ContactLogEntry {
  RecordMeta meta;
  Date date{};
  std::optional<TimeOfDay> time;
  ContactMethod method = ContactMethod::kPhone;
  std::optional<Uuid> contact_id;  // who was contacted, if one of the student's contacts
  std::string purpose;
  ContactOutcome outcome = ContactOutcome::kReached;
  std::string notes;
};

struct ActionItem {
  std::string text;
  bool done = false;
};

// A checklist step the case manager ticked, with the day it was done.
struct ChecklistMark {
  std::string step;  // step id from the rule profile ("notice", "draft_to_parents"...)
  Date done{};
};

struct Meeting {
  RecordMeta meta;
  MeetingType type = MeetingType::kAnnual;
  MeetingStatus status = MeetingStatus::kScheduled;
  Date date{};
  std::optional<TimeOfDay> time;
  int duration_minutes = 60;
  std::string location;
  bool is_virtual = false;
  std::vector<std::string> participants;
  std::string outcome;
  std::vector<ActionItem> action_items;
  std::optional<Date> paperwork_submitted;
  std::vector<ChecklistMark> checklist;
};

struct ServiceDelivery {
  RecordMeta meta;
  Date date{};
  int minutes = 0;           // minutes delivered (0 when missed)
  bool missed = false;
  std::string missed_reason;
  bool makeup = false;       // a make-up session for earlier missed minutes
};

struct Service {
  RecordMeta meta;
  std::string type;          // "Specialized academic instruction", "Speech and language"...
  int minutes = 0;           // per frequency period
  ServiceFrequency frequency = ServiceFrequency::kPerWeek;
  std::string provider;
  std::string setting;       // "General education classroom", "Resource room"...
  std::optional<Date> start;
  std::optional<Date> end;
  std::vector<ServiceDelivery> deliveries;
};

struct Accommodation {
  RecordMeta meta;
  AccommodationKind kind = AccommodationKind::kAccommodation;
  std::string description;
  std::string applies_in;    // "All classes", "Tests and quizzes"...
};

// A teacher or provider who must implement the plan.
struct StaffMember {
  RecordMeta meta;
  std::string name;
  std::string role;          // "General education teacher", "Paraeducator"...
  std::string subject;       // "Math 7", "Period 3 Science"
  std::string email;
};

// "Received and understood" for one version of the plan.
struct Acknowledgement {
  RecordMeta meta;
  Uuid staff_id;
  int plan_version = 1;
  Date date{};
};

struct DataPoint {
  RecordMeta meta;
  Date date{};
  double value = 0;
  std::string note;
};

struct Goal {
  RecordMeta meta;
  std::string area;          // "Reading fluency", "Self-regulation"...
  std::string description;
  double baseline = 0;
  double target = 0;
  std::string unit;          // "words correct per minute", "% of opportunities"
  std::string measurement;   // "Weekly 1-minute probe", "Teacher data sheet"
  Date start{};
  Date target_date{};
  std::vector<DataPoint> data;
};

struct Suspension {
  RecordMeta meta;
  SuspensionKind kind = SuspensionKind::kOutOfSchool;
  Date start{};
  Date end{};
  int school_days = 1;       // days of removal counted toward the 10-day rule
  std::string reason;
};

struct RecordsRequest {
  RecordMeta meta;
  Date received{};
  std::string requested_by;
  std::string description;
  std::optional<Date> fulfilled;
};

struct ProgressReportSent {
  RecordMeta meta;
  std::string period_id;     // a reporting period of the caseload settings
  Date sent{};
};

// The text of a progress report for one reporting period: the statement of progress on one goal
// (edited from the generated one), or the case manager's narrative when goal_id is empty.
struct ProgressStatement {
  RecordMeta meta;
  std::string period_id;
  std::optional<Uuid> goal_id;
  std::string text;
};

struct Note {
  RecordMeta meta;
  Date date{};
  std::string text;
};

struct Student {
  RecordMeta meta;
  std::string external_id;   // the district's student number, for roster re-imports
  std::string first_name;
  std::string last_name;
  std::optional<Date> date_of_birth;
  std::optional<Grade> grade;
  std::string school;
  PlanType plan_type = PlanType::kIep;
  std::string eligibility;   // disability category ("SLD", "Speech or language impairment"...)
  bool english_learner = false;
  bool behavior_plan = false;
  int plan_version = 1;      // bumped by an amendment; acknowledgements refer to it
  KeyDates key_dates;
  std::optional<TimelineExtension> evaluation_extension;
  std::vector<Contact> contacts;
  std::vector<ContactLogEntry> contact_log;
  std::vector<Meeting> meetings;
  std::vector<Service> services;
  std::vector<Accommodation> accommodations;
  std::vector<StaffMember> staff;
  std::vector<Acknowledgement> acknowledgements;
  std::vector<Goal> goals;
  std::vector<Suspension> suspensions;
  std::vector<RecordsRequest> records_requests;
  std::vector<ProgressReportSent> progress_reports;
  std::vector<ProgressStatement> progress_statements;
  std::vector<Note> notes;
};

// "A. B." style initials, used wherever others may see the screen or a shared calendar.
std::string initials(const Student& student);
std::string full_name(const Student& student);

}  // namespace caseload
