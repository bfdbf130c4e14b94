#include "caseload/csv.hpp"

#include <doctest/doctest.h>

using namespace caseload;

TEST_CASE("CSV: BOM, quoted fields with commas, doubled quotes and embedded line breaks") {
  const auto table = parse_csv("\xEF\xBB\xBFStudent ID,Name,Notes\r\n"
                               "1001,\"Rivera, Ana\",\"said \"\"hi\"\"\"\r\n"
                               "1002,Bo Li,\"two\nlines\"\r\n"
                               "\r\n"
                               "1003,Cy,plain\n");
  REQUIRE(table);
  CHECK(table->header == std::vector<std::string>{"Student ID", "Name", "Notes"});
  REQUIRE(table->rows.size() == 3);
  CHECK(table->rows[0].fields == std::vector<std::string>{"1001", "Rivera, Ana", "said \"hi\""});
  CHECK(table->rows[1].fields[2] == "two\nlines");
  CHECK(table->rows[1].line == 3);
  CHECK(table->rows[2].line == 6);  // the embedded break and the blank line count
  CHECK(table->problems.empty());
}

TEST_CASE("CSV: bad rows are reported with their line and skipped; the rest is read") {
  const auto table = parse_csv("id,name\n1,\"Ana\"x\n2,Bo\n3,\"never closed\n4,Di\n");
  REQUIRE(table);
  REQUIRE(table->rows.size() == 1);
  CHECK(table->rows[0].fields[1] == "Bo");
  REQUIRE(table->problems.size() == 2);
  CHECK(table->problems[0].line == 2);
  CHECK(table->problems[0].message == "unexpected text after a closing quote");
  CHECK(table->problems[1].line == 4);
  CHECK(table->problems[1].message == "a quote opened on line 4 is never closed");
}

TEST_CASE("CSV: separators are guessed from the header; empty and binary files are refused") {
  const auto semicolons = parse_csv("id;name\n1;\"A;B\"\n");
  REQUIRE(semicolons);
  CHECK(semicolons->separator == ';');
  CHECK(semicolons->rows[0].fields[1] == "A;B");
  const auto tabs = parse_csv("id\tname\n1\tAna\n");
  REQUIRE(tabs);
  CHECK(tabs->rows[0].fields == std::vector<std::string>{"1", "Ana"});
  CHECK_FALSE(parse_csv(""));
  CHECK_FALSE(parse_csv("\n\n"));
  CHECK(parse_csv(std::string("a,b\n\0\x01", 6)).error().message.find("not a text file") != std::string::npos);
}

TEST_CASE("CSV writing quotes what needs it and defuses formulas in user text") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"x\"") == "\"say \"\"x\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_text("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_text("+1") == "'+1");
  CHECK(csv_text("-2") == "'-2");
  CHECK(csv_text("@SUM(A1)") == "'@SUM(A1)");
  CsvWriter w;
  w.text("Rivera, Ana").number(6.5).plain("2026-09-14").end_row();
  CHECK(w.str() == "\"Rivera, Ana\",6.5,2026-09-14\r\n");
  const auto back = parse_csv("a,b,c\r\n" + w.str());
  REQUIRE(back);
  CHECK(back->rows[0].fields == std::vector<std::string>{"Rivera, Ana", "6.5", "2026-09-14"});
}
