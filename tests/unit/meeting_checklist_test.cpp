#include "caseload/meeting_checklist.hpp"

#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

const ChecklistItem* item(const MeetingChecklist& list, const char* id) {
  for (const auto& i : list.items) {
    if (i.step_id == id) return &i;
  }
  return nullptr;
}

ContactLogEntry attempt(int n, const char* date, ContactMethod method) {
  ContactLogEntry e;
  e.meta = fixtures::meta(n);
  e.date = d(date);
  e.method = method;
  e.outcome = ContactOutcome::kNoAnswer;
  return e;
}

}  // namespace

TEST_CASE("the IEP meeting checklist dates every step from the meeting date") {
  const CaseloadSettings settings = fixtures::settings("federal");
  const RuleProfile profile = fixtures::profile(settings);
  const SchoolCalendar calendar = make_calendar(settings);
  Student s = fixtures::student(PlanType::kIep);
  s.date_of_birth = d("2012-03-01");  // 14 on the meeting date: no student invite (federal: 16)
  Meeting m;
  m.meta = fixtures::meta(100);
  m.type = MeetingType::kAnnual;
  m.date = d("2026-12-10");
  m.checklist = {{"begin-drafting", d("2026-11-09")}};
  const MeetingChecklist list = build_checklist(m, s, profile, calendar, d("2026-11-23"));
  REQUIRE(item(list, "begin-drafting"));
  CHECK(item(list, "begin-drafting")->due == d("2026-11-10"));
  CHECK(item(list, "begin-drafting")->done);
  CHECK(item(list, "notice")->due == d("2026-11-26"));
  CHECK(item(list, "notice")->status == DeadlineStatus::kDueVerySoon);
  CHECK(item(list, "draft-to-parents")->due == d("2026-12-08"));
  // Ten school days after Thu Dec 10: Dec 11, 14-18, then the break, then Jan 4-7.
  CHECK(item(list, "paperwork")->due == d("2027-01-07"));
  CHECK(item(list, "invite-student") == nullptr);
  CHECK(list.student_age == 14);
  CHECK(list.done_count == 1);
}

TEST_CASE("three documented attempts by two methods complete the parent-contact step (34 CFR 300.322(d))") {
  const CaseloadSettings settings = fixtures::settings("federal");
  const RuleProfile profile = fixtures::profile(settings);
  const SchoolCalendar calendar = make_calendar(settings);
  Student s = fixtures::student(PlanType::kIep);
  Meeting m;
  m.meta = fixtures::meta(100);
  m.date = d("2026-12-10");
  s.contact_log = {attempt(1, "2026-11-12", ContactMethod::kPhone), attempt(2, "2026-11-16", ContactMethod::kPhone),
                   attempt(3, "2026-09-01", ContactMethod::kEmail)};  // outside the 45-day window
  MeetingChecklist list = build_checklist(m, s, profile, calendar, d("2026-11-23"));
  CHECK(list.contact_attempts == 2);
  CHECK_FALSE(item(list, "parent-contacts")->done);
  CHECK(item(list, "parent-contacts")->detail == "2 of 3 attempts, 1 of 2 methods");
  s.contact_log.push_back(attempt(4, "2026-11-20", ContactMethod::kPhone));
  list = build_checklist(m, s, profile, calendar, d("2026-11-23"));
  CHECK_FALSE(item(list, "parent-contacts")->done);  // three attempts, one method
  s.contact_log.push_back(attempt(5, "2026-11-21", ContactMethod::kLetter));
  list = build_checklist(m, s, profile, calendar, d("2026-11-23"));
  CHECK(item(list, "parent-contacts")->done);
  CHECK(item(list, "parent-contacts")->done_on == d("2026-11-21"));
}

TEST_CASE("Kansas: 10-day notice and the student invited from 14 (K.A.R. 91-40-17, K.S.A. 72-3429)") {
  const CaseloadSettings settings = fixtures::settings("kansas");
  const RuleProfile profile = fixtures::profile(settings);
  const SchoolCalendar calendar = make_calendar(settings);
  Student s = fixtures::student(PlanType::kIep);
  s.date_of_birth = d("2012-03-01");
  Meeting m;
  m.meta = fixtures::meta(100);
  m.date = d("2026-12-10");
  m.paperwork_submitted = d("2026-12-14");
  const MeetingChecklist list = build_checklist(m, s, profile, calendar, d("2026-11-23"));
  CHECK(item(list, "notice")->due == d("2026-11-30"));
  REQUIRE(item(list, "invite-student"));
  CHECK(item(list, "invite-student")->detail == "student is 14 on the meeting date");
  CHECK(item(list, "paperwork")->done);
}
