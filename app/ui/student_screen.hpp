// One student: a header (name or initials, plan, grade, age, the next deadline) and a tab per
// part of the file: profile and key dates, contacts and the contact log, meetings with their
// checklists, services and minutes, accommodations and acknowledgements, goals and data, the
// rest of the records, and every deadline of the student with its citation.
#pragma once

#include "ui/contacts_tab.hpp"
#include "ui/goals_tab.hpp"
#include "ui/meetings_tab.hpp"
#include "ui/plan_tab.hpp"
#include "ui/profile_tab.hpp"
#include "ui/records_tab.hpp"
#include "ui/services_tab.hpp"

namespace caseload::app {

class StudentScreen {
 public:
  explicit StudentScreen(AppSession& session) : session_(session), profile_(session) {}
  void start_new_student(UiState& ui) { profile_.start_new_student(ui); }
  void draw(UiState& ui);
  // After a locked-away draft of a student form came back, the student to show (once).
  std::optional<Uuid> take_restored_selection() { return profile_.take_restored_selection(); }

 private:
  void draw_header(const Student& student, UiState& ui);
  void draw_deadlines(const Student& student, UiState& ui);
  bool tab(const char* label, StudentTab which, UiState& ui);

  AppSession& session_;
  ProfileTab profile_;
  ContactsTab contacts_;
  MeetingsTab meetings_;
  ServicesTab services_;
  PlanTab plan_;
  GoalsTab goals_;
  RecordsTab records_;
};

// The tab where a deadline's source record is edited.
StudentTab tab_for(const Deadline& deadline);

}  // namespace caseload::app
