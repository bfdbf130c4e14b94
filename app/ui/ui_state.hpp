// What the screens remember between frames that is not caseload data: the selected student,
// the search text, open dialogs, privacy mode. Never saved with student data.
#pragma once

#include <optional>
#include <string>

#include "caseload/ids.hpp"
#include "caseload/student_records.hpp"

namespace caseload::app {

struct UiState {
  std::optional<Uuid> selected;
  std::string search;
  bool settings_open = false;
  bool privacy_mode = false;  // initials instead of names everywhere (screen sharing)
};

inline std::string display_name(const Student& student, const UiState& ui) {
  if (ui.privacy_mode) return initials(student);
  std::string name = full_name(student);
  return name.empty() ? "(no name)" : name;
}

}  // namespace caseload::app
