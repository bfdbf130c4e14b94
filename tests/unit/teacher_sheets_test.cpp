#include "caseload/teacher_sheets.hpp"

#include <doctest/doctest.h>

#include "caseload/html_writer.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

TEST_CASE("user text is escaped in HTML") {
  CHECK(escape_html("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  const std::string doc = HtmlDocument("A <b>title</b>").element("p", "<img src=x onerror=alert(1)>").finish();
  CHECK(doc.find("<img") == std::string::npos);
  CHECK(doc.find("&lt;img src=x") != std::string::npos);
  CHECK(doc.find("<title>A &lt;b&gt;title&lt;/b&gt;</title>") != std::string::npos);
  CHECK(doc.find("<style>") != std::string::npos);
  CHECK(doc.find("http") == std::string::npos);  // nothing external
}

TEST_CASE("teachers are gathered across students with acknowledgement status; sheets use initials") {
  Caseload c;
  Student a = fixtures::student();
  a.first_name = "Ada";
  a.last_name = "Lovelace";
  a.plan_version = 2;
  StaffMember teacher;
  teacher.meta = fixtures::meta(10);
  teacher.name = "Ms. Rivera";
  teacher.subject = "Math 7";
  a.staff = {teacher};
  a.acknowledgements = {{fixtures::meta(11), teacher.meta.id, 1, d("2026-09-01")}};  // an older version
  a.accommodations = {{fixtures::meta(12), AccommodationKind::kAccommodation, "Extended <time>", "Tests"}};
  Student b = fixtures::student();
  b.meta.id = fixtures::id(2);
  b.first_name = "Grace";
  b.last_name = "Hopper";
  StaffMember same = teacher;
  same.meta = fixtures::meta(20);
  same.name = "ms. rivera";
  same.subject = "Science 7";
  b.staff = {same};
  b.acknowledgements = {{fixtures::meta(21), same.meta.id, 1, d("2026-10-01")}};
  c.students = {a, b};
  const auto teachers = teachers_of(c);
  REQUIRE(teachers.size() == 1);
  CHECK(teachers[0].students.size() == 2);
  CHECK(teachers[0].not_acknowledged == 1);
  CHECK(teachers[0].subjects == "Math 7, Science 7");
  const std::string sheet = teacher_sheet_html(teachers[0], false, d("2026-11-23"), "Case Manager");
  CHECK(sheet.find("Lovelace") == std::string::npos);
  CHECK(sheet.find("A. L.") != std::string::npos);
  CHECK(sheet.find("Extended &lt;time&gt;") != std::string::npos);
  CHECK(sheet.find("Please confirm you received and understood plan version 2") != std::string::npos);
  CHECK(teacher_sheet_html(teachers[0], true, d("2026-11-23"), "").find("Ada Lovelace") != std::string::npos);
}
