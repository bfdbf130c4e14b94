#include "caseload/caseload_json.hpp"

#include "caseload/caseload_checks.hpp"
#include "caseload/record_fields.hpp"
#include "caseload/schema_migration.hpp"

namespace caseload {
namespace {

// No earlier schema exists yet; steps are added here when the format changes.
const std::vector<Migration>& caseload_migrations() {
  static const std::vector<Migration> steps;
  return steps;
}

template <class T>
Result<T> read_single(const Json& value, const char* what) {
  ValidationReport report;
  T record{};
  read_value(value, "", record, report);
  if (report.has_errors()) return make_error(std::string("the ") + what + " is invalid: " + report.summary());
  return record;
}

}  // namespace

CaseloadDocument read_caseload_document(Json document) {
  CaseloadDocument result;
  ValidationReport& report = result.report;
  if (!document.is_object()) {
    report.error("", "expected a caseload document (a JSON object), found " + json_type_name(document));
    return result;
  }
  const auto format = document.find("format");
  if (format == document.end() || *format != std::string(kCaseloadFormat)) {
    report.error("/format", "this is not a Caseload file (expected \"format\": \"caseload\")");
    return result;
  }
  if (Status migrated = migrate_document(document, kCaseloadSchemaVersion, caseload_migrations(),
                                         "caseload file");
      !migrated) {
    report.error(migrated.error().where, migrated.error().message);
    return result;
  }
  FieldReader reader(document, "", report);
  int schema_version = 0;
  std::string format_name;
  reader("format", format_name, Need::kRequired);
  reader("schema_version", schema_version, Need::kRequired);
  reader("demo", result.caseload.demo);
  reader("settings", result.caseload.settings, Need::kRequired);
  reader("students", result.caseload.students, Need::kRequired);
  reader.finish();
  check_caseload(result.caseload, report);
  return result;
}

Result<Caseload> load_caseload(std::string_view text) {
  auto parsed = parse_json(text, "caseload file");
  if (!parsed) return parsed.error();
  CaseloadDocument document = read_caseload_document(std::move(parsed).value());
  if (document.report.has_errors()) {
    return make_error("the caseload file is invalid: " + document.report.summary());
  }
  return std::move(document.caseload);
}

Json caseload_to_json(const Caseload& caseload) {
  Json document = Json::object();
  document["format"] = std::string(kCaseloadFormat);
  document["schema_version"] = kCaseloadSchemaVersion;
  if (caseload.demo) document["demo"] = true;
  document["settings"] = to_json_value(caseload.settings);
  document["students"] = to_json_value(caseload.students);
  return document;
}

std::string save_caseload(const Caseload& caseload, bool pretty) {
  return dump_json(caseload_to_json(caseload), pretty);
}

Json student_to_json(const Student& student) { return to_json_value(student); }

Result<Student> student_from_json(const Json& value) {
  auto student = read_single<Student>(value, "student record");
  if (!student) return student;
  ValidationReport report;
  check_student(*student, "", report);
  if (report.has_errors()) return make_error("the student record is invalid: " + report.summary());
  return student;
}

Json settings_to_json(const CaseloadSettings& settings) { return to_json_value(settings); }

Result<CaseloadSettings> settings_from_json(const Json& value) {
  return read_single<CaseloadSettings>(value, "settings record");
}

}  // namespace caseload
