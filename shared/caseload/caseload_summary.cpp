#include "caseload/caseload_summary.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace caseload {
namespace {

void count_plans(const Caseload& caseload, CaseloadSummary& s) {
  for (const auto& student : caseload.students) {
    switch (student.plan_type) {
      case PlanType::kIep: ++s.iep; break;
      case PlanType::kPlan504: ++s.plan_504; break;
      case PlanType::kReferral: ++s.referral; break;
      case PlanType::kExited: ++s.exited; break;
    }
  }
  s.students = static_cast<int>(caseload.students.size());
  s.iep_files = s.iep;
}

// A file is current for a kind when it has that deadline and it is not overdue.
void count_current(const Caseload& caseload, const std::vector<Deadline>& deadlines, CaseloadSummary& s) {
  std::set<Uuid> annual_ok, triennial_ok;
  for (const auto& d : deadlines) {
    const bool overdue = d.status == DeadlineStatus::kOverdue;
    if (d.kind == DeadlineKind::kAnnualReview) {
      if (!overdue) annual_ok.insert(d.student_id);
    } else if (d.kind == DeadlineKind::kTriennial) {
      if (!overdue) triennial_ok.insert(d.student_id);
    }
  }
  for (const auto& student : caseload.students) {
    if (student.plan_type != PlanType::kIep) continue;
    s.annual_current += annual_ok.contains(student.meta.id);
    s.triennial_current += triennial_ok.contains(student.meta.id);
  }
}

}  // namespace

CaseloadSummary summarize_caseload(const Caseload& caseload, const std::vector<Deadline>& deadlines,
                                   const RuleProfile& profile, Date today) {
  CaseloadSummary s;
  s.as_of = today;
  s.profile_name = profile.name;
  count_plans(caseload, s);
  count_current(caseload, deadlines, s);
  std::map<DeadlineKind, KindCount> kinds;
  std::set<Uuid> overdue_students;
  for (const auto& d : deadlines) {
    switch (d.status) {
      case DeadlineStatus::kOverdue:
        ++s.overdue;
        overdue_students.insert(d.student_id);
        kinds.try_emplace(d.kind, KindCount{d.kind}).first->second.overdue++;
        break;
      case DeadlineStatus::kDueVerySoon:
        ++s.due_very_soon;
        kinds.try_emplace(d.kind, KindCount{d.kind}).first->second.due_soon++;
        break;
      case DeadlineStatus::kDueSoon:
        ++s.due_soon;
        kinds.try_emplace(d.kind, KindCount{d.kind}).first->second.due_soon++;
        break;
      default: break;
    }
  }
  s.students_with_overdue = static_cast<int>(overdue_students.size());
  for (const auto& [kind, count] : kinds) s.by_kind.push_back(count);
  return s;
}

Json summary_to_json(const CaseloadSummary& s) {
  auto percent = [](double p) { return std::round(p * 10.0) / 10.0; };
  Json kinds = Json::array();
  for (const auto& k : s.by_kind) {
    kinds.push_back({{"kind", std::string(to_code(k.kind))}, {"overdue", k.overdue}, {"due_soon", k.due_soon}});
  }
  return {
      {"format", "caseload-summary"},
      {"schema_version", 1},
      {"as_of", format_date(s.as_of)},
      {"rule_profile", s.profile_name},
      {"students", {{"total", s.students}, {"iep", s.iep}, {"504", s.plan_504},
                    {"referral", s.referral}, {"exited", s.exited}}},
      {"deadlines", {{"overdue", s.overdue}, {"due_very_soon", s.due_very_soon},
                     {"due_soon", s.due_soon}, {"students_with_overdue", s.students_with_overdue},
                     {"by_kind", kinds}}},
      {"compliance", {{"iep_files", s.iep_files}, {"annual_current", s.annual_current},
                      {"annual_percent", percent(s.annual_percent())},
                      {"triennial_current", s.triennial_current},
                      {"triennial_percent", percent(s.triennial_percent())}}},
  };
}

}  // namespace caseload
