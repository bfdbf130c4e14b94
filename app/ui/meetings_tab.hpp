// Meetings of every type, scheduled and held, with their details, outcome and action items; for
// an IEP or 504 meeting, the checklist generated from its date (each step's due date and state,
// the parent-contact attempts and distinct methods so far) with boxes to tick.
#pragma once

#include "ui/student_tab.hpp"

namespace caseload::app {

class MeetingsTab {
 public:
  void draw(const StudentView& view);

 private:
  struct Form {
    MeetingType type = MeetingType::kAnnual;
    MeetingStatus status = MeetingStatus::kScheduled;
    std::string date, time, duration = "60", location, participants, outcome, paperwork, action_items;
    bool is_virtual = false;
  };
  void load(const Meeting& meeting);
  void draw_form(const StudentView& view);
  void draw_checklist(const StudentView& view, const Meeting& meeting);

  ListEditing editing_;
  Form form_;
  std::optional<Uuid> loaded_for_;
};

}  // namespace caseload::app
