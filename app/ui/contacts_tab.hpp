// The student's family and other contacts (with the legal decision-maker and FERPA flags), and
// the contact log with a quick "log a contact" form: method, who, purpose, outcome, and now as
// the default date and time.
#pragma once

#include "ui/student_tab.hpp"

namespace caseload::app {

class ContactsTab {
 public:
  void draw(const StudentView& view);

 private:
  struct ContactForm {
    std::string name, relationship, phone, email, language;
    bool decision_maker = false, ferpa = false;
    int preferred = 0;  // 0 none, else ContactMethod + 1
  };
  struct LogForm {
    std::string date, time, purpose, notes;
    ContactMethod method = ContactMethod::kPhone;
    ContactOutcome outcome = ContactOutcome::kReached;
    int contact = 0;  // 0 nobody in particular, else index + 1
  };
  void draw_contacts(const StudentView& view);
  void draw_contact_form(const StudentView& view);
  void draw_log(const StudentView& view);
  void draw_log_form(const StudentView& view);
  void reset_log_form(const StudentView& view);

  ListEditing contact_editing_;
  ContactForm contact_;
  ListEditing log_editing_;
  LogForm log_;
  std::optional<Uuid> loaded_for_;
};

}  // namespace caseload::app
