// The student's profile and key dates as a form (validated as you type, saved with Save or
// Enter). A new student lives here until first saved. An unsaved form survives a lock as a draft.
#pragma once

#include <optional>
#include <utility>

#include "caseload/student_form.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class ProfileTab {
 public:
  explicit ProfileTab(AppSession& session);
  void start_new_student(UiState& ui);
  // The student being added (not yet saved), if `id` is that student.
  const Student* new_student(const Uuid& id) const { return is_new_ && editing_ == id ? &base_ : nullptr; }
  void draw(UiState& ui);
  // Saves the form if it is valid; returns false (and keeps it open) if it is not.
  bool save();
  // After a draft was restored, the student to show (once).
  std::optional<Uuid> take_restored_selection() { return std::exchange(restored_, std::nullopt); }

 private:
  void load(const Uuid& id);
  void draw_profile();
  const char* error_for(const char* field) const;

  AppSession& session_;
  std::optional<Uuid> editing_;
  bool is_new_ = false;
  std::uint64_t loaded_revision_ = 0;
  Student base_;
  StudentForm form_;
  StudentForm saved_form_;
  std::vector<FieldError> errors_;
  std::string message_;
  bool confirm_delete_ = false;
  bool focus_first_field_ = false;
  std::optional<Uuid> restored_;
  bool removed_ = false;

 public:
  // True once after the student was removed (the screen goes back to the list).
  bool take_removed() { return std::exchange(removed_, false); }
};

}  // namespace caseload::app
