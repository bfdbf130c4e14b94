#include "caseload/bundle_merge.hpp"

#include <map>

#include "caseload/caseload_json.hpp"
#include "caseload/record_fields.hpp"

namespace caseload {
namespace {

struct MergeContext {
  const Student& local_student;
  MergeSummary& summary;
};

template <class T>
bool same(const T& a, const T& b) {
  return to_json_value(a) == to_json_value(b);
}

// Records nested inside a record (deliveries of a service, data points of a goal) are merged
// the same way, whichever side's parent won.
template <class T>
void merge_list(std::vector<T>& mine, const std::vector<T>& theirs, const char* what, MergeContext& context);

template <class T>
void merge_nested(T&, const T&, MergeContext&) {}
void merge_nested(Service& mine, const Service& theirs, MergeContext& context) {
  merge_list(mine.deliveries, theirs.deliveries, "service delivery", context);
}
void merge_nested(Goal& mine, const Goal& theirs, MergeContext& context) {
  merge_list(mine.data, theirs.data, "goal data point", context);
}

template <class T>
void merge_list(std::vector<T>& mine, const std::vector<T>& theirs, const char* what, MergeContext& context) {
  std::map<Uuid, std::size_t> index;
  for (std::size_t i = 0; i < mine.size(); ++i) index[mine[i].meta.id] = i;
  for (const T& record : theirs) {
    const auto found = index.find(record.meta.id);
    if (found == index.end()) {
      index[record.meta.id] = mine.size();
      mine.push_back(record);
      ++context.summary.records_added;
      continue;
    }
    T& local = mine[found->second];
    if (same(local, record)) continue;
    if (record.meta.modified > local.meta.modified) {
      T winner = record;
      merge_nested(winner, local, context);
      local = std::move(winner);
      ++context.summary.records_updated;
    } else {
      merge_nested(local, record, context);
      context.summary.conflicts.push_back(
          {context.local_student.meta.id, initials(context.local_student), what,
           record.meta.modified == local.meta.modified ? "both copies were changed at the same time: kept yours"
                                                        : "yours is newer: kept yours"});
    }
  }
}

// The profile (name, plan, key dates...) without the record lists, for comparison.
Json profile_of(const Student& s) {
  Json j = student_to_json(s);
  for (const char* list : {"contacts", "contact_log", "meetings", "services", "accommodations", "staff",
                           "acknowledgements", "goals", "suspensions", "records_requests", "progress_reports",
                           "progress_statements", "notes", "modified", "created"}) {
    j.erase(list);
  }
  return j;
}

Student merge_student(const Student& local, const Student& incoming, MergeSummary& summary) {
  MergeContext context{local, summary};
  Student merged = local;
  if (profile_of(local) != profile_of(incoming)) {
    if (incoming.meta.modified > local.meta.modified) {
      Student profile = incoming;  // take their profile fields, keep our lists to merge into
      profile.contacts = std::move(merged.contacts);
      profile.contact_log = std::move(merged.contact_log);
      profile.meetings = std::move(merged.meetings);
      profile.services = std::move(merged.services);
      profile.accommodations = std::move(merged.accommodations);
      profile.staff = std::move(merged.staff);
      profile.acknowledgements = std::move(merged.acknowledgements);
      profile.goals = std::move(merged.goals);
      profile.suspensions = std::move(merged.suspensions);
      profile.records_requests = std::move(merged.records_requests);
      profile.progress_reports = std::move(merged.progress_reports);
      profile.progress_statements = std::move(merged.progress_statements);
      profile.notes = std::move(merged.notes);
      profile.meta.created = local.meta.created;
      merged = std::move(profile);
      ++summary.records_updated;
    } else {
      summary.conflicts.push_back({local.meta.id, initials(local), "profile and key dates",
                                   "yours is newer or as new: kept yours"});
    }
  }
  merge_list(merged.contacts, incoming.contacts, "contact", context);
  merge_list(merged.contact_log, incoming.contact_log, "contact log entry", context);
  merge_list(merged.meetings, incoming.meetings, "meeting", context);
  merge_list(merged.services, incoming.services, "service", context);
  merge_list(merged.accommodations, incoming.accommodations, "accommodation", context);
  merge_list(merged.staff, incoming.staff, "staff member", context);
  merge_list(merged.acknowledgements, incoming.acknowledgements, "acknowledgement", context);
  merge_list(merged.goals, incoming.goals, "goal", context);
  merge_list(merged.suspensions, incoming.suspensions, "suspension", context);
  merge_list(merged.records_requests, incoming.records_requests, "records request", context);
  merge_list(merged.progress_reports, incoming.progress_reports, "progress report", context);
  merge_list(merged.progress_statements, incoming.progress_statements, "progress statement", context);
  merge_list(merged.notes, incoming.notes, "note", context);
  merged.meta.modified = std::max(local.meta.modified, incoming.meta.modified);
  return merged;
}

}  // namespace

MergePlan plan_merge(const Caseload& current, const BundleContents& incoming) {
  MergePlan plan;
  std::map<Uuid, const Student*> local;
  for (const auto& s : current.students) local[s.meta.id] = &s;
  for (const auto& theirs : incoming.students) {
    const auto found = local.find(theirs.meta.id);
    if (found == local.end()) {
      plan.changed.push_back(theirs);
      ++plan.summary.students_added;
      continue;
    }
    Student merged = merge_student(*found->second, theirs, plan.summary);
    if (student_to_json(merged) == student_to_json(*found->second)) {
      ++plan.summary.students_unchanged;
    } else {
      plan.changed.push_back(std::move(merged));
      ++plan.summary.students_updated;
    }
  }
  if (incoming.settings) {
    // A backup restored into a new, empty vault brings its settings; otherwise ours stay.
    const bool empty = current.students.empty() && current.settings.school_years.empty();
    if (empty) {
      plan.settings = incoming.settings;
      plan.summary.settings_applied = true;
      plan.mark_demo = incoming.demo;
    } else {
      plan.summary.settings_ignored = true;
    }
  }
  return plan;
}

std::string describe(const MergeSummary& s) {
  std::string text = std::to_string(s.students_added) + " students added, " + std::to_string(s.students_updated) +
                     " updated, " + std::to_string(s.students_unchanged) + " already up to date; " +
                     std::to_string(s.records_added) + " records added, " + std::to_string(s.records_updated) +
                     " updated; " + std::to_string(s.conflicts.size()) + " conflicts";
  if (s.settings_applied) text += "; settings restored from the bundle";
  if (s.settings_ignored) text += "; the bundle's settings were not applied (yours are kept)";
  return text;
}

}  // namespace caseload
