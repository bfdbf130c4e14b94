// Importing a bundle into the open caseload: new students are added; a student already present
// (same id) is merged record by record (contacts, log entries, meetings, goals and their data...)
// by modification time, the newer record winning. Where both sides changed the same record
// differently and the bundle's copy is not newer, the local record is kept and the case is
// reported as a conflict. Nothing is deleted by an import (bundles carry no deletions).
// plan_merge() computes everything first, so the app can preview it and then apply it in one
// atomic commit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/bundle.hpp"

namespace caseload {

struct MergeConflict {
  Uuid student_id;
  std::string student;  // initials: summaries are shown on screen
  std::string what;     // "contact log entry of 2026-10-02"
  std::string resolution;
};

struct MergeSummary {
  int students_added = 0;
  int students_updated = 0;
  int students_unchanged = 0;
  int records_added = 0;
  int records_updated = 0;
  std::vector<MergeConflict> conflicts;
  bool settings_applied = false;
  bool settings_ignored = false;  // the bundle had settings; the caseload's own were kept
};

struct MergePlan {
  std::vector<Student> changed;               // to add or replace
  std::optional<CaseloadSettings> settings;   // to apply (restoring into an empty caseload)
  bool mark_demo = false;
  MergeSummary summary;
};

MergePlan plan_merge(const Caseload& current, const BundleContents& incoming);
// One line per figure, for the app's summary and the CLI.
std::string describe(const MergeSummary& summary);

}  // namespace caseload
