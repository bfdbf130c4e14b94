// The unlocked app: a top bar (demo badge, student count, save state, undo, privacy mode, export,
// import, help, lock), the navigation (Today, Caseload, By teacher, Settings) and the screen
// chosen, plus the export and import dialogs and the help panel with every keyboard shortcut.
#pragma once

#include "session/app_session.hpp"
#include "ui/calendar_screen.hpp"
#include "ui/caseload_screen.hpp"
#include "ui/csv_import_screen.hpp"
#include "ui/export_dialog.hpp"
#include "ui/import_dialog.hpp"
#include "ui/hours_screen.hpp"
#include "ui/reports_screen.hpp"
#include "ui/settings_screen.hpp"
#include "ui/student_screen.hpp"
#include "ui/teachers_screen.hpp"
#include "ui/today_screen.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class MainScreen {
 public:
  explicit MainScreen(AppSession& session)
      : session_(session), today_(session), caseload_(session), calendar_(session), reports_(session),
        hours_(session), csv_import_(session), student_(session), teachers_(session), settings_(session) {}
  void draw();

 private:
  void draw_top_bar();
  void draw_save_state();
  void draw_navigation();
  void draw_screen();
  void draw_help();
  void handle_shortcuts();
  void add_student();
  void step_text_size(int direction);
  void route_received_file();

  AppSession& session_;
  UiState ui_;
  TodayScreen today_;
  CaseloadScreen caseload_;
  CalendarScreen calendar_;
  ReportsScreen reports_;
  HoursScreen hours_;
  CsvImportScreen csv_import_;
  StudentScreen student_;
  TeachersScreen teachers_;
  SettingsScreen settings_;
  ExportDialog export_;
  ImportDialog import_;
  bool help_was_open_ = false;
};

}  // namespace caseload::app
