#include "caseload/progress_report.hpp"

#include <doctest/doctest.h>

#include "caseload/caseload_csv.hpp"
#include "caseload/progress_chart.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

Student reader() {
  Student s = fixtures::student();
  s.first_name = "Maya";
  s.last_name = "<script>alert(1)</script>";
  Goal g;
  g.meta = fixtures::meta(10);
  g.area = "Reading fluency";
  g.unit = "wcpm";
  g.baseline = 40;
  g.target = 90;
  g.start = d("2026-01-05");
  g.target_date = d("2026-06-04");
  for (auto [date, value] : {std::pair{"2026-01-05", 40.0}, {"2026-01-12", 44.0}, {"2026-01-19", 47.0},
                             {"2026-01-26", 52.0}, {"2026-04-20", 99.0}}) {
    g.data.push_back({fixtures::meta(11), d(date), value, ""});
  }
  s.goals.push_back(g);
  return s;
}

ReportingPeriod january() { return {"q2", "Quarter 2", d("2026-01-01"), d("2026-01-31"), d("2026-02-06")}; }

}  // namespace

TEST_CASE("a goal's report judges the period's data: how much progress and whether it is sufficient") {
  const Student s = reader();
  const ReportingPeriod period = january();
  const StudentReport report = build_student_report(s, period, {});
  REQUIRE(report.goals.size() == 1);
  const GoalReport& g = report.goals[0];
  CHECK(g.points_in_period == 4);  // the April point is after the period: left out
  CHECK(g.progress.decision == ProgressDecision::kOnTrack);
  CHECK(g.status == "Sufficient progress to meet the goal");
  CHECK(g.generated ==
        "During Quarter 2, Maya went from 40 to 52 wcpm over 4 measurements (starting point 40). At this rate Maya "
        "would reach about 123.5 wcpm by Thu, Jun 4, 2026 (goal: 90): the progress is sufficient to meet the goal "
        "by its date.");
  CHECK_FALSE(g.edited);
}

TEST_CASE("a saved statement replaces the generated one; the narrative is kept per period") {
  Student s = reader();
  s.progress_statements.push_back({fixtures::meta(20), "q2", s.goals[0].meta.id, "Maya reads with more expression."});
  s.progress_statements.push_back({fixtures::meta(21), "q2", std::nullopt, "A great quarter & more to come."});
  s.progress_statements.push_back({fixtures::meta(22), "q3", std::nullopt, "Another period."});
  const StudentReport report = build_student_report(s, january(), {});
  CHECK(report.goals[0].edited);
  CHECK(report.goals[0].statement == "Maya reads with more expression.");
  CHECK(report.narrative == "A great quarter & more to come.");
}

TEST_CASE("the report HTML escapes every piece of user text and needs nothing from outside") {
  Student s = reader();
  s.goals[0].area = "Reading <b>fluency</b>";
  s.progress_statements.push_back({fixtures::meta(21), "q2", std::nullopt, "Line one\n<img src=x onerror=alert(1)>"});
  CaseloadSettings settings;
  settings.case_manager.name = "Pat \"PJ\" Case";
  const ReportingPeriod period = january();
  const std::string html = progress_reports_html({build_student_report(s, period, {})}, settings, d("2026-02-02"));
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<b>fluency") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("Line one<br>&lt;img") != std::string::npos);
  CHECK(html.find("Pat &quot;PJ&quot; Case") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg"));  // the SVG namespace only
  CHECK(html.find(" src=") == html.find(" src=x onerror"));  // only inside the escaped text
}

TEST_CASE("chart scale: nice value ticks and month labels") {
  const Student s = reader();
  const auto progress = assess_goal(s.goals[0], {});
  const ChartScale scale = chart_scale_of(s.goals[0], progress);
  CHECK(scale.low == 40);
  CHECK(scale.high == 100);
  REQUIRE(scale.value_ticks.size() == 4);  // 40 to 99 in steps of 20
  CHECK(scale.value_ticks[1].label == "60");
  CHECK(scale.y(70) == doctest::Approx(0.5));
  CHECK(scale.x(d("2026-01-05")) == 0);
  CHECK(scale.x(d("2026-06-04")) == 1);
  REQUIRE_FALSE(scale.month_ticks.empty());
  CHECK(scale.month_ticks.front().label == "Feb");
  CHECK(scale.month_ticks.back().label == "Jun");
}

TEST_CASE("caseload CSV: one row per student, text formula-protected") {
  Caseload caseload;
  Student s = reader();
  s.last_name = "=1+1";
  s.external_id = "1001";
  caseload.students.push_back(s);
  const std::string csv = caseload_csv(caseload, {});
  CHECK(csv.rfind("Last name,First name,Student ID,", 0) == 0);
  CHECK(csv.find("\r\n'=1+1,Maya,1001,") != std::string::npos);
}
