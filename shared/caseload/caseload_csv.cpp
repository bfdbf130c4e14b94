#include "caseload/caseload_csv.hpp"

#include <algorithm>
#include <map>

#include "caseload/csv.hpp"
#include "caseload/record_enums.hpp"

namespace caseload {
namespace {

constexpr DeadlineKind kColumns[] = {DeadlineKind::kAnnualReview, DeadlineKind::kTriennial,
                                     DeadlineKind::kInitialEvaluation, DeadlineKind::kPlan504Review,
                                     DeadlineKind::kProgressReport};

struct StudentDeadlines {
  std::map<DeadlineKind, Date> next_due;  // earliest open deadline of each kind
  int overdue = 0;
};

}  // namespace

std::string caseload_csv(const Caseload& caseload, const std::vector<Deadline>& deadlines) {
  std::map<Uuid, StudentDeadlines> per_student;
  for (const auto& d : deadlines) {
    if (d.status == DeadlineStatus::kDone) continue;
    auto& s = per_student[d.student_id];
    s.overdue += d.status == DeadlineStatus::kOverdue;
    auto [it, fresh] = s.next_due.emplace(d.kind, d.due);
    if (!fresh && d.due < it->second) it->second = d.due;
  }
  std::vector<const Student*> students;
  for (const auto& s : caseload.students) students.push_back(&s);
  std::sort(students.begin(), students.end(), [](const Student* a, const Student* b) {
    return std::tie(a->last_name, a->first_name) < std::tie(b->last_name, b->first_name);
  });

  CsvWriter csv;
  csv.plain("Last name").plain("First name").plain("Student ID").plain("Grade").plain("School").plain("Plan");
  csv.plain("Eligibility").plain("English learner").plain("Last IEP meeting").plain("Last evaluation");
  for (DeadlineKind kind : kColumns) csv.plain(std::string(to_label(kind)) + " due");
  csv.plain("Overdue items").end_row();
  for (const Student* s : students) {
    const auto& dl = per_student[s->meta.id];
    csv.text(s->last_name).text(s->first_name).text(s->external_id);
    csv.plain(s->grade ? grade_code(*s->grade) : "").text(s->school).plain(to_label(s->plan_type));
    csv.text(s->eligibility).plain(s->english_learner ? "Yes" : "No");
    csv.plain(s->key_dates.last_iep_meeting ? format_date(*s->key_dates.last_iep_meeting) : "");
    csv.plain(s->key_dates.last_evaluation ? format_date(*s->key_dates.last_evaluation) : "");
    for (DeadlineKind kind : kColumns) {
      const auto due = dl.next_due.find(kind);
      csv.plain(due == dl.next_due.end() ? "" : format_date(due->second));
    }
    csv.number(dl.overdue).end_row();
  }
  return csv.str();
}

}  // namespace caseload
