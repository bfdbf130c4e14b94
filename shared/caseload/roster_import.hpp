// Importing students from a roster CSV exported by a student information system. The user maps
// columns to fields (guessed from the headers), reads a preview of what would be added, updated
// or rejected (with line numbers), and confirms; nothing changes before that. A re-import
// updates the students it finds by external id (the district's student number), touching only
// the mapped fields.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/csv.hpp"

namespace caseload {

enum class RosterField {
  kIgnore, kExternalId, kFirstName, kLastName, kFullName, kDateOfBirth, kGrade, kSchool,
  kPlanType, kEligibility, kEnglishLearner, kLastIepMeeting, kLastEvaluation, kPlan504,
};
inline constexpr RosterField kRosterFields[] = {
    RosterField::kIgnore,      RosterField::kExternalId,     RosterField::kFirstName,
    RosterField::kLastName,    RosterField::kFullName,       RosterField::kDateOfBirth,
    RosterField::kGrade,       RosterField::kSchool,         RosterField::kPlanType,
    RosterField::kEligibility, RosterField::kEnglishLearner, RosterField::kLastIepMeeting,
    RosterField::kLastEvaluation, RosterField::kPlan504,
};
const char* roster_field_label(RosterField field);  // "Student ID", "Last IEP meeting"...

// One field per column of the file.
using RosterMapping = std::vector<RosterField>;
RosterMapping guess_roster_mapping(const std::vector<std::string>& header);
// What the mapping lacks to import anything ("Map a column to Student ID"), if anything.
std::optional<std::string> roster_mapping_problem(const RosterMapping& mapping);

enum class RosterAction { kAdd, kUpdate, kUnchanged, kError };

struct RosterRow {
  int line = 0;
  RosterAction action = RosterAction::kError;
  Student student;                   // the student as it would be saved (no id yet when added)
  std::string message;               // the error, or what changes ("grade 6 -> 7, school")
};

struct RosterPreview {
  std::vector<RosterRow> rows;       // in file order; unreadable lines included as errors
  int added = 0, updated = 0, unchanged = 0, errors = 0;
  std::vector<Student> to_save() const;  // adds and updates, for Workspace::put_students
};

RosterPreview preview_roster(const CsvTable& table, const RosterMapping& mapping, const Caseload& caseload);

}  // namespace caseload
