// The plan in daily use: accommodations and modifications, the teachers and providers who carry
// them out, and whether each has acknowledged ("received and understood") the current plan
// version. An amendment makes a new version, so everyone is asked again.
#pragma once

#include "ui/student_tab.hpp"

namespace caseload::app {

class PlanTab {
 public:
  void draw(const StudentView& view);

 private:
  struct AccommodationForm {
    AccommodationKind kind = AccommodationKind::kAccommodation;
    std::string description, applies_in = "All classes";
  };
  struct StaffForm {
    std::string name, role = "General education teacher", subject, email;
  };
  void draw_accommodations(const StudentView& view);
  void draw_staff(const StudentView& view);

  ListEditing accommodation_editing_;
  AccommodationForm accommodation_;
  ListEditing staff_editing_;
  StaffForm staff_;
  bool confirm_amendment_ = false;
  std::optional<Uuid> loaded_for_;
};

// Whether a staff member has acknowledged the student's current plan version, and when.
std::optional<Date> acknowledged_current(const Student& student, const Uuid& staff_id);

}  // namespace caseload::app
