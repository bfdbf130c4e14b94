// The dashboard's frame: the top bar and the three main areas (caseload, deadlines, student
// detail) laid out to fill the window. The areas' contents are drawn by their own panels.
#pragma once

#include <cstddef>

#include "ui/fonts.hpp"

namespace caseload::app {

struct DashboardFrameModel {
  std::size_t student_count = 0;
  std::size_t overdue_count = 0;
  std::size_t due_soon_count = 0;
};

void draw_dashboard_frame(const DashboardFrameModel& model, const Fonts& fonts);

}  // namespace caseload::app
