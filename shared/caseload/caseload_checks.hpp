// Checks across fields and records that types alone cannot express: dates in order, ids unique
// and references resolving, minutes and days in range. Each problem names its JSON path.
#pragma once

#include <string>

#include "caseload/caseload.hpp"
#include "caseload/validation.hpp"

namespace caseload {

void check_caseload(const Caseload& caseload, ValidationReport& report);
void check_student(const Student& student, const std::string& path, ValidationReport& report);
void check_settings(const CaseloadSettings& settings, const std::string& path,
                    ValidationReport& report);

}  // namespace caseload
