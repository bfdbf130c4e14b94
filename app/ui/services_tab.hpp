// Services (type, minutes and frequency, provider, setting) with their delivery log: a quick
// "log a session" form (today, the usual minutes, or missed with a reason), and minutes delivered
// against required by week, with the make-up balance owed.
#pragma once

#include "ui/student_tab.hpp"

namespace caseload::app {

class ServicesTab {
 public:
  void draw(const StudentView& view);

 private:
  struct ServiceForm {
    std::string type, minutes = "30", provider, setting, start, end;
    ServiceFrequency frequency = ServiceFrequency::kPerWeek;
  };
  struct DeliveryForm {
    std::string date, minutes, reason;
    bool missed = false, makeup = false;
  };
  void draw_service_form(const StudentView& view);
  void draw_selected(const StudentView& view, const Service& service);
  void draw_delivery_form(const StudentView& view, const Service& service);

  ListEditing editing_;
  ServiceForm form_;
  std::optional<Uuid> selected_;
  ListEditing delivery_editing_;
  DeliveryForm delivery_;
  std::optional<Uuid> loaded_for_;
};

}  // namespace caseload::app
