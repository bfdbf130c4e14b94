// Accommodations by teacher: pick a general-education teacher or provider; see every student of
// theirs with their accommodations and whether the current plan version was acknowledged; open
// a printable one-page sheet (initials only unless names are chosen).
#pragma once

#include <vector>

#include "caseload/teacher_sheets.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class TeachersScreen {
 public:
  explicit TeachersScreen(AppSession& session) : session_(session) {}
  void draw(UiState& ui);

 private:
  void draw_student_entry(const TeacherStudent& entry, UiState& ui);

  AppSession& session_;
  std::vector<Teacher> teachers_;
  std::uint64_t built_revision_ = ~0ull;
  int selected_ = 0;
  bool names_on_sheet_ = false;
};

}  // namespace caseload::app
