#include "caseload/due_date_reconcile.hpp"

#include <algorithm>
#include <map>

#include "caseload/csv_values.hpp"

namespace caseload {
namespace {

std::optional<DeadlineKind> kind_from_header(const std::string& header) {
  const std::string key = header_key(header);
  auto has = [&](const char* word) { return key.find(word) != std::string::npos; };
  if (has("504") && (has("reeval") || has("reevaluation"))) return DeadlineKind::kPlan504Reevaluation;
  if (has("504")) return DeadlineKind::kPlan504Review;
  if (has("trien") || has("reeval") || has("threeyear") || has("3year")) return DeadlineKind::kTriennial;
  if (has("initialeval") || has("evaluationdue") || has("initialassessment")) return DeadlineKind::kInitialEvaluation;
  if (has("initialiep")) return DeadlineKind::kInitialIep;
  if (has("transition")) return DeadlineKind::kTransitionPlan;
  if (has("annual") || has("iepdue") || has("iepreview")) return DeadlineKind::kAnnualReview;
  return std::nullopt;
}

// The date Caseload holds for (student, kind): the earliest open one, else the latest done.
std::optional<Date> caseload_date(const std::vector<const Deadline*>& of_student, DeadlineKind kind) {
  std::optional<Date> open, done;
  for (const Deadline* d : of_student) {
    if (d->kind != kind) continue;
    if (d->status == DeadlineStatus::kDone) {
      if (!done || d->due > *done) done = d->due;
    } else if (!open || d->due < *open) {
      open = d->due;
    }
  }
  return open ? open : done;
}

std::string days_words(int days) {
  const int n = std::abs(days);
  return std::to_string(n) + (n == 1 ? " day " : " days ") + (days > 0 ? "later" : "earlier");
}

}  // namespace

DueDateMapping guess_due_date_mapping(const std::vector<std::string>& header) {
  DueDateMapping mapping(header.size());
  bool have_id = false;
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string key = header_key(header[c]);
    if (!have_id && (key == "studentid" || key == "studentnumber" || key == "localid" || key == "id" ||
                     key == "ssid" || key == "externalid")) {
      mapping[c].student_id = true;
      have_id = true;
      continue;
    }
    mapping[c].kind = kind_from_header(header[c]);
  }
  return mapping;
}

Reconciliation reconcile_due_dates(const CsvTable& table, const DueDateMapping& mapping,
                                   const Caseload& caseload, const std::vector<Deadline>& deadlines) {
  std::map<std::string, const Student*> by_id;
  for (const auto& s : caseload.students) {
    if (!s.external_id.empty()) by_id[s.external_id] = &s;
  }
  std::map<Uuid, std::vector<const Deadline*>> by_student;
  for (const auto& d : deadlines) by_student[d.student_id].push_back(&d);
  const auto id_column = std::find_if(mapping.begin(), mapping.end(), [](auto& m) { return m.student_id; });

  Reconciliation out;
  for (const auto& p : table.problems) {
    out.rows.push_back({p.line, {}, nullptr, {}, {}, {}, Agreement::kUnreadable, p.message});
  }
  for (const auto& row : table.rows) {
    const auto id_index = static_cast<std::size_t>(id_column - mapping.begin());
    const std::string id = id_column != mapping.end() && id_index < row.fields.size() ? trimmed(row.fields[id_index]) : "";
    const auto found = by_id.find(id);
    if (found == by_id.end()) {
      out.rows.push_back({row.line, id, nullptr, {}, {}, {}, Agreement::kUnknownStudent,
                          id.empty() ? "no student ID" : "no student with ID " + id + " on your caseload"});
      continue;
    }
    const Student* student = found->second;
    for (std::size_t c = 0; c < mapping.size() && c < row.fields.size(); ++c) {
      if (!mapping[c].kind || trimmed(row.fields[c]).empty()) continue;
      DueDateComparison cmp{row.line, id, student, mapping[c].kind, {}, {}, Agreement::kAgrees, {}};
      cmp.district = parse_csv_date(row.fields[c]);
      if (!cmp.district) {
        cmp.agreement = Agreement::kUnreadable;
        cmp.message = "\"" + trimmed(row.fields[c]) + "\" is not a date";
        out.rows.push_back(std::move(cmp));
        continue;
      }
      cmp.caseload = caseload_date(by_student[student->meta.id], *cmp.kind);
      if (!cmp.caseload) {
        cmp.agreement = Agreement::kOnlyDistrict;
        cmp.message = "Caseload has no date: a key date may be missing";
      } else if (*cmp.caseload == *cmp.district) {
        cmp.message = "same date";
      } else {
        cmp.agreement = Agreement::kDiffers;
        cmp.message = "Caseload's date is " + days_words(days_between(*cmp.district, *cmp.caseload));
      }
      out.rows.push_back(std::move(cmp));
    }
  }
  for (const auto& r : out.rows) {
    out.agrees += r.agreement == Agreement::kAgrees;
    out.differs += r.agreement == Agreement::kDiffers;
    out.only_district += r.agreement == Agreement::kOnlyDistrict;
    out.unknown_students += r.agreement == Agreement::kUnknownStudent;
    out.unreadable += r.agreement == Agreement::kUnreadable;
  }
  std::stable_sort(out.rows.begin(), out.rows.end(), [](const DueDateComparison& a, const DueDateComparison& b) {
    const bool a_ok = a.agreement == Agreement::kAgrees, b_ok = b.agreement == Agreement::kAgrees;
    if (a_ok != b_ok) return !a_ok;
    return a.line < b.line;
  });
  return out;
}

}  // namespace caseload
