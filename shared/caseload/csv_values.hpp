// Values as student information systems write them in CSV exports: dates as 2026-09-14 or
// 9/14/2026, yes/no flags as Y, Yes, TRUE or 1, and column headers compared loosely
// ("Student ID", "student_id" and "StudentID" are the same column).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "caseload/dates.hpp"

namespace caseload {

// ISO (2026-09-14) or US month/day/year (9/14/2026, 09/14/26 read as 2026).
std::optional<Date> parse_csv_date(std::string_view text);
std::optional<bool> parse_yes_no(std::string_view text);
// Lower case letters and digits only: "Student ID #" -> "studentid".
std::string header_key(std::string_view header);
std::string trimmed(std::string_view text);

}  // namespace caseload
