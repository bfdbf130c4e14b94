// Importing CSV files: a roster from the student information system (map columns, read the
// preview with per-line errors, then confirm: one commit, one undo step), or a district export of
// due dates to reconcile against Caseload's own (read-only: it lists disagreements).
#pragma once

#include <optional>
#include <string>

#include "caseload/csv.hpp"
#include "caseload/due_date_reconcile.hpp"
#include "caseload/roster_import.hpp"
#include "platform/browser_files.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class CsvImportScreen {
 public:
  explicit CsvImportScreen(AppSession& session) : session_(session) {}
  // A file arrived for `kind` (roster or due dates); the screen shows it.
  void open(ReceivedFile file, FileRequest kind);
  void draw(UiState& ui);

 private:
  void draw_roster_mapping();
  void draw_roster_preview(UiState& ui);
  void draw_due_date_mapping();
  void draw_reconciliation(UiState& ui);

  AppSession& session_;
  FileRequest kind_ = FileRequest::kRoster;
  std::string file_name_;
  std::string error_;
  std::optional<CsvTable> table_;
  RosterMapping roster_mapping_;
  DueDateMapping due_mapping_;
  std::optional<RosterPreview> preview_;
  std::optional<Reconciliation> reconciliation_;
  std::string done_message_;
  std::uint64_t built_revision_ = 0;
};

}  // namespace caseload::app
