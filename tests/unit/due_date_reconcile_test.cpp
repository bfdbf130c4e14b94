#include "caseload/due_date_reconcile.hpp"

#include <doctest/doctest.h>

#include "caseload/deadline_engine.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

TEST_CASE("district due dates against Caseload's: agree, differ by days, missing, unknown student") {
  Caseload caseload;
  caseload.settings = fixtures::settings();
  Student s = fixtures::student();
  s.external_id = "1001";
  s.key_dates.last_iep_meeting = d("2026-03-02");
  caseload.students.push_back(s);
  const auto profile = fixtures::profile(caseload.settings);
  const auto calendar = make_calendar(caseload.settings);
  const auto deadlines = caseload_deadlines(caseload, {profile, calendar, caseload.settings, d("2026-11-23")});
  std::optional<Date> annual;
  for (const auto& dl : deadlines) {
    if (dl.kind == DeadlineKind::kAnnualReview && dl.status != DeadlineStatus::kDone) annual = dl.due;
  }
  REQUIRE(annual);

  const std::string csv = "Student ID,Annual IEP Due,Triennial Due\n"
                          "1001," + format_date(*annual) + ",2027-05-01\n"
                          "1001," + format_date(add_days(*annual, -3)) + ",\n"
                          "2002,2027-01-01,\n"
                          "1001,soon,\n";
  const auto table = parse_csv(csv);
  REQUIRE(table);
  const auto mapping = guess_due_date_mapping(table->header);
  CHECK(mapping[0].student_id);
  CHECK(mapping[1].kind == DeadlineKind::kAnnualReview);
  CHECK(mapping[2].kind == DeadlineKind::kTriennial);

  const Reconciliation r = reconcile_due_dates(*table, mapping, caseload, deadlines);
  CHECK(r.agrees == 1);
  CHECK(r.differs == 1);
  CHECK(r.only_district == 1);  // no evaluation date: Caseload has no triennial
  CHECK(r.unknown_students == 1);
  CHECK(r.unreadable == 1);
  REQUIRE(r.rows.size() == 5);
  CHECK(r.rows.back().agreement == Agreement::kAgrees);  // disagreements come first
  const auto differs = std::find_if(r.rows.begin(), r.rows.end(), [](auto& row) { return row.agreement == Agreement::kDiffers; });
  CHECK(differs->line == 3);
  CHECK(differs->message == "Caseload's date is 3 days later");
  const auto unknown = std::find_if(r.rows.begin(), r.rows.end(), [](auto& row) { return row.agreement == Agreement::kUnknownStudent; });
  CHECK(unknown->message == "no student with ID 2002 on your caseload");
}
