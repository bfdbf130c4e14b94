#include "ui/student_screen.hpp"

#include <imgui.h>

#include "ui/controls.hpp"
#include "ui/mirror_requests.hpp"
#include "ui/deadline_table.hpp"

namespace caseload::app {

StudentTab tab_for(const Deadline& d) {
  switch (d.source.list) {
    case SourceList::kMeetings: return StudentTab::kMeetings;
    case SourceList::kGoals: return StudentTab::kGoals;
    case SourceList::kContactLog: return StudentTab::kContacts;
    case SourceList::kSuspensions:
    case SourceList::kRecordsRequests:
    case SourceList::kReportingPeriods: return StudentTab::kRecords;
    default: return StudentTab::kProfile;
  }
}

bool StudentScreen::tab(const char* label, StudentTab which, UiState& ui) {
  const bool select = ui.tab_requested && ui.tab == which;
  const bool open = ui::tab_item(label, select);
  if (open) ui.tab = which;
  return open;
}

void StudentScreen::draw(UiState& ui) {
  if (!ui.selected) return;
  const Student* student = session_.workspace().find_student(*ui.selected);
  const Student* adding = profile_.new_student(*ui.selected);
  if (!student && !adding) {
    ui.screen = ui.back_to;
    ui.selected.reset();
    return;
  }
  draw_header(student ? *student : *adding, ui);
  if (ui::begin_tab_bar("student-tabs", "Student record")) {
    if (tab("Profile", StudentTab::kProfile, ui)) {
      profile_.draw(ui);
      ui::end_tab_item();
    }
    if (student) {
      const StudentView view{session_, *student, ui};
      if (tab("Contacts", StudentTab::kContacts, ui)) {
        contacts_.draw(view);
        ui::end_tab_item();
      }
      if (tab("Meetings", StudentTab::kMeetings, ui)) {
        meetings_.draw(view);
        ui::end_tab_item();
      }
      if (tab("Services", StudentTab::kServices, ui)) {
        services_.draw(view);
        ui::end_tab_item();
      }
      if (tab("Accommodations", StudentTab::kPlan, ui)) {
        plan_.draw(view);
        ui::end_tab_item();
      }
      if (tab("Goals", StudentTab::kGoals, ui)) {
        goals_.draw(view);
        ui::end_tab_item();
      }
      if (tab("Discipline & records", StudentTab::kRecords, ui)) {
        records_.draw(view);
        ui::end_tab_item();
      }
      if (tab("Deadlines", StudentTab::kDeadlines, ui)) {
        draw_deadlines(*student, ui);
        ui::end_tab_item();
      }
    }
    ui::end_tab_bar();
  }
  ui.tab_requested = false;
  if (profile_.take_removed()) {
    ui.screen = Screen::kCaseload;
    ui.selected.reset();
  }
}

void StudentScreen::draw_header(const Student& student, UiState& ui) {
  if (ui::button("< Back") || (ui::key_pressed(ImGuiKey_Escape, false) && !ui::editing_text())) {
    ui.screen = ui.back_to;
    return;
  }
  ImGui::SameLine();
  ui::heading(display_name(student, ui), 1);
  std::string facts(to_label(student.plan_type));
  if (student.grade) facts += " · grade " + grade_code(*student.grade);
  if (student.date_of_birth) facts += " · age " + std::to_string(age_on(*student.date_of_birth, session_.today()));
  if (!student.school.empty()) facts += " · " + student.school;
  if (student.english_learner) facts += " · English learner";
  if (student.behavior_plan) facts += " · BIP";
  const auto& dates = session_.dates_of(student.meta.id);
  if (dates.overdue) facts += " · " + std::to_string(dates.overdue) + " overdue";
  ImGui::SameLine(0, 16);
  ImGui::AlignTextToFramePadding();
  ui::text(facts, dates.overdue ? ui::Tone::kDanger : ui::Tone::kMuted);
}

void StudentScreen::draw_deadlines(const Student& student, UiState& ui) {
  std::vector<const Deadline*> mine;
  for (const auto& d : session_.deadlines()) {
    if (d.student_id == student.meta.id) mine.push_back(&d);
  }
  if (mine.empty()) {
    ui::wrapped_text("No deadlines yet: enter the plan type and key dates (last IEP meeting, last evaluation, "
                     "consent...) on the Profile tab.", ui::Tone::kMuted);
    return;
  }
  draw_deadline_table(mine, session_.workspace(), ui, session_.today(), {"student-deadlines", false, true});
}

}  // namespace caseload::app
