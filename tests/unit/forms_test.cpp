#include <doctest/doctest.h>

#include "caseload/passphrase_strength.hpp"
#include "caseload/student_form.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

TEST_CASE("passphrase hints favour length over symbols") {
  CHECK(assess_passphrase("").strength == PassphraseStrength::kTooShort);
  CHECK(assess_passphrase("P@ss1!").strength == PassphraseStrength::kTooShort);
  CHECK_FALSE(assess_passphrase("password1234").acceptable);  // common word
  CHECK_FALSE(assess_passphrase("aaaaaaaaaaaa").acceptable);  // repeats
  CHECK_FALSE(assess_passphrase("abcdefghijkl").acceptable);  // a run
  const auto words = assess_passphrase("maple river lantern quietly");
  CHECK(words.acceptable);
  CHECK(words.strength >= PassphraseStrength::kGood);
  CHECK(words.advice.empty());
  CHECK(assess_passphrase("short pass").advice.find("another") != std::string::npos);
}

TEST_CASE("people type dates in ISO or US order") {
  CHECK(parse_user_date("2026-11-23") == d("2026-11-23"));
  CHECK(parse_user_date(" 11/23/2026 ") == d("2026-11-23"));
  CHECK(parse_user_date("1/5/27") == d("2027-01-05"));
  CHECK_FALSE(parse_user_date("23/11/2026").has_value());  // no 23rd month
  CHECK_FALSE(parse_user_date("2/30/2027").has_value());
  CHECK_FALSE(parse_user_date("next tuesday").has_value());
}

TEST_CASE("the student form validates each field with its own message") {
  StudentForm form;
  form.first_name = "Pixel";
  form.date_of_birth = "2030-01-01";
  form.grade = "13";
  form.last_iep_meeting = "11/31/2026";
  form.referral = "2026-10-01";
  form.consent_received = "2026-09-01";
  form.last_evaluation = "2027-01-01";
  const auto errors = validate_form(form, d("2026-11-23"));
  auto message = [&](const char* field) {
    for (const auto& e : errors) {
      if (e.field == field) return e.message;
    }
    return std::string();
  };
  CHECK(message("date_of_birth").find("check the year") != std::string::npos);
  CHECK(message("grade") == "use PK, TK, K, 1-12 or 18-22");
  CHECK(message("last_iep_meeting").find("11/23/2026") != std::string::npos);
  CHECK(message("consent_received") == "is before the referral");
  CHECK(message("last_evaluation").find("future") != std::string::npos);
  CHECK(message("first_name").empty());
}

TEST_CASE("applying a form keeps the student's records; a draft survives as JSON") {
  Student s = fixtures::student();
  s.notes.push_back({fixtures::meta(5), d("2026-11-01"), "kept"});
  StudentForm form = form_from_student(s);
  form.last_iep_meeting = "3/1/2026";
  form.grade = "7";
  form.plan_type = PlanType::kPlan504;
  auto applied = apply_form(form, s, d("2026-11-23"));
  REQUIRE(applied.ok());
  CHECK(applied->key_dates.last_iep_meeting == d("2026-03-01"));
  CHECK(applied->grade == Grade{7});
  CHECK(applied->plan_type == PlanType::kPlan504);
  CHECK(applied->notes.size() == 1);
  form.date_of_birth = "not yet";
  const StudentForm back = form_from_json(form_to_json(form));
  CHECK(back.date_of_birth == "not yet");
  CHECK(back.plan_type == PlanType::kPlan504);
  CHECK_FALSE(apply_form(back, s, d("2026-11-23")).ok());
  CHECK(form_from_json(parse_json(R"({"english_learner": "yes", "grade": 7})").value()).grade.empty());
}
