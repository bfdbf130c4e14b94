// The geometry of a goal's progress chart, shared by the app (ImGui draw lists) and the printed
// report (SVG): the date and value ranges, "nice" value ticks, month ticks, and where the
// aimline, the trend and the target fall. Positions are fractions (0..1, y from the bottom), so
// each renderer maps them to its own pixels.
#pragma once

#include <string>
#include <vector>

#include "caseload/progress_monitoring.hpp"

namespace caseload {

struct ChartTick {
  double at = 0;  // 0..1 along the axis
  std::string label;
};

struct ChartScale {
  Date first{}, last{};
  double low = 0, high = 1;
  double x(Date date) const;     // 0 at `first`, 1 at `last`
  double y(double value) const;  // 0 at `low`, 1 at `high`
  std::vector<ChartTick> value_ticks;
  std::vector<ChartTick> month_ticks;  // first of each month ("Sep"), thinned to fit
};

// Covers the goal's start to target date, its data, baseline and target.
ChartScale chart_scale_of(const Goal& goal, const GoalProgress& progress);

// A goal's chart as an SVG element (no script, no external reference), `width` x `height` user
// units, optionally shading one reporting period. All text is escaped.
std::string goal_chart_svg(const Goal& goal, const GoalProgress& progress, int width, int height,
                           const std::optional<std::pair<Date, Date>>& shaded = std::nullopt);

}  // namespace caseload
