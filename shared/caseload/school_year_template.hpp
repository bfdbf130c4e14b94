// A typical US school year to start from (first day mid-August, last day early June, the usual
// federal holidays, Thanksgiving, winter and spring breaks), for the first-run setup and demo
// data. The case manager edits it to match the district's published calendar.
#pragma once

#include <vector>

#include "caseload/caseload.hpp"

namespace caseload {

// The school year that starts in August of `start_year`.
SchoolYear typical_school_year(int start_year);
// The school year containing `today` (a year starts in July for this purpose).
int school_year_start_for(Date today);
// Four quarters of `year`, report cards due a week after each quarter ends.
std::vector<ReportingPeriod> quarterly_reporting_periods(const SchoolYear& year);

}  // namespace caseload
