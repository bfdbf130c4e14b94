// Progress monitoring of one IEP goal: the aimline (from the baseline at the goal's start to the
// target at its target date), the ordinary least-squares trend of the data, and the decision rule
// a case manager applies to them, in words ("last 4 points below the aimline: consider an
// instructional change"). Goals may aim down (fewer outbursts): "below" then means "worse".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/caseload.hpp"

namespace caseload {

struct DecisionRules {
  int min_points = 3;  // fewer points than this: not enough data to decide
  int run_length = 4;  // this many latest points all on the wrong side of the aimline: change
};
DecisionRules decision_rules_of(const MonitoringThresholds& thresholds);

// value = intercept + slope * (days since `origin`)
struct Line {
  Date origin{};
  double intercept = 0;
  double slope_per_day = 0;
  double at(Date date) const;
};

enum class ProgressDecision {
  kNoData,             // no data points yet
  kNotEnoughData,      // fewer than min_points
  kGoalMet,            // the latest point reaches the target
  kChangeInstruction,  // the latest run_length points are all worse than the aimline
  kOnTrack,            // the trend is at least as steep as the aimline
  kBelowAimline,       // the trend is flatter than the aimline, but no run yet
};

struct GoalProgress {
  Line aimline;
  std::optional<Line> trend;             // with two or more points on different days
  ProgressDecision decision = ProgressDecision::kNoData;
  std::string words;                     // the decision, in plain language
  int points = 0;
  std::optional<double> latest;
  std::optional<Date> latest_date;
  std::optional<double> projected;       // the trend's value on the target date
};

// The fitted line through the points (x = days since the first point), if it is defined.
std::optional<Line> least_squares(const std::vector<DataPoint>& points);
Line aimline_of(const Goal& goal);
GoalProgress assess_goal(const Goal& goal, const DecisionRules& rules);

const char* decision_label(ProgressDecision decision);
// A measure for people: one decimal at most, "52" rather than "52.0".
std::string format_measure(double value);  // "On track", "Consider a change"...

}  // namespace caseload
