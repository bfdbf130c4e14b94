// IEP goals (area, description, baseline, target, unit, measurement, dates) and their progress
// data: a value for today is two keystrokes away; stale data is flagged.
#pragma once

#include <cstdint>
#include <vector>

#include "caseload/progress_monitoring.hpp"
#include "ui/student_tab.hpp"

namespace caseload::app {

class GoalsTab {
 public:
  void draw(const StudentView& view);

 private:
  struct GoalForm {
    std::string area, description, baseline, target, unit, measurement, start, target_date;
  };
  void draw_goal_form(const StudentView& view);
  void draw_selected(const StudentView& view, const Goal& goal);
  void draw_overview(const StudentView& view);
  // The decision for each goal, recomputed only when the caseload or the student changes.
  const GoalProgress& progress_of(const StudentView& view, const Goal& goal);

  ListEditing editing_;
  GoalForm form_;
  std::optional<Uuid> selected_;
  std::string value_, note_, point_date_;
  bool focus_value_ = false;
  std::optional<Uuid> loaded_for_;
  std::vector<std::pair<Uuid, GoalProgress>> progress_;
  std::uint64_t progress_revision_ = ~0ull;
};

}  // namespace caseload::app
