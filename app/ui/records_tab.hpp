// The rest of the file: suspensions (with the school days counted toward the 10-day rule this
// school year), parent records requests (with their due date), progress reports sent per
// reporting period, and free notes.
#pragma once

#include "ui/student_tab.hpp"

namespace caseload::app {

class RecordsTab {
 public:
  void draw(const StudentView& view);

 private:
  void draw_suspensions(const StudentView& view);
  void draw_requests(const StudentView& view);
  void draw_reports(const StudentView& view);
  void draw_notes(const StudentView& view);

  struct SuspensionForm {
    SuspensionKind kind = SuspensionKind::kOutOfSchool;
    std::string start, end, days = "1", reason;
  } suspension_;
  struct RequestForm {
    std::string received, requested_by, description, fulfilled;
  } request_;
  struct NoteForm {
    std::string date, text;
  } note_;
  ListEditing suspension_editing_, request_editing_, note_editing_;
  int report_period_ = 0;
  std::string report_date_;
  std::optional<Uuid> loaded_for_;
};

}  // namespace caseload::app
