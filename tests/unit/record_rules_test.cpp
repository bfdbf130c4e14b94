// Worked examples for deadlines that run from records: discipline, records requests, progress
// reports, monitoring cadence and meetings scheduled after expiry.
#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

Suspension suspension(int n, const char* start, const char* end, int days,
                      SuspensionKind kind = SuspensionKind::kOutOfSchool) {
  Suspension s;
  s.meta = fixtures::meta(n);
  s.kind = kind;
  s.start = d(start);
  s.end = d(end);
  s.school_days = days;
  return s;
}

Meeting meeting(int n, MeetingType type, MeetingStatus status, const char* date) {
  Meeting m;
  m.meta = fixtures::meta(n);
  m.type = type;
  m.status = status;
  m.date = d(date);
  return m;
}

}  // namespace

TEST_CASE("manifestation determination when removals pass 10 school days in a year (34 CFR 300.530(e), 300.536)") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kIep);
  s.suspensions = {suspension(10, "2026-09-21", "2026-09-24", 4), suspension(11, "2026-10-05", "2026-10-08", 4),
                   suspension(12, "2026-10-26", "2026-10-27", 2, SuspensionKind::kInSchool)};
  CHECK(engine.of(s, DeadlineKind::kManifestationDetermination, d("2026-11-23")).empty());  // 8 days
  s.suspensions.push_back(suspension(13, "2026-11-02", "2026-11-04", 3));                   // 11 days
  auto found = engine.of(s, DeadlineKind::kManifestationDetermination, d("2026-11-05"));
  REQUIRE(found.size() == 1);
  // 10 school days after Mon Nov 2: Veterans Day (Wed Nov 11) is skipped, so Tue Nov 17.
  CHECK(found[0].due == d("2026-11-17"));
  CHECK(found[0].source.record_id == fixtures::id(13));
  CHECK(found[0].basis.find("total 11 school days") != std::string::npos);
  s.meetings.push_back(meeting(20, MeetingType::kManifestation, MeetingStatus::kHeld, "2026-11-12"));
  CHECK(engine.of(s, DeadlineKind::kManifestationDetermination, d("2026-11-23"))[0].completed == d("2026-11-12"));
}

TEST_CASE("a single removal over 10 consecutive school days is a change of placement") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kPlan504);
  s.suspensions = {suspension(10, "2027-02-01", "2027-02-17", 12)};
  auto found = engine.of(s, DeadlineKind::kManifestationDetermination, d("2027-02-02"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].basis.find("12 consecutive school days") != std::string::npos);
  // Removals in different school years do not add up.
  s.suspensions = {suspension(10, "2026-05-03", "2026-05-10", 6), suspension(11, "2026-09-08", "2026-09-14", 5)};
  CHECK(engine.of(s, DeadlineKind::kManifestationDetermination, d("2026-11-23")).empty());
}

TEST_CASE("records requests: 45 days federally, 5 business days in California, before any IEP meeting") {
  Student s = fixtures::student(PlanType::kIep);
  RecordsRequest request;
  request.meta = fixtures::meta(30);
  request.received = d("2026-11-20");  // Friday before Thanksgiving week
  s.records_requests = {request};
  auto federal = fixtures::Engine("federal").of(s, DeadlineKind::kRecordsRequest, d("2026-11-20"));
  REQUIRE(federal.size() == 1);
  CHECK(federal[0].due == d("2027-01-04"));  // 34 CFR 300.613(a)
  auto california = fixtures::Engine("california").of(s, DeadlineKind::kRecordsRequest, d("2026-11-20"));
  CHECK(california[0].due == d("2026-11-30"));  // Ed. Code 56504: Thanksgiving is not a business day
  s.meetings.push_back(meeting(40, MeetingType::kAnnual, MeetingStatus::kScheduled, "2026-11-25"));
  california = fixtures::Engine("california").of(s, DeadlineKind::kRecordsRequest, d("2026-11-20"));
  CHECK(california[0].due == d("2026-11-24"));
  CHECK(california[0].basis.find("before the IEP meeting on 2026-11-25") != std::string::npos);
  s.records_requests[0].fulfilled = d("2026-11-23");
  CHECK(fixtures::Engine("california").of(s, DeadlineKind::kRecordsRequest, d("2026-12-01"))[0].status
        == DeadlineStatus::kDone);
}

TEST_CASE("progress reports are due each reporting period (34 CFR 300.320(a)(3)(ii))") {
  CaseloadSettings settings = fixtures::settings("federal");
  settings.reporting_periods = {{"q1", "Quarter 1", d("2026-08-19"), d("2026-10-30"), d("2026-11-06")},
                                {"q2", "Quarter 2", d("2026-11-02"), d("2027-01-22"), d("2027-01-29")}};
  const fixtures::Engine engine(settings);
  Student s = fixtures::student(PlanType::kIep);
  s.key_dates.initial_eligibility = d("2025-03-01");
  ProgressReportSent sent;
  sent.meta = fixtures::meta(70);
  sent.period_id = "q1";
  sent.sent = d("2026-11-05");
  s.progress_reports = {sent};
  auto found = engine.of(s, DeadlineKind::kProgressReport, d("2026-11-23"));
  REQUIRE(found.size() == 2);
  CHECK(found[0].status == DeadlineStatus::kDone);
  CHECK(found[1].due == d("2027-01-29"));
  CHECK(found[1].title() == "Progress report to parents: Quarter 2");
  // A student whose plan began after a period ended owes no report for it.
  s.key_dates.initial_eligibility = d("2026-11-15");
  CHECK(engine.of(s, DeadlineKind::kProgressReport, d("2026-11-23")).size() == 1);
}

TEST_CASE("stale progress data: no data point on an active goal for 14 days") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kIep);
  Goal g;
  g.meta = fixtures::meta(80);
  g.area = "Reading fluency";
  g.start = d("2026-09-01");
  g.target_date = d("2027-09-01");
  DataPoint p;
  p.meta = fixtures::meta(81);
  p.date = d("2026-11-01");
  p.value = 60;
  g.data = {p};
  s.goals = {g};
  auto found = engine.of(s, DeadlineKind::kStaleProgressData, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-11-15"));
  CHECK(found[0].status == DeadlineStatus::kOverdue);
  CHECK(found[0].title() == "Progress monitoring data: Reading fluency");
  // The threshold is a setting.
  CaseloadSettings settings = fixtures::settings("federal");
  settings.thresholds.stale_data_days = 28;
  CHECK(fixtures::Engine(settings).of(s, DeadlineKind::kStaleProgressData, d("2026-11-23"))[0].status
        == DeadlineStatus::kDueVerySoon);
  // A finished goal is not monitored.
  s.goals[0].target_date = d("2026-11-20");
  CHECK(engine.of(s, DeadlineKind::kStaleProgressData, d("2026-11-23")).empty());
}

TEST_CASE("parent contact cadence: at least one logged contact every 30 days") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kIep);
  ContactLogEntry entry;
  entry.meta = fixtures::meta(90);
  entry.date = d("2026-11-01");
  s.contact_log = {entry};
  auto found = engine.of(s, DeadlineKind::kParentContact, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-12-01"));
  CHECK(found[0].status == DeadlineStatus::kLater);  // 8 days left: a cadence item is not "due soon"
  CHECK(engine.of(s, DeadlineKind::kParentContact, d("2026-11-25"))[0].status == DeadlineStatus::kDueVerySoon);
  s.contact_log.clear();  // none logged: counts from when the student was added (Aug 1)
  CHECK(engine.of(s, DeadlineKind::kParentContact, d("2026-11-23"))[0].due == d("2026-08-31"));
}

TEST_CASE("a review meeting scheduled after the plan expires is flagged") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kIep);
  s.key_dates.last_iep_meeting = d("2025-12-01");
  s.meetings = {meeting(50, MeetingType::kAnnual, MeetingStatus::kScheduled, "2026-12-05")};
  auto found = engine.of(s, DeadlineKind::kMeetingAfterExpiry, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-12-01"));
  CHECK(found[0].scheduled == d("2026-12-05"));
  auto annual = engine.of(s, DeadlineKind::kAnnualReview, d("2026-11-23"));
  CHECK(annual[0].scheduled == d("2026-12-05"));
  s.meetings[0].date = d("2026-11-30");
  CHECK(engine.of(s, DeadlineKind::kMeetingAfterExpiry, d("2026-11-23")).empty());
}

TEST_CASE("the caseload's deadlines are sorted by due date and old completed items are left out") {
  CaseloadSettings settings = fixtures::settings("federal");
  Caseload caseload;
  caseload.settings = settings;
  Student a = fixtures::student(PlanType::kIep);
  a.key_dates.last_iep_meeting = d("2026-03-01");
  a.key_dates.initial_eligibility = d("2019-01-10");  // initial IEP done years ago: history
  a.key_dates.last_iep_meeting = d("2026-03-01");
  Student b = fixtures::student(PlanType::kIep);
  b.meta.id = fixtures::id(2);
  b.key_dates.last_iep_meeting = d("2026-01-15");
  caseload.students = {a, b};
  const RuleProfile profile = fixtures::profile(settings);
  const SchoolCalendar calendar = make_calendar(settings);
  const auto all = caseload_deadlines(caseload, {profile, calendar, settings, d("2026-11-23")});
  for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].due <= all[i].due);
  for (const auto& deadline : all) CHECK(deadline.kind != DeadlineKind::kInitialIep);
}
