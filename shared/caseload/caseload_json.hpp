// The caseload file: a whole caseload as one JSON document (format "caseload"), and single
// students and settings as JSON values for per-record storage and bundles. Reading validates
// everything and reports every problem with its path; nothing is dropped silently.
#pragma once

#include <string>
#include <string_view>

#include "caseload/caseload.hpp"
#include "caseload/json_io.hpp"
#include "caseload/result.hpp"
#include "caseload/validation.hpp"

namespace caseload {

inline constexpr int kCaseloadSchemaVersion = 1;
inline constexpr std::string_view kCaseloadFormat = "caseload";

struct CaseloadDocument {
  Caseload caseload;         // everything that could be read
  ValidationReport report;   // every problem found, errors and warnings
};

// Checks format and version, migrates, reads and cross-checks a parsed document.
CaseloadDocument read_caseload_document(Json document);
// Parses text and reads it; fails (with a summary of the problems) if anything is an error.
Result<Caseload> load_caseload(std::string_view text);

Json caseload_to_json(const Caseload& caseload);
std::string save_caseload(const Caseload& caseload, bool pretty = true);

Json student_to_json(const Student& student);
Result<Student> student_from_json(const Json& value);
Json settings_to_json(const CaseloadSettings& settings);
Result<CaseloadSettings> settings_from_json(const Json& value);

}  // namespace caseload
