#include "caseload/roster_import.hpp"

#include <map>

#include "caseload/csv_values.hpp"
#include "caseload/record_enums.hpp"

namespace caseload {
namespace {

struct HeaderGuess {
  const char* key;  // header_key() of a header a district export uses
  RosterField field;
};

// Ordered: the first match wins, and each field is taken once.
constexpr HeaderGuess kHeaderGuesses[] = {
    {"studentid", RosterField::kExternalId},     {"studentnumber", RosterField::kExternalId},
    {"localid", RosterField::kExternalId},       {"ssid", RosterField::kExternalId},
    {"id", RosterField::kExternalId},            {"externalid", RosterField::kExternalId},
    {"firstname", RosterField::kFirstName},      {"first", RosterField::kFirstName},
    {"givenname", RosterField::kFirstName},      {"lastname", RosterField::kLastName},
    {"last", RosterField::kLastName},            {"surname", RosterField::kLastName},
    {"familyname", RosterField::kLastName},      {"studentname", RosterField::kFullName},
    {"name", RosterField::kFullName},            {"dateofbirth", RosterField::kDateOfBirth},
    {"dob", RosterField::kDateOfBirth},          {"birthdate", RosterField::kDateOfBirth},
    {"grade", RosterField::kGrade},              {"gradelevel", RosterField::kGrade},
    {"school", RosterField::kSchool},            {"schoolname", RosterField::kSchool},
    {"plantype", RosterField::kPlanType},        {"plan", RosterField::kPlanType},
    {"program", RosterField::kPlanType},         {"eligibility", RosterField::kEligibility},
    {"disability", RosterField::kEligibility},   {"primarydisability", RosterField::kEligibility},
    {"el", RosterField::kEnglishLearner},        {"ell", RosterField::kEnglishLearner},
    {"englishlearner", RosterField::kEnglishLearner},
    {"lastiepmeeting", RosterField::kLastIepMeeting}, {"lastiep", RosterField::kLastIepMeeting},
    {"iepdate", RosterField::kLastIepMeeting},   {"annualiepdate", RosterField::kLastIepMeeting},
    {"lastevaluation", RosterField::kLastEvaluation}, {"evaluationdate", RosterField::kLastEvaluation},
    {"lasteval", RosterField::kLastEvaluation},  {"triennialevaluationdate", RosterField::kLastEvaluation},
    {"504plandate", RosterField::kPlan504},      {"plan504", RosterField::kPlan504},
    {"504date", RosterField::kPlan504},
};

std::optional<PlanType> plan_type_from(std::string_view raw) {
  const std::string key = header_key(raw);
  if (key == "iep" || key == "sped" || key == "specialeducation") return PlanType::kIep;
  if (key == "504" || key == "504plan" || key == "section504") return PlanType::kPlan504;
  if (key == "referral" || key == "referred" || key == "referralinprogress") return PlanType::kReferral;
  if (key == "exited" || key == "exit") return PlanType::kExited;
  return std::nullopt;
}

std::optional<Grade> grade_from(std::string_view raw) {
  std::string text = trimmed(raw);
  const std::string key = header_key(text);
  if (key == "kindergarten" || key == "kg" || key == "0" || key == "00") text = "K";
  else if (key == "prek" || key == "pk") text = "PK";
  else if (text.size() == 2 && text[0] == '0') text = text.substr(1);  // "07"
  return parse_grade(text);
}

// "Last, First" or "First Last".
void split_full_name(const std::string& name, Student& s) {
  const auto comma = name.find(',');
  if (comma != std::string::npos) {
    s.last_name = trimmed(name.substr(0, comma));
    s.first_name = trimmed(name.substr(comma + 1));
    return;
  }
  const auto space = name.rfind(' ');
  if (space == std::string::npos) {
    s.first_name = name;
    return;
  }
  s.first_name = trimmed(name.substr(0, space));
  s.last_name = trimmed(name.substr(space + 1));
}

// Applies one cell; returns an error message when the value cannot be read.
std::optional<std::string> apply_cell(RosterField field, const std::string& raw, Student& s) {
  const std::string value = trimmed(raw);
  auto date_into = [&](std::optional<Date>& out) -> std::optional<std::string> {
    if (value.empty()) return std::nullopt;
    const auto date = parse_csv_date(value);
    if (!date) return std::string(roster_field_label(field)) + " \"" + value + "\" is not a date (use 2026-09-14 or 9/14/2026)";
    out = date;
    return std::nullopt;
  };
  switch (field) {
    case RosterField::kIgnore: return std::nullopt;
    case RosterField::kExternalId: s.external_id = value; return std::nullopt;
    case RosterField::kFirstName: s.first_name = value; return std::nullopt;
    case RosterField::kLastName: s.last_name = value; return std::nullopt;
    case RosterField::kFullName: split_full_name(value, s); return std::nullopt;
    case RosterField::kSchool: s.school = value; return std::nullopt;
    case RosterField::kEligibility: s.eligibility = value; return std::nullopt;
    case RosterField::kDateOfBirth: return date_into(s.date_of_birth);
    case RosterField::kLastIepMeeting: return date_into(s.key_dates.last_iep_meeting);
    case RosterField::kLastEvaluation: return date_into(s.key_dates.last_evaluation);
    case RosterField::kPlan504: return date_into(s.key_dates.plan_504);
    case RosterField::kGrade: {
      if (value.empty()) return std::nullopt;
      const auto grade = grade_from(value);
      if (!grade) return "grade \"" + value + "\" is not a grade (PK, K, 1 to 12, 18-22)";
      s.grade = grade;
      return std::nullopt;
    }
    case RosterField::kPlanType: {
      if (value.empty()) return std::nullopt;
      const auto plan = plan_type_from(value);
      if (!plan) return "plan \"" + value + "\" is not IEP, 504, referral or exited";
      s.plan_type = *plan;
      return std::nullopt;
    }
    case RosterField::kEnglishLearner: {
      const auto flag = parse_yes_no(value);
      if (!flag) return "English learner \"" + value + "\" is not yes or no";
      s.english_learner = *flag;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// The profile fields a row changed, in words.
std::string changes_between(const Student& before, const Student& after) {
  std::string out;
  auto note = [&](bool changed, const char* what) {
    if (!changed) return;
    if (!out.empty()) out += ", ";
    out += what;
  };
  note(before.first_name != after.first_name || before.last_name != after.last_name, "name");
  note(before.date_of_birth != after.date_of_birth, "date of birth");
  note(before.grade != after.grade, "grade");
  note(before.school != after.school, "school");
  note(before.plan_type != after.plan_type, "plan type");
  note(before.eligibility != after.eligibility, "eligibility");
  note(before.english_learner != after.english_learner, "English learner");
  note(before.key_dates.last_iep_meeting != after.key_dates.last_iep_meeting, "last IEP meeting");
  note(before.key_dates.last_evaluation != after.key_dates.last_evaluation, "last evaluation");
  note(before.key_dates.plan_504 != after.key_dates.plan_504, "504 plan date");
  return out;
}

RosterRow read_row(const CsvRow& row, const RosterMapping& mapping, const std::map<std::string, const Student*>& by_id,
                   std::map<std::string, int>& seen) {
  RosterRow out;
  out.line = row.line;
  std::string id;
  for (std::size_t c = 0; c < mapping.size() && c < row.fields.size(); ++c) {
    if (mapping[c] == RosterField::kExternalId) id = trimmed(row.fields[c]);
  }
  if (id.empty()) {
    out.message = "no student ID";
    return out;
  }
  if (const auto [it, fresh] = seen.emplace(id, row.line); !fresh) {
    out.message = "student ID " + id + " is also on line " + std::to_string(it->second);
    return out;
  }
  const auto existing = by_id.find(id);
  const Student* before = existing == by_id.end() ? nullptr : existing->second;
  out.student = before ? *before : Student{};
  for (std::size_t c = 0; c < mapping.size(); ++c) {
    if (c >= row.fields.size()) break;
    if (auto problem = apply_cell(mapping[c], row.fields[c], out.student)) {
      out.message = *problem;
      return out;
    }
  }
  if (row.fields.size() < mapping.size()) {
    out.message = "has " + std::to_string(row.fields.size()) + " columns, the header has " +
                  std::to_string(mapping.size());
    return out;
  }
  if (out.student.first_name.empty() && out.student.last_name.empty()) {
    out.message = "no name";
    return out;
  }
  if (!before) {
    out.action = RosterAction::kAdd;
    out.message = "new student";
    return out;
  }
  out.message = changes_between(*before, out.student);
  out.action = out.message.empty() ? RosterAction::kUnchanged : RosterAction::kUpdate;
  if (out.message.empty()) out.message = "no change";
  return out;
}

}  // namespace

const char* roster_field_label(RosterField field) {
  switch (field) {
    case RosterField::kIgnore: return "(skip this column)";
    case RosterField::kExternalId: return "Student ID";
    case RosterField::kFirstName: return "First name";
    case RosterField::kLastName: return "Last name";
    case RosterField::kFullName: return "Full name";
    case RosterField::kDateOfBirth: return "Date of birth";
    case RosterField::kGrade: return "Grade";
    case RosterField::kSchool: return "School";
    case RosterField::kPlanType: return "Plan type";
    case RosterField::kEligibility: return "Eligibility";
    case RosterField::kEnglishLearner: return "English learner";
    case RosterField::kLastIepMeeting: return "Last IEP meeting";
    case RosterField::kLastEvaluation: return "Last evaluation";
    case RosterField::kPlan504: return "504 plan date";
  }
  return "?";
}

RosterMapping guess_roster_mapping(const std::vector<std::string>& header) {
  RosterMapping mapping(header.size(), RosterField::kIgnore);
  std::vector<bool> taken(std::size(kRosterFields), false);
  for (const auto& guess : kHeaderGuesses) {
    const auto field_index = static_cast<std::size_t>(guess.field);
    if (taken[field_index]) continue;
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (mapping[c] == RosterField::kIgnore && header_key(header[c]) == guess.key) {
        mapping[c] = guess.field;
        taken[field_index] = true;
        break;
      }
    }
  }
  return mapping;
}

std::optional<std::string> roster_mapping_problem(const RosterMapping& mapping) {
  int ids = 0, names = 0;
  for (RosterField f : mapping) {
    ids += f == RosterField::kExternalId;
    names += f == RosterField::kFirstName || f == RosterField::kLastName || f == RosterField::kFullName;
  }
  if (ids == 0) return "Map one column to Student ID: re-imports find students by it.";
  if (ids > 1) return "Only one column can be the Student ID.";
  if (names == 0) return "Map a column to a name (first, last or full name).";
  return std::nullopt;
}

std::vector<Student> RosterPreview::to_save() const {
  std::vector<Student> out;
  for (const auto& row : rows) {
    if (row.action == RosterAction::kAdd || row.action == RosterAction::kUpdate) out.push_back(row.student);
  }
  return out;
}

RosterPreview preview_roster(const CsvTable& table, const RosterMapping& mapping, const Caseload& caseload) {
  std::map<std::string, const Student*> by_id;
  for (const auto& s : caseload.students) {
    if (!s.external_id.empty()) by_id[s.external_id] = &s;
  }
  RosterPreview preview;
  std::map<std::string, int> seen;
  auto problem = table.problems.begin();
  for (const auto& row : table.rows) {
    for (; problem != table.problems.end() && problem->line < row.line; ++problem) {
      preview.rows.push_back({problem->line, RosterAction::kError, {}, problem->message});
    }
    preview.rows.push_back(read_row(row, mapping, by_id, seen));
  }
  for (; problem != table.problems.end(); ++problem) {
    preview.rows.push_back({problem->line, RosterAction::kError, {}, problem->message});
  }
  for (const auto& row : preview.rows) {
    preview.added += row.action == RosterAction::kAdd;
    preview.updated += row.action == RosterAction::kUpdate;
    preview.unchanged += row.action == RosterAction::kUnchanged;
    preview.errors += row.action == RosterAction::kError;
  }
  return preview;
}

}  // namespace caseload
