// The student profile as an editable form: every field as the text a person types, validation
// with a message per field (shown next to it as they type), and conversion to and from a Student.
// A form also serializes to JSON, so an unfinished edit survives a lock as a draft.
#pragma once

#include <string>
#include <vector>

#include "caseload/json_io.hpp"
#include "caseload/result.hpp"
#include "caseload/student_records.hpp"

namespace caseload {

struct StudentForm {
  std::string first_name, last_name, external_id, date_of_birth, grade, school, eligibility;
  PlanType plan_type = PlanType::kIep;
  bool english_learner = false;
  bool behavior_plan = false;
  std::string referral, assessment_plan_sent, consent_received, initial_eligibility, last_iep_meeting,
      last_evaluation, plan_504, transition_plan, parent_meeting_request;
};

struct FieldError {
  std::string field;  // the form field's name ("date_of_birth")
  std::string message;
};

// The key-date fields of the form, in display order, with their labels.
struct KeyDateField {
  const char* name;
  const char* label;
  std::string StudentForm::*text;
  std::optional<Date> KeyDates::*date;
};
const std::vector<KeyDateField>& key_date_fields();

StudentForm form_from_student(const Student& student);
std::vector<FieldError> validate_form(const StudentForm& form, Date today);
// The student with the form's values applied (lists of records are kept). Fails if invalid.
Result<Student> apply_form(const StudentForm& form, Student base, Date today);

Json form_to_json(const StudentForm& form);
StudentForm form_from_json(const Json& json);

}  // namespace caseload
