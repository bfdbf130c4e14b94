// IEP goals (area, description, baseline, target, unit, measurement, dates) and their progress
// data: a value for today is two keystrokes away; stale data is flagged.
#pragma once

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

  ListEditing editing_;
  GoalForm form_;
  std::optional<Uuid> selected_;
  std::string value_, note_, point_date_;
  bool focus_value_ = false;
  std::optional<Uuid> loaded_for_;
};

}  // namespace caseload::app
