// The caseload list on the left: search, add a student, and one row per student with plan type
// and the next open deadline. Rows are clipped, so thousands of students cost what fits on screen.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class StudentListPanel {
 public:
  // Returns true if the user asked for a new student.
  bool draw(AppSession& session, UiState& ui);

 private:
  void rebuild(AppSession& session, const UiState& ui);

  struct Row {
    const Student* student;
    std::string name;
    std::string detail;
  };
  std::vector<Row> rows_;
  std::uint64_t built_revision_ = ~0ull;
  std::string built_search_;
  bool built_privacy_ = false;
  Date built_day_{};
};

}  // namespace caseload::app
