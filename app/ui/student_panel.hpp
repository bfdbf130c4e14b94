// The selected student: the profile and key dates as a form (validated as you type, saved with
// Save or Enter), and every deadline of the student with its rule and citation. An unsaved form
// survives a lock as a draft.
#pragma once

#include <optional>
#include <utility>

#include "caseload/student_form.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class StudentPanel {
 public:
  explicit StudentPanel(AppSession& session);
  void start_new_student(UiState& ui);
  void draw(UiState& ui);
  // Saves the form if it is valid; returns false (and keeps it open) if it is not.
  bool save();
  // After a draft was restored, the student to show (once).
  std::optional<Uuid> take_restored_selection() { return std::exchange(restored_, std::nullopt); }

 private:
  void load(const Uuid& id);
  void draw_profile();
  void draw_deadlines(const UiState& ui);
  const char* error_for(const char* field) const;

  AppSession& session_;
  std::optional<Uuid> editing_;
  bool is_new_ = false;
  Student base_;
  StudentForm form_;
  StudentForm saved_form_;
  std::vector<FieldError> errors_;
  std::string message_;
  bool confirm_delete_ = false;
  bool focus_first_field_ = false;
  std::optional<Uuid> restored_;
};

}  // namespace caseload::app
