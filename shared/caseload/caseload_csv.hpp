// The caseload table as CSV for a spreadsheet: one row per student with the profile and the next
// due date of each main timeline. User text is formula-protected (csv_text).
#pragma once

#include <string>
#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/deadline.hpp"

namespace caseload {

// `deadlines` are the caseload's for today (caseload_deadlines).
std::string caseload_csv(const Caseload& caseload, const std::vector<Deadline>& deadlines);

}  // namespace caseload
