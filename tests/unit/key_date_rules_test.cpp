// Worked examples for the timelines that run from a student's key dates. Each case names the
// regulation it checks; dates were counted by hand against the fixture calendar.
#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

TEST_CASE("federal initial evaluation: 60 calendar days from consent (34 CFR 300.301(c)(1))") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kReferral);
  s.key_dates.referral = d("2026-08-25");
  s.key_dates.consent_received = d("2026-09-01");
  auto found = engine.of(s, DeadlineKind::kInitialEvaluation, d("2026-10-20"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-10-31"));
  CHECK(found[0].advice == d("2026-10-30"));  // Oct 31 is a Saturday
  CHECK(found[0].status == DeadlineStatus::kDueSoon);
  CHECK(found[0].citation() == "34 CFR 300.301(c)(1)");
  CHECK(found[0].source.key_date == Trigger::kConsentReceived);
  s.key_dates.initial_eligibility = d("2026-10-28");
  found = engine.of(s, DeadlineKind::kInitialEvaluation, d("2026-11-23"));
  CHECK(found[0].status == DeadlineStatus::kDone);
  CHECK(found[0].completed == d("2026-10-28"));
}

TEST_CASE("Kansas initial evaluation: 60 school days from consent (K.A.R. 91-40-8(f))") {
  const fixtures::Engine engine("kansas");
  Student s = fixtures::student(PlanType::kReferral);
  s.key_dates.consent_received = d("2026-09-14");
  // Counted by hand: Veterans Day and Thanksgiving break are skipped; day 60 is Fri Dec 11.
  auto found = engine.of(s, DeadlineKind::kInitialEvaluation, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-12-11"));
  CHECK_FALSE(found[0].estimated);
  CHECK(found[0].status == DeadlineStatus::kDueSoon);
}

TEST_CASE("California initial IEP: 60 days not counting a winter break over 5 school days (Ed. Code 56344(a))") {
  const fixtures::Engine engine("california");
  Student s = fixtures::student(PlanType::kReferral);
  s.key_dates.referral = d("2026-11-02");
  s.key_dates.consent_received = d("2026-12-01");
  auto found = engine.of(s, DeadlineKind::kInitialEvaluation, d("2026-12-01"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2027-02-09"));  // Jan 30 + the break's 10 weekdays
  CHECK(found[0].basis.find("not counting 10 days") != std::string::npos);
}

TEST_CASE("California end-of-year rule: consent 30 days or less before the last day (56344(a))") {
  const fixtures::Engine engine("california");
  Student s = fixtures::student(PlanType::kReferral);
  s.key_dates.referral = d("2027-04-20");
  s.key_dates.consent_received = d("2027-05-20");  // 21 days before Thu Jun 10
  auto found = engine.of(s, DeadlineKind::kInitialEvaluation, d("2027-05-20"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2027-09-17"));  // 30 days after Wed Aug 18 2027
  CHECK(found[0].basis.find("next school year begins (2027-08-18)") != std::string::npos);
}

TEST_CASE("California assessment plan: 15 days from referral, or 10 days into the next year (56321(a))") {
  const fixtures::Engine engine("california");
  Student s = fixtures::student(PlanType::kReferral);
  s.key_dates.referral = d("2026-11-16");  // Thanksgiving break is only 3 weekdays: counted
  auto found = engine.of(s, DeadlineKind::kAssessmentPlan, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-12-01"));
  s.key_dates.referral = d("2027-06-03");  // 7 days before the last day
  found = engine.of(s, DeadlineKind::kAssessmentPlan, d("2027-06-03"));
  CHECK(found[0].due == d("2027-08-28"));    // Aug 18 + 10
  CHECK(found[0].advice == d("2027-08-27"));  // a Saturday
  // Federal profile has no assessment-plan rule.
  CHECK(fixtures::Engine("federal").of(s, DeadlineKind::kAssessmentPlan, d("2027-06-03")).empty());
}

TEST_CASE("initial IEP meeting within 30 days of eligibility (34 CFR 300.323(c)(1))") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kIep);
  s.key_dates.initial_eligibility = d("2026-10-01");
  auto found = engine.of(s, DeadlineKind::kInitialIep, d("2026-10-05"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-10-31"));
  Meeting held;
  held.meta = fixtures::meta(50);
  held.type = MeetingType::kInitial;
  held.status = MeetingStatus::kHeld;
  held.date = d("2026-10-20");
  s.meetings.push_back(held);
  found = engine.of(s, DeadlineKind::kInitialIep, d("2026-11-23"));
  CHECK(found[0].completed == d("2026-10-20"));
  // California's 60-day rule already runs to the IEP meeting: no separate 30-day item.
  CHECK(fixtures::Engine("california").of(s, DeadlineKind::kInitialIep, d("2026-10-05")).empty());
}

TEST_CASE("annual review: not less than annually, readings of 'a year' (34 CFR 300.324(b)(1)(i))") {
  Student s = fixtures::student(PlanType::kIep);
  s.key_dates.last_iep_meeting = d("2024-02-29");
  CHECK(fixtures::Engine("federal").of(s, DeadlineKind::kAnnualReview, d("2025-01-10"))[0].due
        == d("2025-02-28"));
  s.key_dates.last_iep_meeting = d("2025-11-07");
  CaseloadSettings settings = fixtures::settings("federal");
  auto day_before = fixtures::Engine(settings);
  for (auto& rule : day_before.profile_.rules) {
    if (rule.kind == DeadlineKind::kAnnualReview) rule.annual_reading = AnnualReading::kDayBeforeAnniversary;
  }
  CHECK(day_before.of(s, DeadlineKind::kAnnualReview, d("2026-11-01"))[0].due == d("2026-11-06"));
  // A held annual meeting restarts the clock even if the key date was not updated.
  Meeting held;
  held.meta = fixtures::meta(60);
  held.type = MeetingType::kAnnual;
  held.status = MeetingStatus::kHeld;
  held.date = d("2026-10-15");
  s.meetings.push_back(held);
  auto found = fixtures::Engine("federal").of(s, DeadlineKind::kAnnualReview, d("2026-11-23"));
  CHECK(found[0].due == d("2027-10-15"));
  CHECK(found[0].status == DeadlineStatus::kLater);
}

TEST_CASE("a district override changes a rule's offset; an unknown rule is reported") {
  CaseloadSettings settings = fixtures::settings("federal");
  settings.rule_overrides = {{"annual-review", Offset{11, OffsetUnit::kMonths}, false}};
  Student s = fixtures::student(PlanType::kIep);
  s.key_dates.last_iep_meeting = d("2026-01-31");
  CHECK(fixtures::Engine(settings).of(s, DeadlineKind::kAnnualReview, d("2026-11-23"))[0].due
        == d("2026-12-31"));
  settings.rule_overrides = {{"triennial", std::nullopt, true}};
  s.key_dates.last_evaluation = d("2024-01-01");
  CHECK(fixtures::Engine(settings).of(s, DeadlineKind::kTriennial, d("2026-11-23")).empty());
  settings.rule_overrides = {{"no-such-rule", Offset{1, OffsetUnit::kYears}, false}};
  auto bad = resolve_profile("federal", settings);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("no-such-rule") != std::string::npos);
}

TEST_CASE("triennial reevaluation every 3 years from the last evaluation (34 CFR 300.303(b)(2))") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kIep);
  s.key_dates.initial_eligibility = d("2020-05-01");
  s.key_dates.last_evaluation = d("2023-12-01");
  auto found = engine.of(s, DeadlineKind::kTriennial, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-12-01"));
  CHECK(found[0].status == DeadlineStatus::kDueSoon);  // 8 days: within 30, not within 7
  s.key_dates.last_evaluation.reset();  // falls back to the initial evaluation
  CHECK(engine.of(s, DeadlineKind::kTriennial, d("2026-11-23"))[0].due == d("2023-05-01"));
}

TEST_CASE("504 review yearly and reevaluation every 3 years (34 CFR 104.35(d))") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kPlan504);
  s.key_dates.plan_504 = d("2025-11-30");
  s.key_dates.last_evaluation = d("2024-03-01");
  auto review = engine.of(s, DeadlineKind::kPlan504Review, d("2026-11-23"));
  REQUIRE(review.size() == 1);
  CHECK(review[0].due == d("2026-11-30"));
  CHECK(review[0].status == DeadlineStatus::kDueVerySoon);
  CHECK(engine.of(s, DeadlineKind::kPlan504Reevaluation, d("2026-11-23"))[0].due == d("2027-03-01"));
  CHECK(engine.of(s, DeadlineKind::kAnnualReview, d("2026-11-23")).empty());  // not an IEP
}

TEST_CASE("transition goals in the IEP in effect at 16 (34 CFR 300.320(b)); 14 in Kansas") {
  const fixtures::Engine federal("federal");
  Student s = fixtures::student(PlanType::kIep);
  s.date_of_birth = d("2011-01-15");
  s.key_dates.last_iep_meeting = d("2026-01-10");
  // The annual review due Jan 10 2027 writes the IEP in effect on Jan 15 2027.
  auto found = federal.of(s, DeadlineKind::kTransitionPlan, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2027-01-10"));
  // If the current IEP runs past the birthday, it must be amended before the birthday.
  s.key_dates.last_iep_meeting = d("2026-03-01");
  CHECK(federal.of(s, DeadlineKind::kTransitionPlan, d("2026-11-23"))[0].due == d("2027-01-15"));
  s.key_dates.transition_plan = d("2026-11-01");
  CHECK(federal.of(s, DeadlineKind::kTransitionPlan, d("2026-11-23"))[0].status == DeadlineStatus::kDone);
  // Kansas: from 14. Birthday Jan 15 2025, so the plan was due long ago.
  s.key_dates.transition_plan.reset();
  CHECK(fixtures::Engine("kansas").of(s, DeadlineKind::kTransitionPlan, d("2026-11-23"))[0].status
        == DeadlineStatus::kOverdue);
  // A 9-year-old has no transition item yet.
  s.date_of_birth = d("2017-05-01");
  CHECK(federal.of(s, DeadlineKind::kTransitionPlan, d("2026-11-23")).empty());
}

TEST_CASE("an agreed extension replaces the initial evaluation date (34 CFR 300.301(d))") {
  const fixtures::Engine engine("federal");
  Student s = fixtures::student(PlanType::kReferral);
  s.key_dates.consent_received = d("2026-09-01");
  s.evaluation_extension = TimelineExtension{d("2026-12-15"), "Student enrolled from another district"};
  auto found = engine.of(s, DeadlineKind::kInitialEvaluation, d("2026-11-23"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2026-12-15"));
  CHECK(found[0].basis.find("Extended by agreement") == 0);
}

TEST_CASE("California parent-requested meeting within 30 days (Ed. Code 56343.5)") {
  const fixtures::Engine engine("california");
  Student s = fixtures::student(PlanType::kIep);
  s.key_dates.parent_meeting_request = d("2026-12-10");
  auto found = engine.of(s, DeadlineKind::kParentMeetingRequest, d("2026-12-10"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == d("2027-01-19"));  // Jan 9 + the winter break's 10 weekdays
  CHECK(fixtures::Engine("federal").of(s, DeadlineKind::kParentMeetingRequest, d("2026-12-10")).empty());
}
