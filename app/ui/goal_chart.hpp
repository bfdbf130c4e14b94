// A goal's progress chart drawn with ImGui's draw lists: the data points, the aimline from the
// baseline to the target, the least-squares trend, the target line, month and value ticks; hovering
// shows the nearest point. The geometry is the core's (progress_chart.hpp), shared with reports.
#pragma once

#include <imgui.h>

#include "caseload/progress_monitoring.hpp"

namespace caseload::app::ui {

// Takes `size` of layout (width -1: the available width). Logged as a region with the decision
// in words, so screen readers and tests read what the chart shows.
void goal_chart(const char* id, const Goal& goal, const GoalProgress& progress, ImVec2 size);

}  // namespace caseload::app::ui
