#include "caseload/progress_monitoring.hpp"

#include <doctest/doctest.h>

#include "test_fixtures.hpp"

using namespace caseload;
namespace {

Date d(int y, unsigned m, unsigned day) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{day}};
}

// Reading fluency from 40 to 90 words per minute over 150 days: the aimline rises 1/3 a day.
Goal reading_goal(std::initializer_list<std::pair<Date, double>> points) {
  Goal g;
  g.meta = fixtures::meta(1);
  g.area = "Reading fluency";
  g.baseline = 40;
  g.target = 90;
  g.start = d(2026, 1, 5);
  g.target_date = d(2026, 6, 4);
  for (const auto& [date, value] : points) g.data.push_back({fixtures::meta(2), date, value, ""});
  return g;
}

}  // namespace

TEST_CASE("aimline from the baseline at the start to the target at the target date") {
  const Line aim = aimline_of(reading_goal({}));
  CHECK(aim.at(d(2026, 1, 5)) == doctest::Approx(40));
  CHECK(aim.at(d(2026, 6, 4)) == doctest::Approx(90));
  CHECK(aim.at(d(2026, 1, 26)) == doctest::Approx(47));  // 21 days x 1/3
}

TEST_CASE("least-squares trend, computed by hand") {
  // x = 0, 7, 14, 21; y = 40, 44, 47, 52. mean x 10.5, mean y 45.75; Sxy 136.5, Sxx 245.
  const Goal g = reading_goal({{d(2026, 1, 5), 40}, {d(2026, 1, 12), 44}, {d(2026, 1, 19), 47}, {d(2026, 1, 26), 52}});
  const auto trend = least_squares(g.data);
  REQUIRE(trend);
  CHECK(trend->slope_per_day == doctest::Approx(136.5 / 245.0));
  CHECK(trend->at(d(2026, 1, 5)) == doctest::Approx(39.9));
  CHECK(trend->at(d(2026, 6, 4)) == doctest::Approx(39.9 + 150 * 136.5 / 245.0));
  CHECK_FALSE(least_squares({g.data[0]}));                            // one point: no line
  CHECK_FALSE(least_squares({g.data[0], {g.data[0].meta, g.data[0].date, 45, ""}}));  // same day
}

TEST_CASE("decision rules in words") {
  const DecisionRules rules;  // 3 points to decide, a run of 4 below the aimline
  SUBCASE("no data and not enough data") {
    CHECK(assess_goal(reading_goal({}), rules).decision == ProgressDecision::kNoData);
    const auto two = assess_goal(reading_goal({{d(2026, 1, 5), 40}, {d(2026, 1, 12), 44}}), rules);
    CHECK(two.decision == ProgressDecision::kNotEnoughData);
    CHECK(two.words == "Not enough data to decide (2 of 3 points).");
  }
  SUBCASE("trend at least as steep as the aimline: on track, with the projection") {
    const auto p = assess_goal(
        reading_goal({{d(2026, 1, 5), 40}, {d(2026, 1, 12), 44}, {d(2026, 1, 19), 47}, {d(2026, 1, 26), 52}}), rules);
    CHECK(p.decision == ProgressDecision::kOnTrack);
    CHECK(p.words == "On track: the trend meets or exceeds the aimline. At this rate: 123.5 by Thu, Jun 4, 2026 "
                     "(target 90).");
  }
  SUBCASE("the last 4 points below the aimline: consider an instructional change") {
    // Aimline on Feb 2, 9, 16, 23: 49.3, 51.7, 54, 56.3; the points stay around 42.
    const auto p = assess_goal(reading_goal({{d(2026, 1, 5), 40}, {d(2026, 2, 2), 41}, {d(2026, 2, 9), 42},
                                             {d(2026, 2, 16), 42}, {d(2026, 2, 23), 43}}),
                               rules);
    CHECK(p.decision == ProgressDecision::kChangeInstruction);
    CHECK(p.words == "The last 4 points are below the aimline: consider an instructional change.");
  }
  SUBCASE("flatter than the aimline without a run of 4: below the aimline, watch") {
    const auto p = assess_goal(reading_goal({{d(2026, 1, 5), 40}, {d(2026, 2, 2), 41}, {d(2026, 2, 9), 42}}), rules);
    CHECK(p.decision == ProgressDecision::kBelowAimline);
  }
  SUBCASE("the latest point at the target: goal met") {
    const auto p = assess_goal(reading_goal({{d(2026, 1, 5), 40}, {d(2026, 5, 1), 91}}), rules);
    CHECK(p.decision == ProgressDecision::kGoalMet);
  }
  SUBCASE("thresholds are configurable") {
    MonitoringThresholds t;
    t.decision_min_points = 5;
    t.decision_run_length = 2;
    const DecisionRules custom = decision_rules_of(t);
    const auto few = assess_goal(reading_goal({{d(2026, 1, 5), 40}, {d(2026, 2, 2), 41}, {d(2026, 2, 9), 42}}), custom);
    CHECK(few.decision == ProgressDecision::kNotEnoughData);
  }
}

TEST_CASE("a goal that aims down (fewer outbursts): below means worse") {
  Goal g = reading_goal({});
  g.baseline = 10;
  g.target = 2;
  g.target_date = d(2026, 3, 6);  // 60 days: the aimline falls 8/60 a day
  for (auto [date, value] : {std::pair{d(2026, 1, 5), 10.0}, {d(2026, 1, 12), 9.0}, {d(2026, 1, 19), 8.0}}) {
    g.data.push_back({fixtures::meta(3), date, value, ""});
  }
  CHECK(assess_goal(g, {}).decision == ProgressDecision::kOnTrack);  // falling 1/7 a day, faster than 8/60
  g.data.push_back({fixtures::meta(4), d(2026, 2, 1), 2.0, ""});
  CHECK(assess_goal(g, {}).decision == ProgressDecision::kGoalMet);
  Goal stuck = g;
  stuck.data = {};
  for (int i = 0; i < 4; ++i) stuck.data.push_back({fixtures::meta(5 + i), add_days(d(2026, 1, 12), 7 * i), 11.0, ""});
  CHECK(assess_goal(stuck, {}).decision == ProgressDecision::kChangeInstruction);
}
