// A table of deadlines: due date, status in words, what is due, how it was counted, and the
// rule's citation. Used for one student and for the whole caseload.
#pragma once

#include <span>

#include "caseload/deadline.hpp"
#include "caseload/workspace.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

struct DeadlineTableOptions {
  const char* id = "deadlines";
  bool show_student = false;
  bool show_done = true;
  float height = 0.0f;  // 0: fill the space
  bool compact = false;  // narrow places: no status and rule columns (the rule shows on hover)
  const char* caption = "Deadlines";  // the table's name for screen readers
};

// Returns the deadline whose student or title was clicked, if any.
const Deadline* draw_deadline_table(std::span<const Deadline* const> deadlines, const Workspace& workspace,
                                        const UiState& ui, Date today, const DeadlineTableOptions& options);

const char* status_words(DeadlineStatus status);

}  // namespace caseload::app
