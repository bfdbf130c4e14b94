// The unlocked app: the top bar (save state, privacy mode, settings, lock) over the caseload list
// and the selected student, or the caseload's open deadlines when no student is selected.
#pragma once

#include "session/app_session.hpp"
#include "ui/export_dialog.hpp"
#include "ui/import_dialog.hpp"
#include "ui/settings_dialog.hpp"
#include "ui/student_list_panel.hpp"
#include "ui/student_panel.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class MainScreen {
 public:
  explicit MainScreen(AppSession& session) : session_(session), student_panel_(session) {}
  void draw();

 private:
  void draw_top_bar();
  void draw_save_state();
  void draw_caseload_deadlines();
  void handle_shortcuts();

  AppSession& session_;
  UiState ui_;
  StudentListPanel list_;
  StudentPanel student_panel_;
  SettingsDialog settings_;
  ExportDialog export_;
  ImportDialog import_;
};

}  // namespace caseload::app
