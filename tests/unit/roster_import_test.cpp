#include "caseload/roster_import.hpp"

#include <doctest/doctest.h>

#include "caseload/csv_values.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

CsvTable table_of(const char* text) {
  auto table = parse_csv(text);
  REQUIRE(table);
  return *table;
}

}  // namespace

TEST_CASE("dates and flags as district exports write them") {
  CHECK(parse_csv_date("2026-09-14") == d("2026-09-14"));
  CHECK(parse_csv_date(" 9/14/2026 ") == d("2026-09-14"));
  CHECK(parse_csv_date("09/04/26") == d("2026-09-04"));
  CHECK_FALSE(parse_csv_date("2/30/2026"));
  CHECK_FALSE(parse_csv_date("14.09.2026"));
  CHECK(parse_yes_no("Y") == true);
  CHECK(parse_yes_no("no") == false);
  CHECK_FALSE(parse_yes_no("maybe"));
  CHECK(header_key("Student ID #") == "studentid");
}

TEST_CASE("the column mapping is guessed from the headers") {
  const auto mapping = guess_roster_mapping({"Student Number", "Last Name", "First Name", "Grade Level", "DOB",
                                             "Primary Disability", "Favorite color"});
  CHECK(mapping == RosterMapping{RosterField::kExternalId, RosterField::kLastName, RosterField::kFirstName,
                                 RosterField::kGrade, RosterField::kDateOfBirth, RosterField::kEligibility,
                                 RosterField::kIgnore});
  CHECK_FALSE(roster_mapping_problem(mapping));
  CHECK(roster_mapping_problem({RosterField::kFirstName}) == "Map one column to Student ID: re-imports find students by it.");
  CHECK(roster_mapping_problem({RosterField::kExternalId}) == "Map a column to a name (first, last or full name).");
}

TEST_CASE("preview: adds, updates by student ID, unchanged rows and errors with line numbers") {
  Caseload caseload;
  Student known = fixtures::student();
  known.external_id = "1002";
  known.first_name = "Bo";
  known.last_name = "Li";
  known.grade = parse_grade("6");
  known.goals.push_back({});  // lists are kept by a re-import
  caseload.students.push_back(known);
  Student same = fixtures::student();
  same.meta = fixtures::meta(2);
  same.external_id = "1004";
  same.first_name = "Di";
  same.last_name = "Ma";
  caseload.students.push_back(same);

  const CsvTable table = table_of(
      "Student ID,Name,Grade,Plan,Last IEP\n"
      "1001,\"Rivera, Ana\",07,IEP,9/14/2026\n"
      "1002,Bo Li,7,504,\n"
      "1003,Cy Oh,eleventy,IEP,\n"
      ",No Id,5,IEP,\n"
      "1004,Di Ma,,,\n"
      "1001,Ana Again,7,IEP,\n"
      "1005,\"Eve\"x,3,IEP,\n"
      "1006,Fay,4,IEP,2026-13-01\n");
  const auto mapping = guess_roster_mapping(table.header);
  REQUIRE(mapping[4] == RosterField::kLastIepMeeting);
  const RosterPreview preview = preview_roster(table, mapping, caseload);
  REQUIRE(preview.rows.size() == 8);
  CHECK(preview.added == 1);
  CHECK(preview.updated == 1);
  CHECK(preview.unchanged == 1);
  CHECK(preview.errors == 5);

  const RosterRow& ana = preview.rows[0];
  CHECK(ana.line == 2);
  CHECK(ana.action == RosterAction::kAdd);
  CHECK(ana.student.first_name == "Ana");
  CHECK(ana.student.last_name == "Rivera");
  CHECK(ana.student.grade == parse_grade("7"));
  CHECK(ana.student.key_dates.last_iep_meeting == d("2026-09-14"));

  const RosterRow& bo = preview.rows[1];
  CHECK(bo.action == RosterAction::kUpdate);
  CHECK(bo.message == "grade, plan type");
  CHECK(bo.student.meta.id == known.meta.id);
  CHECK(bo.student.goals.size() == 1);
  CHECK(bo.student.plan_type == PlanType::kPlan504);

  CHECK(preview.rows[2].message == "grade \"eleventy\" is not a grade (PK, K, 1 to 12, 18-22)");
  CHECK(preview.rows[3].message == "no student ID");
  CHECK(preview.rows[4].action == RosterAction::kUnchanged);
  CHECK(preview.rows[5].message == "student ID 1001 is also on line 2");
  CHECK(preview.rows[6].line == 8);
  CHECK(preview.rows[6].message == "unexpected text after a closing quote");
  CHECK(preview.rows[7].line == 9);
  CHECK(preview.rows[7].message.find("is not a date") != std::string::npos);

  const auto to_save = preview.to_save();
  REQUIRE(to_save.size() == 2);
  CHECK(to_save[0].meta.id.empty());  // new: the workspace gives it an id
}

TEST_CASE("a short row is an error, not a silent blank") {
  const CsvTable table = table_of("Student ID,First Name,Last Name,Grade\n1001,Ana\n");
  const auto preview = preview_roster(table, guess_roster_mapping(table.header), Caseload{});
  REQUIRE(preview.rows.size() == 1);
  CHECK(preview.rows[0].message == "has 2 columns, the header has 4");
}
