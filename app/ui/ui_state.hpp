// What the screens remember between frames that is not caseload data: the screen shown, the
// open student and tab, filters, open panels, privacy mode. Never saved with student data.
#pragma once

#include <optional>
#include <string>

#include "caseload/ids.hpp"
#include "caseload/student_records.hpp"

namespace caseload::app {

enum class Screen { kToday, kCaseload, kCalendar, kReports, kHours, kTeachers, kSettings, kStudent, kCsvImport };

// What the next file the user picks or drops is for.
enum class FileRequest { kBundle, kRoster, kDueDates };

enum class StudentTab { kProfile, kContacts, kMeetings, kServices, kPlan, kGoals, kRecords, kDeadlines };

struct UiState {
  Screen screen = Screen::kToday;
  Screen back_to = Screen::kToday;  // where "Back" leads from a student
  std::optional<Uuid> selected;
  StudentTab tab = StudentTab::kProfile;
  bool tab_requested = false;       // select `tab` on the next frame
  bool privacy_mode = false;        // initials instead of names everywhere (screen sharing)
  bool help_open = false;
  FileRequest file_request = FileRequest::kBundle;

  void open_student(const Uuid& id, StudentTab which = StudentTab::kProfile) {
    if (screen != Screen::kStudent) back_to = screen;
    screen = Screen::kStudent;
    selected = id;
    tab = which;
    tab_requested = true;
  }
};

inline std::string display_name(const Student& student, const UiState& ui) {
  if (ui.privacy_mode) return initials(student);
  std::string name = full_name(student);
  return name.empty() ? "(no name)" : name;
}

}  // namespace caseload::app
