// Progress reports: pick a reporting period, see every IEP student's goals with their status for
// that period, edit the statement of progress of each goal (generated from the data until edited)
// and the narrative, then open one student's report or the whole caseload's as a printable
// document. Marking a report sent is on the student's records tab.
#pragma once

#include <string>
#include <vector>

#include "caseload/progress_report.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class ReportsScreen {
 public:
  explicit ReportsScreen(AppSession& session) : session_(session) {}
  void draw(UiState& ui);

 private:
  void draw_student_list(const ReportingPeriod& period, const UiState& ui);
  void draw_editor(const ReportingPeriod& period, const Student& student, const UiState& ui);
  void load_texts(const ReportingPeriod& period, const Student& student);
  void save_texts();  // for the student and period the texts were loaded for
  void open_reports(const ReportingPeriod& period, const std::vector<const Student*>& students);

  AppSession& session_;
  int period_index_ = -1;
  std::optional<Uuid> student_;
  // The texts being edited for (period, student): one per goal, then the narrative.
  std::vector<std::string> texts_;
  std::string loaded_key_;
  std::optional<StudentReport> report_;  // for loaded_key_ (the key holds the caseload revision)
  bool unsaved_ = false;
  Uuid texts_student_;
  std::string texts_period_;
};

}  // namespace caseload::app
