#include "caseload/json_io.hpp"

#include <doctest/doctest.h>

using caseload::parse_json;

TEST_CASE("parse_json accepts a well-formed document") {
  auto parsed = parse_json(R"({"schema": 1, "students": []})");
  REQUIRE(parsed.ok());
  CHECK(parsed->at("schema") == 1);
}

TEST_CASE("parse_json reports where malformed text breaks, without throwing") {
  auto parsed = parse_json("{\n  \"a\": 1,\n  oops\n}", "caseload file");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().where == "line 3, column 3");
  CHECK(parsed.error().message.find("caseload file") != std::string::npos);
}

TEST_CASE("parse_json rejects truncated input") {
  auto parsed = parse_json(R"({"students": [{"name": "A)");
  REQUIRE_FALSE(parsed.ok());
  CHECK_FALSE(parsed.error().where.empty());
}

TEST_CASE("dump_json survives invalid UTF-8 instead of throwing") {
  caseload::Json doc = {{"note", std::string("caf\xC3", 4)}};
  std::string text;
  CHECK_NOTHROW(text = caseload::dump_json(doc));
  CHECK(text.find("caf") != std::string::npos);
}
