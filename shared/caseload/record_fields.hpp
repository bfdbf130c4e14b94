// The field list of every record type, written once and used both to write JSON and to read it
// back with validation (json_fields.hpp). The JSON key of each field is its name here; this file
// is the reference for the caseload file format (see shared/docs/caseload-file-format.md).
#pragma once

#include "caseload/caseload.hpp"
#include "caseload/json_fields.hpp"

namespace caseload {

template <class V, Is<RecordMeta> T>
void describe_meta(V& v, T& r) {
  v("id", r.id, Need::kRequired);
  v("created", r.created, Need::kRequired);
  v("modified", r.modified, Need::kRequired);
}

template <class V, Is<KeyDates> T>
void describe(V& v, T& r) {
  v("referral", r.referral);
  v("assessment_plan_sent", r.assessment_plan_sent);
  v("consent_received", r.consent_received);
  v("initial_eligibility", r.initial_eligibility);
  v("last_iep_meeting", r.last_iep_meeting);
  v("last_evaluation", r.last_evaluation);
  v("plan_504", r.plan_504);
  v("transition_plan", r.transition_plan);
  v("parent_meeting_request", r.parent_meeting_request);
}

template <class V, Is<TimelineExtension> T>
void describe(V& v, T& r) {
  v("new_due", r.new_due, Need::kRequired);
  v("reason", r.reason, Need::kRequired);
}

template <class V, Is<Contact> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("name", r.name, Need::kRequired);
  v("relationship", r.relationship);
  v("decision_maker", r.decision_maker);
  v("ferpa_authorized", r.ferpa_authorized);
  v("phone", r.phone);
  v("email", r.email);
  v("preferred_method", r.preferred_method);
  v("language", r.language);
}

template <class V, Is<ContactLogEntry> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("date", r.date, Need::kRequired);
  v("time", r.time);
  v("method", r.method, Need::kRequired);
  v("contact_id", r.contact_id);
  v("purpose", r.purpose);
  v("outcome", r.outcome);
  v("notes", r.notes);
}

template <class V, Is<ActionItem> T>
void describe(V& v, T& r) {
  v("text", r.text, Need::kRequired);
  v("done", r.done);
}

template <class V, Is<ChecklistMark> T>
void describe(V& v, T& r) {
  v("step", r.step, Need::kRequired);
  v("done", r.done, Need::kRequired);
}

template <class V, Is<Meeting> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("type", r.type, Need::kRequired);
  v("status", r.status);
  v("date", r.date, Need::kRequired);
  v("time", r.time);
  v("duration_minutes", r.duration_minutes);
  v("location", r.location);
  v("virtual", r.is_virtual);
  v("participants", r.participants);
  v("outcome", r.outcome);
  v("action_items", r.action_items);
  v("paperwork_submitted", r.paperwork_submitted);
  v("checklist", r.checklist);
}

template <class V, Is<ServiceDelivery> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("date", r.date, Need::kRequired);
  v("minutes", r.minutes);
  v("missed", r.missed);
  v("missed_reason", r.missed_reason);
  v("makeup", r.makeup);
}

template <class V, Is<Service> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("type", r.type, Need::kRequired);
  v("minutes", r.minutes, Need::kRequired);
  v("frequency", r.frequency, Need::kRequired);
  v("provider", r.provider);
  v("setting", r.setting);
  v("start", r.start);
  v("end", r.end);
  v("deliveries", r.deliveries);
}

template <class V, Is<Accommodation> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("kind", r.kind);
  v("description", r.description, Need::kRequired);
  v("applies_in", r.applies_in);
}

template <class V, Is<StaffMember> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("name", r.name, Need::kRequired);
  v("role", r.role);
  v("subject", r.subject);
  v("email", r.email);
}

template <class V, Is<Acknowledgement> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("staff_id", r.staff_id, Need::kRequired);
  v("plan_version", r.plan_version, Need::kRequired);
  v("date", r.date, Need::kRequired);
}

template <class V, Is<DataPoint> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("date", r.date, Need::kRequired);
  v("value", r.value, Need::kRequired);
  v("note", r.note);
}

template <class V, Is<Goal> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("area", r.area);
  v("description", r.description, Need::kRequired);
  v("baseline", r.baseline, Need::kRequired);
  v("target", r.target, Need::kRequired);
  v("unit", r.unit);
  v("measurement", r.measurement);
  v("start", r.start, Need::kRequired);
  v("target_date", r.target_date, Need::kRequired);
  v("data", r.data);
}

template <class V, Is<Suspension> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("kind", r.kind);
  v("start", r.start, Need::kRequired);
  v("end", r.end, Need::kRequired);
  v("school_days", r.school_days, Need::kRequired);
  v("reason", r.reason);
}

template <class V, Is<RecordsRequest> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("received", r.received, Need::kRequired);
  v("requested_by", r.requested_by);
  v("description", r.description);
  v("fulfilled", r.fulfilled);
}

template <class V, Is<ProgressReportSent> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("period_id", r.period_id, Need::kRequired);
  v("sent", r.sent, Need::kRequired);
}

template <class V, Is<ProgressStatement> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("period_id", r.period_id, Need::kRequired);
  v("goal_id", r.goal_id);
  v("text", r.text);
}

template <class V, Is<Note> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("date", r.date, Need::kRequired);
  v("text", r.text, Need::kRequired);
}

template <class V, Is<Student> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("external_id", r.external_id);
  v("first_name", r.first_name);
  v("last_name", r.last_name);
  v("date_of_birth", r.date_of_birth);
  v("grade", r.grade);
  v("school", r.school);
  v("plan_type", r.plan_type, Need::kRequired);
  v("eligibility", r.eligibility);
  v("english_learner", r.english_learner);
  v("behavior_plan", r.behavior_plan);
  v("plan_version", r.plan_version);
  v("key_dates", r.key_dates);
  v("evaluation_extension", r.evaluation_extension);
  v("contacts", r.contacts);
  v("contact_log", r.contact_log);
  v("meetings", r.meetings);
  v("services", r.services);
  v("accommodations", r.accommodations);
  v("staff", r.staff);
  v("acknowledgements", r.acknowledgements);
  v("goals", r.goals);
  v("suspensions", r.suspensions);
  v("records_requests", r.records_requests);
  v("progress_reports", r.progress_reports);
  v("progress_statements", r.progress_statements);
  v("notes", r.notes);
}

// ---- settings -----------------------------------------------------------------------------

template <class V, Is<CaseManager> T>
void describe(V& v, T& r) {
  v("name", r.name);
  v("role", r.role);
  v("email", r.email);
}

template <class V, Is<Closure> T>
void describe(V& v, T& r) {
  v("first", r.first, Need::kRequired);
  v("last", r.last, Need::kRequired);
  v("name", r.name);
  v("kind", r.kind, Need::kRequired);
}

template <class V, Is<SchoolYear> T>
void describe(V& v, T& r) {
  v("name", r.name);
  v("first_day", r.first_day, Need::kRequired);
  v("last_day", r.last_day, Need::kRequired);
  v("closures", r.closures);
  v("minimum_days", r.minimum_days);
}

template <class V, Is<Holiday> T>
void describe(V& v, T& r) {
  v("date", r.date, Need::kRequired);
  v("name", r.name);
}

template <class V, Is<ReportingPeriod> T>
void describe(V& v, T& r) {
  v("id", r.id, Need::kRequired);
  v("name", r.name);
  v("start", r.start, Need::kRequired);
  v("end", r.end, Need::kRequired);
  v("report_due", r.report_due, Need::kRequired);
}

template <class V, Is<Offset> T>
void describe(V& v, T& r) {
  v("amount", r.amount, Need::kRequired);
  v("unit", r.unit, Need::kRequired);
}

template <class V, Is<RuleOverride> T>
void describe(V& v, T& r) {
  v("rule_id", r.rule_id, Need::kRequired);
  v("offset", r.offset);
  v("disabled", r.disabled);
}

template <class V, Is<MonitoringThresholds> T>
void describe(V& v, T& r) {
  v("stale_data_days", r.stale_data_days);
  v("parent_contact_days", r.parent_contact_days);
  v("due_soon_days", r.due_soon_days);
  v("due_very_soon_days", r.due_very_soon_days);
  v("decision_min_points", r.decision_min_points);
  v("decision_run_length", r.decision_run_length);
  v("expected_daily_hours", r.expected_daily_hours);
}

template <class V, Is<WorkEntry> T>
void describe(V& v, T& r) {
  describe_meta(v, r.meta);
  v("date", r.date, Need::kRequired);
  v("start", r.start, Need::kRequired);
  v("end", r.end, Need::kRequired);
  v("activity", r.activity);
  v("note", r.note);
}

template <class V, Is<CaseloadSettings> T>
void describe(V& v, T& r) {
  v("case_manager", r.case_manager);
  v("schools", r.schools);
  v("rule_profile", r.rule_profile);
  v("rule_overrides", r.rule_overrides);
  v("school_years", r.school_years);
  v("holidays", r.holidays);
  v("reporting_periods", r.reporting_periods);
  v("thresholds", r.thresholds);
  v("work_log", r.work_log);
  v("modified", r.modified);
}

}  // namespace caseload
