// The caseload at a glance, as district compliance dashboards report it: students by plan type,
// overdue and due-soon items, and the share of IEP files whose annual review and triennial dates
// are current. The JSON export holds aggregate figures only, never a name, id or date of a student.
#pragma once

#include <string>
#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/deadline.hpp"
#include "caseload/json_io.hpp"

namespace caseload {

struct KindCount {
  DeadlineKind kind;
  int overdue = 0;
  int due_soon = 0;  // very soon included
};

struct CaseloadSummary {
  Date as_of{};
  std::string profile_name;
  int students = 0;
  int iep = 0, plan_504 = 0, referral = 0, exited = 0;
  int overdue = 0;
  int due_very_soon = 0;
  int due_soon = 0;  // within the due-soon window, very soon excluded
  int students_with_overdue = 0;
  int iep_files = 0;
  int annual_current = 0;     // IEP files with a known last IEP date and the annual not overdue
  int triennial_current = 0;  // IEP files with a known evaluation date and the triennial not overdue
  std::vector<KindCount> by_kind;  // kinds with anything overdue or due soon

  double annual_percent() const { return iep_files ? 100.0 * annual_current / iep_files : 100.0; }
  double triennial_percent() const { return iep_files ? 100.0 * triennial_current / iep_files : 100.0; }
};

// `deadlines` must be the caseload's deadlines for the same `today` (caseload_deadlines).
CaseloadSummary summarize_caseload(const Caseload& caseload, const std::vector<Deadline>& deadlines,
                                   const RuleProfile& profile, Date today);

Json summary_to_json(const CaseloadSummary& summary);

}  // namespace caseload
