#include "caseload/progress_monitoring.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace caseload {

std::string format_measure(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out = text;
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  if (out == "-0") out = "0";
  return out;
}

namespace {

std::string number(double value) { return format_measure(value); }

std::vector<DataPoint> sorted_points(const Goal& goal) {
  std::vector<DataPoint> points = goal.data;
  std::stable_sort(points.begin(), points.end(), [](const DataPoint& a, const DataPoint& b) { return a.date < b.date; });
  return points;
}

// +1 when the goal aims up, -1 when it aims down; "worse than" compares after multiplying by it.
double direction_of(const Goal& goal) { return goal.target >= goal.baseline ? 1.0 : -1.0; }

}  // namespace

DecisionRules decision_rules_of(const MonitoringThresholds& thresholds) {
  DecisionRules rules;
  if (thresholds.decision_min_points) rules.min_points = *thresholds.decision_min_points;
  if (thresholds.decision_run_length) rules.run_length = *thresholds.decision_run_length;
  return rules;
}

double Line::at(Date date) const { return intercept + slope_per_day * days_between(origin, date); }

std::optional<Line> least_squares(const std::vector<DataPoint>& points) {
  if (points.size() < 2) return std::nullopt;
  const Date origin = std::min_element(points.begin(), points.end(), [](auto& a, auto& b) { return a.date < b.date; })->date;
  double sum_x = 0, sum_y = 0;
  for (const auto& p : points) {
    sum_x += days_between(origin, p.date);
    sum_y += p.value;
  }
  const double n = static_cast<double>(points.size());
  const double mean_x = sum_x / n, mean_y = sum_y / n;
  double sxx = 0, sxy = 0;
  for (const auto& p : points) {
    const double dx = days_between(origin, p.date) - mean_x;
    sxx += dx * dx;
    sxy += dx * (p.value - mean_y);
  }
  if (sxx == 0) return std::nullopt;  // every point on the same day: no slope
  const double slope = sxy / sxx;
  return Line{origin, mean_y - slope * mean_x, slope};
}

Line aimline_of(const Goal& goal) {
  const int span = days_between(goal.start, goal.target_date);
  const double slope = span > 0 ? (goal.target - goal.baseline) / span : 0.0;
  return Line{goal.start, goal.baseline, slope};
}

GoalProgress assess_goal(const Goal& goal, const DecisionRules& rules) {
  GoalProgress progress;
  progress.aimline = aimline_of(goal);
  const std::vector<DataPoint> points = sorted_points(goal);
  progress.points = static_cast<int>(points.size());
  progress.trend = least_squares(points);
  if (progress.trend) progress.projected = progress.trend->at(goal.target_date);
  if (points.empty()) {
    progress.decision = ProgressDecision::kNoData;
    progress.words = "No data yet: enter the first data point.";
    return progress;
  }
  progress.latest = points.back().value;
  progress.latest_date = points.back().date;
  const double direction = direction_of(goal);
  if (direction * (points.back().value - goal.target) >= 0) {
    progress.decision = ProgressDecision::kGoalMet;
    progress.words = "Goal met: the latest point (" + number(points.back().value) + ") reaches the target of " +
                     number(goal.target) + ".";
    return progress;
  }
  if (progress.points < rules.min_points) {
    progress.decision = ProgressDecision::kNotEnoughData;
    progress.words = "Not enough data to decide (" + std::to_string(progress.points) + " of " +
                     std::to_string(rules.min_points) + " points).";
    return progress;
  }
  const int run = std::min(rules.run_length, progress.points);
  const bool run_below = progress.points >= rules.run_length &&
                         std::all_of(points.end() - run, points.end(), [&](const DataPoint& p) {
                           return direction * (p.value - progress.aimline.at(p.date)) < 0;
                         });
  if (run_below) {
    progress.decision = ProgressDecision::kChangeInstruction;
    progress.words = "The last " + std::to_string(run) + " points are below the aimline: consider an instructional change.";
    return progress;
  }
  const bool trend_keeps_up = progress.trend && direction * (progress.trend->slope_per_day - progress.aimline.slope_per_day) >= 0;
  if (trend_keeps_up) {
    progress.decision = ProgressDecision::kOnTrack;
    progress.words = "On track: the trend meets or exceeds the aimline.";
  } else {
    progress.decision = ProgressDecision::kBelowAimline;
    progress.words = "The trend is below the aimline: keep collecting data and watch closely.";
  }
  if (progress.projected) {
    progress.words += " At this rate: " + number(*progress.projected) + " by " + format_date_long(goal.target_date) +
                      " (target " + number(goal.target) + ").";
  }
  return progress;
}

const char* decision_label(ProgressDecision decision) {
  switch (decision) {
    case ProgressDecision::kNoData: return "No data";
    case ProgressDecision::kNotEnoughData: return "Not enough data";
    case ProgressDecision::kGoalMet: return "Goal met";
    case ProgressDecision::kChangeInstruction: return "Consider a change";
    case ProgressDecision::kOnTrack: return "On track";
    case ProgressDecision::kBelowAimline: return "Below the aimline";
  }
  return "";
}

}  // namespace caseload
