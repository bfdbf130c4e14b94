// Progress reports to families for a reporting period: for each goal its status, a summary of the
// period's data, the chart, and a statement of progress that says how much progress was made and
// whether it is sufficient to meet the goal by its date (generated from the data; the case
// manager may edit it), then the case manager's narrative. Written as one self-contained HTML
// document (inline SVG, print stylesheet) for one student or the whole caseload.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/progress_monitoring.hpp"

namespace caseload {

struct GoalReport {
  const Goal* goal = nullptr;
  GoalProgress progress;             // judged on the data up to the period's end
  int points_in_period = 0;
  std::optional<double> first_in_period, last_in_period;
  std::string status;                // for families: "Sufficient progress", "Goal met"...
  std::string generated;             // the statement Caseload writes from the data
  std::string statement;             // the saved edit, or the generated one
  bool edited = false;
};

struct StudentReport {
  const Student* student = nullptr;
  const ReportingPeriod* period = nullptr;
  std::vector<GoalReport> goals;
  std::string narrative;
};

StudentReport build_student_report(const Student& student, const ReportingPeriod& period, const DecisionRules& rules);

// The saved statement for (period, goal), or the narrative when `goal` is empty.
const ProgressStatement* find_statement(const Student& student, std::string_view period_id,
                                        const std::optional<Uuid>& goal);

// One page per report, in the given order.
std::string progress_reports_html(const std::vector<StudentReport>& reports, const CaseloadSettings& settings,
                                  Date today);

}  // namespace caseload
