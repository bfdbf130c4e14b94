#include <doctest/doctest.h>

#include "caseload/caseload_json.hpp"
#include "caseload/caseload_summary.hpp"
#include "caseload/demo_caseload.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

TEST_CASE("the demo caseload is deterministic for a seed, valid, and obviously fake") {
  const DemoOptions options{60, 42, d("2026-11-23"), "federal"};
  const std::string a = save_caseload(generate_demo_caseload(options));
  CHECK(a == save_caseload(generate_demo_caseload(options)));
  CHECK(a != save_caseload(generate_demo_caseload({60, 43, d("2026-11-23"), "federal"})));
  const auto parsed = read_caseload_document(parse_json(a).value());
  CHECK(parsed.report.problems().empty());
  const Caseload& c = parsed.caseload;
  REQUIRE(c.students.size() == 60);
  CHECK(c.demo);
  int iep = 0, with_goals = 0;
  for (const auto& s : c.students) {
    iep += s.plan_type == PlanType::kIep;
    with_goals += !s.goals.empty();
    CHECK(s.external_id.rfind("DEMO", 0) == 0);
    for (const auto& contact : s.contacts) {
      CHECK(contact.email.find("@example.org") != std::string::npos);
      CHECK(contact.phone.rfind("555-01", 0) == 0);
    }
  }
  CHECK(iep > 30);
  CHECK(with_goals == iep);
}

TEST_CASE("the summary counts deadlines and files and exports no student data") {
  const DemoOptions options{80, 5, d("2026-11-23"), "federal"};
  const Caseload c = generate_demo_caseload(options);
  const RuleProfile profile = fixtures::profile(c.settings);
  const SchoolCalendar calendar = make_calendar(c.settings);
  const auto deadlines = caseload_deadlines(c, {profile, calendar, c.settings, options.today});
  const CaseloadSummary s = summarize_caseload(c, deadlines, profile, options.today);
  CHECK(s.students == 80);
  CHECK(s.iep + s.plan_504 + s.referral + s.exited == 80);
  int overdue = 0;
  for (const auto& dl : deadlines) overdue += dl.status == DeadlineStatus::kOverdue;
  CHECK(s.overdue == overdue);
  CHECK(s.annual_current <= s.iep_files);
  CHECK(s.annual_percent() <= 100.0);
  const std::string exported = dump_json(summary_to_json(s));
  for (const auto& student : c.students) {
    CHECK(exported.find(student.meta.id.str()) == std::string::npos);
    CHECK(exported.find(student.last_name) == std::string::npos);
  }
}
