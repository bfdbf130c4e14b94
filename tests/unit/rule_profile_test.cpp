#include "caseload/rule_profile.hpp"

#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;

TEST_CASE("every builtin profile parses and resolves with citations on every rule") {
  const auto ids = builtin_profile_ids();
  CHECK(ids == std::vector<std::string>{"california", "federal", "kansas"});
  for (const auto& id : ids) {
    auto profile = resolve_profile(id, CaseloadSettings{});
    REQUIRE_MESSAGE(profile.ok(), id);
    CHECK_FALSE(profile->rules.empty());
    CHECK_FALSE(profile->checklist.empty());
    for (const auto& rule : profile->rules) {
      CHECK_MESSAGE(!rule.citation.empty(), rule.id);
      CHECK_MESSAGE(!rule.title.empty(), rule.id);
    }
  }
}

TEST_CASE("California extends federal: replaces, adds and disables rules by id") {
  auto ca = resolve_profile("california", CaseloadSettings{});
  REQUIRE(ca.ok());
  CHECK(ca->find_rule("initial-iep") == nullptr);
  REQUIRE(ca->find_rule("assessment-plan"));
  CHECK(ca->find_rule("assessment-plan")->exclude_breaks.has_value());
  CHECK(ca->find_rule("records-request")->offset == Offset{5, OffsetUnit::kBusinessDays});
  CHECK(ca->find_rule("triennial")->citation.find("56381") != std::string::npos);
  REQUIRE(ca->find_rule("annual-review"));  // inherited rules keep their place
  CHECK(ca->defaults.due_soon_days == 30);
  auto ks = resolve_profile("kansas", CaseloadSettings{});
  REQUIRE(ks.ok());
  CHECK(ks->find_rule("initial-evaluation")->offset == Offset{60, OffsetUnit::kSchoolDays});
  bool kansas_notice = false;
  for (const auto& step : ks->checklist) {
    if (step.id == "notice") kansas_notice = step.offset == Offset{-10, OffsetUnit::kCalendarDays};
  }
  CHECK(kansas_notice);
}

TEST_CASE("a broken profile reports its problems") {
  auto unknown = resolve_profile("narnia", CaseloadSettings{});
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message.find("known: california, federal, kansas") != std::string::npos);

  auto bad = parse_rule_profile(R"({
    "format": "caseload-rule-profile", "schema_version": 1, "id": "x", "name": "X",
    "rules": [
      {"id": "r1", "kind": "records_request", "title": "t", "trigger": "referral",
       "offset": {"amount": 5, "unit": "business_days"}, "applies_to": ["iep"], "citation": "c"},
      {"id": "r2", "kind": "annual_review", "title": "t", "trigger": "last_iep_meeting",
       "offset": {"amount": 1, "unit": "fortnights"}, "applies_to": ["iep"]},
      {"id": "r1", "disabled": true}
    ]})");
  REQUIRE_FALSE(bad.ok());
  const std::string& message = bad.error().message;
  CHECK(message.find("/rules/0/trigger") != std::string::npos);
  CHECK(message.find("/rules/1/offset/unit") != std::string::npos);

  auto wrong_format = parse_rule_profile(R"({"format": "caseload", "schema_version": 1})");
  REQUIRE_FALSE(wrong_format.ok());
  CHECK(wrong_format.error().message.find("not a Caseload rule profile") != std::string::npos);

  auto extends_unknown = parse_rule_profile(R"({"format": "caseload-rule-profile", "schema_version": 1,
    "id": "district", "name": "District", "extends": "atlantis"})");
  REQUIRE(extends_unknown.ok());
  CHECK_FALSE(resolve_profile(*extends_unknown, CaseloadSettings{}).ok());
}

TEST_CASE("a district profile file can extend a builtin one") {
  auto district = parse_rule_profile(R"({"format": "caseload-rule-profile", "schema_version": 1,
    "id": "unified", "name": "Unified School District", "extends": "california",
    "defaults": {"due_soon_days": 45},
    "rules": [{"id": "parent-contact", "kind": "parent_contact", "title": "Family contact",
      "trigger": "last_contact", "offset": {"amount": 21, "unit": "calendar_days"},
      "applies_to": ["iep"], "citation": "District policy 6164.4"}]})");
  REQUIRE(district.ok());
  auto resolved = resolve_profile(*district, CaseloadSettings{});
  REQUIRE(resolved.ok());
  CHECK(resolved->defaults.due_soon_days == 45);
  CHECK(resolved->find_rule("parent-contact")->offset.amount == 21);
  CHECK(resolved->find_rule("assessment-plan") != nullptr);
}
