#include "caseload/student_form.hpp"

#include <algorithm>

namespace caseload {
namespace {

std::string date_text(const std::optional<Date>& date) { return date ? format_date(*date) : std::string(); }

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' '; });
}

// An empty field is "no date"; anything else must be a date.
bool read_date(const std::string& text, std::optional<Date>& out) {
  if (blank(text)) {
    out.reset();
    return true;
  }
  out = parse_user_date(text);
  return out.has_value();
}

constexpr const char* kDateHint = "use a date like 2026-11-23 or 11/23/2026";

}  // namespace

const std::vector<KeyDateField>& key_date_fields() {
  static const std::vector<KeyDateField> fields = {
      {"referral", "Referral", &StudentForm::referral, &KeyDates::referral},
      {"assessment_plan_sent", "Assessment plan sent", &StudentForm::assessment_plan_sent, &KeyDates::assessment_plan_sent},
      {"consent_received", "Consent received", &StudentForm::consent_received, &KeyDates::consent_received},
      {"initial_eligibility", "Initial eligibility", &StudentForm::initial_eligibility, &KeyDates::initial_eligibility},
      {"last_iep_meeting", "Last IEP meeting", &StudentForm::last_iep_meeting, &KeyDates::last_iep_meeting},
      {"last_evaluation", "Last evaluation", &StudentForm::last_evaluation, &KeyDates::last_evaluation},
      {"plan_504", "504 plan date", &StudentForm::plan_504, &KeyDates::plan_504},
      {"transition_plan", "Transition plan in IEP", &StudentForm::transition_plan, &KeyDates::transition_plan},
      {"parent_meeting_request", "Parent meeting request", &StudentForm::parent_meeting_request,
       &KeyDates::parent_meeting_request},
  };
  return fields;
}

StudentForm form_from_student(const Student& s) {
  StudentForm f;
  f.first_name = s.first_name;
  f.last_name = s.last_name;
  f.external_id = s.external_id;
  f.date_of_birth = date_text(s.date_of_birth);
  f.grade = s.grade ? grade_code(*s.grade) : std::string();
  f.school = s.school;
  f.eligibility = s.eligibility;
  f.plan_type = s.plan_type;
  f.english_learner = s.english_learner;
  f.behavior_plan = s.behavior_plan;
  for (const auto& field : key_date_fields()) f.*field.text = date_text(s.key_dates.*field.date);
  return f;
}

std::vector<FieldError> validate_form(const StudentForm& f, Date today) {
  std::vector<FieldError> errors;
  if (blank(f.first_name) && blank(f.last_name)) errors.push_back({"last_name", "enter a first or last name"});
  std::optional<Date> birth;
  if (!read_date(f.date_of_birth, birth)) {
    errors.push_back({"date_of_birth", kDateHint});
  } else if (birth && (age_on(*birth, today) < 2 || age_on(*birth, today) > 26)) {
    errors.push_back({"date_of_birth", "makes the student " + std::to_string(age_on(*birth, today)) +
                                           " years old: check the year"});
  }
  if (!blank(f.grade) && !parse_grade(f.grade)) errors.push_back({"grade", "use PK, TK, K, 1-12 or 18-22"});
  KeyDates dates;
  for (const auto& field : key_date_fields()) {
    if (!read_date(f.*field.text, dates.*field.date)) {
      errors.push_back({field.name, kDateHint});
    } else if (dates.*field.date && *(dates.*field.date) > today) {
      errors.push_back({field.name, "is in the future: enter the date it happened"});
    }
  }
  if (dates.referral && dates.consent_received && *dates.consent_received < *dates.referral) {
    errors.push_back({"consent_received", "is before the referral"});
  }
  if (dates.consent_received && dates.initial_eligibility && *dates.initial_eligibility < *dates.consent_received) {
    errors.push_back({"initial_eligibility", "is before consent"});
  }
  return errors;
}

Result<Student> apply_form(const StudentForm& f, Student s, Date today) {
  const auto errors = validate_form(f, today);
  if (!errors.empty()) return make_error(errors.front().message, errors.front().field);
  s.first_name = f.first_name;
  s.last_name = f.last_name;
  s.external_id = f.external_id;
  (void)read_date(f.date_of_birth, s.date_of_birth);
  s.grade = blank(f.grade) ? std::nullopt : parse_grade(f.grade);
  s.school = f.school;
  s.eligibility = f.eligibility;
  s.plan_type = f.plan_type;
  s.english_learner = f.english_learner;
  s.behavior_plan = f.behavior_plan;
  for (const auto& field : key_date_fields()) (void)read_date(f.*field.text, s.key_dates.*field.date);
  return s;
}

Json form_to_json(const StudentForm& f) {
  Json j = {{"first_name", f.first_name}, {"last_name", f.last_name}, {"external_id", f.external_id},
            {"date_of_birth", f.date_of_birth}, {"grade", f.grade}, {"school", f.school},
            {"eligibility", f.eligibility}, {"plan_type", std::string(to_code(f.plan_type))},
            {"english_learner", f.english_learner}, {"behavior_plan", f.behavior_plan}};
  for (const auto& field : key_date_fields()) j[field.name] = f.*field.text;
  return j;
}

StudentForm form_from_json(const Json& j) {
  StudentForm f;
  if (!j.is_object()) return f;
  auto text = [&](const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : ""; };
  f.first_name = text("first_name");
  f.last_name = text("last_name");
  f.external_id = text("external_id");
  f.date_of_birth = text("date_of_birth");
  f.grade = text("grade");
  f.school = text("school");
  f.eligibility = text("eligibility");
  f.plan_type = parse_code<PlanType>(text("plan_type")).value_or(PlanType::kIep);
  auto flag = [&](const char* key) { return j.contains(key) && j[key].is_boolean() && j[key].get<bool>(); };
  f.english_learner = flag("english_learner");
  f.behavior_plan = flag("behavior_plan");
  for (const auto& field : key_date_fields()) f.*field.text = text(field.name);
  return f;
}

}  // namespace caseload
