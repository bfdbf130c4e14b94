#include "caseload/caseload_json.hpp"

#include <doctest/doctest.h>

#include "caseload/demo_caseload.hpp"
#include "caseload/schema_migration.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

bool has_problem(const ValidationReport& report, const std::string& path, const std::string& words,
                 Severity severity = Severity::kError) {
  for (const auto& p : report.problems()) {
    if (p.path == path && p.severity == severity && p.message.find(words) != std::string::npos) return true;
  }
  return false;
}

Json minimal_document() {
  return parse_json(R"({
    "format": "caseload", "schema_version": 1,
    "settings": {"rule_profile": "federal"},
    "students": [{
      "id": "00000000-0000-4000-8000-000000000001",
      "created": "2026-08-01T00:00:00Z", "modified": "2026-08-01T00:00:00Z",
      "first_name": "Test", "last_name": "Pupil", "plan_type": "iep",
      "key_dates": {"last_iep_meeting": "2026-03-01"}
    }]
  })").value();
}

}  // namespace

TEST_CASE("a demo caseload survives a save and load unchanged") {
  const Caseload original = generate_demo_caseload({40, 9, d("2026-11-23"), "california"});
  const std::string text = save_caseload(original);
  auto loaded = load_caseload(text);
  REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().describe()));
  CHECK(loaded->students.size() == 40);
  CHECK(loaded->demo);
  CHECK(save_caseload(*loaded) == text);
}

TEST_CASE("a single student round-trips for per-record storage") {
  const Caseload demo = generate_demo_caseload({3, 2, d("2026-11-23"), "federal"});
  const Json value = student_to_json(demo.students[1]);
  auto back = student_from_json(value);
  REQUIRE(back.ok());
  CHECK(student_to_json(*back) == value);
  Json broken = value;
  broken["plan_type"] = "iepp";
  auto bad = student_from_json(broken);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("/plan_type") != std::string::npos);
}

TEST_CASE("validation reports every problem with its path, and keeps reading") {
  Json doc = minimal_document();
  Json& s = doc["students"][0];
  s["date_of_birth"] = "2013-02-30";              // not a real date
  s["grade"] = "13";                              // not a grade
  s["english_learner"] = "yes";                   // wrong type
  s["nickname"] = "Tee";                          // unknown field
  s["contacts"] = Json::array({{{"id", "00000000-0000-4000-8000-000000000002"},
                                {"created", "2026-08-01T00:00:00Z"}, {"modified", "2026-08-01T00:00:00Z"}}});
  s["meetings"] = Json::array({{{"id", "not-a-uuid"}, {"created", "2026-08-01T00:00:00Z"},
                                {"modified", "2026-08-01T00:00:00Z"}, {"type", "annual"},
                                {"date", "2026-12-01"}, {"duration_minutes", 0}}});
  const CaseloadDocument result = read_caseload_document(doc);
  const ValidationReport& r = result.report;
  CHECK(has_problem(r, "/students/0/date_of_birth", "real date"));
  CHECK(has_problem(r, "/students/0/grade", "expected a grade"));
  CHECK(has_problem(r, "/students/0/english_learner", "true or false"));
  CHECK(has_problem(r, "/students/0/nickname", "unknown field", Severity::kWarning));
  CHECK(has_problem(r, "/students/0/contacts/0/name", "required"));
  CHECK(has_problem(r, "/students/0/meetings/0/id", "UUID"));
  CHECK(r.error_count() >= 6);
  // Reading went on past the problems: the student and their other fields are there.
  REQUIRE(result.caseload.students.size() == 1);
  CHECK(result.caseload.students[0].key_dates.last_iep_meeting == d("2026-03-01"));
}

TEST_CASE("cross-record checks: order of dates, unique ids, dangling references") {
  Caseload c;
  Student s = fixtures::student();
  s.key_dates.referral = d("2026-10-01");
  s.key_dates.consent_received = d("2026-09-01");
  Contact contact;
  contact.meta = fixtures::meta(5);
  contact.name = "Parent";
  s.contacts = {contact, contact};
  ContactLogEntry entry;
  entry.meta = fixtures::meta(6);
  entry.date = d("2026-10-02");
  entry.contact_id = fixtures::id(99);
  s.contact_log = {entry};
  Acknowledgement ack;
  ack.meta = fixtures::meta(7);
  ack.staff_id = fixtures::id(98);
  ack.plan_version = 2;
  ack.date = d("2026-10-02");
  s.acknowledgements = {ack};
  c.students = {s, s};
  const CaseloadDocument result = read_caseload_document(caseload_to_json(c));
  const ValidationReport& r = result.report;
  CHECK(has_problem(r, "/students/0/key_dates/consent_received", "before the referral"));
  CHECK(has_problem(r, "/students/0/contacts/1/id", "used twice"));
  CHECK(has_problem(r, "/students/0/contact_log/0/contact_id", "does not exist"));
  CHECK(has_problem(r, "/students/0/acknowledgements/0/staff_id", "does not exist"));
  CHECK(has_problem(r, "/students/0/acknowledgements/0/plan_version", "plan version"));
  CHECK(has_problem(r, "/students/1/id", "same id"));
}

TEST_CASE("wrong documents get a clear message, never a crash") {
  auto truncated = load_caseload(R"({"format": "caseload", "schema_version": 1, "students": [{"id": ")");
  REQUIRE_FALSE(truncated.ok());
  CHECK(truncated.error().message.find("not valid JSON") != std::string::npos);
  auto other = load_caseload(R"({"hello": "world"})");
  REQUIRE_FALSE(other.ok());
  CHECK(other.error().message.find("not a Caseload file") != std::string::npos);
  auto newer = load_caseload(R"({"format": "caseload", "schema_version": 99, "settings": {}, "students": []})");
  REQUIRE_FALSE(newer.ok());
  CHECK(newer.error().message.find("newer version of Caseload") != std::string::npos);
  auto array = load_caseload("[1, 2, 3]");
  REQUIRE_FALSE(array.ok());
  auto huge_number = load_caseload(R"({"format": "caseload", "schema_version": 1, "settings": {},
    "students": [], "demo": 1e999})");
  CHECK_FALSE(huge_number.ok());
}

TEST_CASE("migrations run in order from the document's version to the current one") {
  std::vector<std::string> ran;
  const std::vector<Migration> steps = {
      {2, "rename b to c", [&](Json& doc) { ran.push_back("2->3"); doc["c"] = doc["b"]; doc.erase("b"); return Status::success(); }},
      {1, "rename a to b", [&](Json& doc) { ran.push_back("1->2"); doc["b"] = doc["a"]; doc.erase("a"); return Status::success(); }},
  };
  Json doc = {{"schema_version", 1}, {"a", 42}};
  REQUIRE(migrate_document(doc, 3, steps, "test document").ok());
  CHECK(ran == std::vector<std::string>{"1->2", "2->3"});
  CHECK(doc == Json{{"schema_version", 3}, {"c", 42}});
  Json missing_step = {{"schema_version", 1}};
  CHECK_FALSE(migrate_document(missing_step, 4, steps, "test document").ok());
  Json failing = {{"schema_version", 1}};
  const std::vector<Migration> bad = {{1, "fails", [](Json&) { return Status(make_error("cannot")); }}};
  CHECK_FALSE(migrate_document(failing, 2, bad, "test document").ok());
}
