// Reconciling a district export of due dates with Caseload's own: for each student (found by
// student ID) and each mapped due date (annual review, triennial...), whether the district's date
// agrees with the one Caseload computed, differs (and by how many days), or has no counterpart.
// Nothing is changed: the list shows where a key date was typed wrong on one side.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/csv.hpp"
#include "caseload/deadline.hpp"

namespace caseload {

// A column of the district file: the student ID, or the due date of one kind of deadline.
struct DueDateColumn {
  bool student_id = false;
  std::optional<DeadlineKind> kind;
};
using DueDateMapping = std::vector<DueDateColumn>;
inline constexpr DeadlineKind kReconciledKinds[] = {
    DeadlineKind::kAnnualReview, DeadlineKind::kTriennial, DeadlineKind::kInitialEvaluation,
    DeadlineKind::kInitialIep, DeadlineKind::kPlan504Review, DeadlineKind::kPlan504Reevaluation,
    DeadlineKind::kTransitionPlan,
};
DueDateMapping guess_due_date_mapping(const std::vector<std::string>& header);

enum class Agreement { kAgrees, kDiffers, kOnlyDistrict, kUnknownStudent, kUnreadable };

struct DueDateComparison {
  int line = 0;
  std::string student_id;
  const Student* student = nullptr;
  std::optional<DeadlineKind> kind;
  std::optional<Date> district;
  std::optional<Date> caseload;  // Caseload's open deadline of that kind, else its latest
  Agreement agreement = Agreement::kAgrees;
  std::string message;           // "Caseload says Mar 2, 2027: 3 days later"
};

struct Reconciliation {
  std::vector<DueDateComparison> rows;  // disagreements first, then agreements, by line
  int agrees = 0, differs = 0, only_district = 0, unknown_students = 0, unreadable = 0;
};

// `deadlines` are the caseload's (caseload_deadlines) for today.
Reconciliation reconcile_due_dates(const CsvTable& table, const DueDateMapping& mapping,
                                   const Caseload& caseload, const std::vector<Deadline>& deadlines);

}  // namespace caseload
