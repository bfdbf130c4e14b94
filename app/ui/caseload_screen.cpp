#include "ui/caseload_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <set>

#include "caseload/caseload_csv.hpp"
#include "caseload/progress_monitoring.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/mirror_requests.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {
namespace {

constexpr const char* kPlans[] = {"All plans", "IEP", "504 plan", "Referral in progress", "Exited"};
constexpr const char* kGrades[] = {"All grades", "PK", "TK", "K", "1", "2", "3", "4", "5", "6", "7",
                                   "8", "9", "10", "11", "12", "18-22"};
constexpr const char* kStatuses[] = {"Any status", "Something overdue", "Due this week", "Due in 30 days",
                                     "Nothing due soon"};

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

std::string due_text(const Deadline* d) { return d ? format_date(d->due) : std::string("—"); }

}  // namespace

bool CaseloadScreen::matches(const Student& s, const AppSession::StudentDates& dates) const {
  if (!filters_.search.empty()) {
    const std::string needle = lower(filters_.search);
    if (lower(full_name(s)).find(needle) == std::string::npos && lower(s.external_id).find(needle) == std::string::npos) {
      return false;
    }
  }
  if (filters_.plan > 0 && static_cast<int>(s.plan_type) != filters_.plan - 1) return false;
  if (filters_.grade > 0 && (!s.grade || grade_code(*s.grade) != kGrades[filters_.grade])) return false;
  if (filters_.school > 0 && s.school != schools_[static_cast<std::size_t>(filters_.school - 1)]) return false;
  switch (filters_.status) {
    case 1: return dates.overdue > 0;
    case 2: return dates.due_very_soon > 0;
    case 3: return dates.due_soon + dates.due_very_soon > 0;
    case 4: return dates.overdue + dates.due_very_soon + dates.due_soon == 0;
    default: return true;
  }
}

void CaseloadScreen::rebuild(const UiState& ui) {
  built_revision_ = session_.workspace().revision();
  built_day_ = session_.today();
  built_privacy_ = ui.privacy_mode;
  built_filters_ = filters_;
  std::set<std::string> schools;
  for (const auto& s : session_.workspace().caseload().students) {
    if (!s.school.empty()) schools.insert(s.school);
  }
  schools_.assign(schools.begin(), schools.end());
  rows_.clear();
  for (const auto& s : session_.workspace().caseload().students) {
    const auto& dates = session_.dates_of(s.meta.id);
    if (!matches(s, dates)) continue;
    Row row{};
    row.student = &s;
    row.name = display_name(s, ui);
    row.grade = s.grade ? grade_code(*s.grade) : "—";
    row.grade_level = s.grade ? s.grade->level : -100;
    row.plan = std::string(to_label(s.plan_type));
    if (dates.next_open) {
      row.next = dates.next_open->title() + " · " + format_date(dates.next_open->due);
      row.next_due = dates.next_open->due;
    }
    row.annual = due_text(dates.annual);
    row.triennial = due_text(dates.triennial);
    if (dates.annual) row.annual_due = dates.annual->due;
    if (dates.triennial) row.triennial_due = dates.triennial->due;
    row.overdue = dates.overdue;
    if (dates.overdue) row.flags += std::to_string(dates.overdue) + " overdue  ";
    if (s.english_learner) row.flags += "EL  ";
    if (s.behavior_plan) row.flags += "BIP  ";
    rows_.push_back(std::move(row));
  }
  sort_rows();
}

void CaseloadScreen::sort_rows() {
  const bool ascending = sort_ascending_;
  const auto by = [ascending](auto key) {
    return [ascending, key](const Row& a, const Row& b) { return ascending ? key(a) < key(b) : key(b) < key(a); };
  };
  switch (sort_column_) {
    case 0: std::stable_sort(rows_.begin(), rows_.end(), by([](const Row& r) { return lower(r.name); })); break;
    case 1: std::stable_sort(rows_.begin(), rows_.end(), by([](const Row& r) { return r.grade_level; })); break;
    case 2: std::stable_sort(rows_.begin(), rows_.end(), by([](const Row& r) { return r.plan; })); break;
    case 3: std::stable_sort(rows_.begin(), rows_.end(), by([](const Row& r) { return day_number(r.next_due); })); break;
    case 4: std::stable_sort(rows_.begin(), rows_.end(), by([](const Row& r) { return day_number(r.annual_due); })); break;
    case 5: std::stable_sort(rows_.begin(), rows_.end(), by([](const Row& r) { return day_number(r.triennial_due); })); break;
    case 6: std::stable_sort(rows_.begin(), rows_.end(), by([](const Row& r) { return r.overdue; })); break;
    default: break;
  }
}

void CaseloadScreen::draw_filters() {
  ui::text_field("Search##caseload", filters_.search, "Name or student number", nullptr, 260);
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::choice_index("Plan##filter", filters_.plan, kPlans, 180);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::choice_index("Grade##filter", filters_.grade, kGrades, 120);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  std::vector<const char*> schools = {"All schools"};
  for (const auto& s : schools_) schools.push_back(s.c_str());
  filters_.school = std::clamp(filters_.school, 0, static_cast<int>(schools.size()) - 1);
  ui::choice_index("School##filter", filters_.school, schools, 200);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::choice_index("Status##filter", filters_.status, kStatuses, 180);
  ImGui::EndGroup();
}

CaseloadAction CaseloadScreen::draw_toolbar() {
  CaseloadAction action = CaseloadAction::kNone;
  if (ui::button(quick_entry_open_ ? "Close quick data entry" : "Quick data entry")) {
    quick_entry_open_ = !quick_entry_open_;
    quick_message_.clear();
  }
  ImGui::SameLine();
  if (ui::button("Import roster CSV…")) action = CaseloadAction::kImportRoster;
  ImGui::SameLine();
  if (ui::button("Check district due dates…")) action = CaseloadAction::kCheckDueDates;
  ImGui::SameLine();
  if (ui::button("Export CSV")) {
    const std::string csv = caseload_csv(session_.workspace().caseload(), session_.deadlines());
    download_file("caseload-" + format_date(session_.today()) + ".csv", Bytes(csv.begin(), csv.end()), "text/csv");
  }
  return action;
}

void CaseloadScreen::draw_quick_entry(const UiState& ui) {
  if (rows_.empty()) return;
  const Student& s = *rows_[static_cast<std::size_t>(std::max(cursor_, 0))].student;
  ImGui::PushID("quick-entry");
  ui::heading("Quick data entry: " + display_name(s, ui), 3);
  if (s.goals.empty()) {
    ui::text("This student has no goals. Arrow keys or the search pick another student.", ui::Tone::kMuted);
    ImGui::PopID();
    return;
  }
  if (quick_date_.empty()) quick_date_ = format_date(session_.today());
  std::vector<std::string> names;
  std::vector<const char*> labels;
  for (const auto& g : s.goals) names.push_back(g.area.empty() ? g.description.substr(0, 40) : g.area);
  for (const auto& n : names) labels.push_back(n.c_str());
  quick_goal_ = std::clamp(quick_goal_, 0, static_cast<int>(labels.size()) - 1);
  const float w = ImGui::GetFontSize() * 9;
  ImGui::BeginGroup();
  ui::choice_index("Goal##quick", quick_goal_, labels, w * 1.6f);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  const bool value_ok = ui::decimal_field("Value##quick", quick_value_, true, w * 0.7f);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  const bool date_ok = ui::date_field("Date##quick", quick_date_, true, w);
  ImGui::EndGroup();
  const Goal& goal = s.goals[static_cast<std::size_t>(quick_goal_)];
  const bool ready = value_ok && date_ok && !quick_value_.empty();
  const bool enter = ui::editing_text() && ui::key_pressed(ImGuiKey_Enter, false);
  if ((ui::primary_button("Add data point##quick", ready) || enter) && ready) {
    Student changed = s;
    DataPoint p;
    p.meta = session_.workspace().new_meta();
    p.date = *ui::parse_form_date(quick_date_);
    p.value = *ui::parse_form_double(quick_value_);
    changed.goals[static_cast<std::size_t>(quick_goal_)].data.push_back(p);
    quick_message_ = "Added " + format_measure(p.value) + " " + goal.unit + " for " + display_name(s, ui) + " (" +
                     (goal.area.empty() ? "goal" : goal.area) + ").";
    session_.workspace().update_student(std::move(changed));
    quick_value_.clear();
  }
  if (!quick_message_.empty()) {
    ImGui::SameLine();
    ui::text(quick_message_, ui::Tone::kGood);
  }
  ImGui::PopID();
}

CaseloadAction CaseloadScreen::draw(UiState& ui) {
  ui::heading("Caseload", 1);
  const CaseloadAction action = draw_toolbar();
  draw_filters();
  if (built_revision_ != session_.workspace().revision() || built_day_ != session_.today() ||
      built_privacy_ != ui.privacy_mode || !(built_filters_ == filters_)) {
    rebuild(ui);
  }
  if (quick_entry_open_) draw_quick_entry(ui);
  const std::size_t total = session_.workspace().caseload().students.size();
  ui::text(std::to_string(rows_.size()) + " of " + std::to_string(total) + " students · arrow keys move, Enter opens",
           ui::Tone::kMuted);
  if (total == 0) {
    ui::wrapped_text("No students yet. Add your first student (Add student, above), import a roster CSV, or "
                     "import a bundle.",
                     ui::Tone::kMuted);
    return action;
  }
  // Keyboard: arrows move the highlighted row, Enter opens it (when no text field is being edited).
  if (!ui::editing_text() && !rows_.empty()) {
    if (ui::key_pressed(ImGuiKey_DownArrow)) {
      cursor_ = std::min(cursor_ + 1, static_cast<int>(rows_.size()) - 1);
      scroll_to_cursor_ = true;
      ui::take_arrow_keys();
    }
    if (ui::key_pressed(ImGuiKey_UpArrow)) {
      cursor_ = std::max(cursor_ - 1, 0);
      scroll_to_cursor_ = true;
      ui::take_arrow_keys();
    }
    if (cursor_ >= 0 && ui::key_pressed(ImGuiKey_Enter, false)) {
      ui.open_student(rows_[static_cast<std::size_t>(std::min(cursor_, static_cast<int>(rows_.size()) - 1))].student->meta.id);
    }
  }
  cursor_ = std::min(cursor_, static_cast<int>(rows_.size()) - 1);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("caseload-table", 7, flags)) return action;
  ui::Group table(ui::Role::kTable, "Students");
  table.record().level = static_cast<int>(rows_.size()) + 1;  // rows in all, with the header row
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_DefaultSort, 2.0f);
  ImGui::TableSetupColumn("Grade", 0, 0.6f);
  ImGui::TableSetupColumn("Plan", 0, 1.1f);
  ImGui::TableSetupColumn("Next deadline", 0, 2.6f);
  ImGui::TableSetupColumn("Annual review", 0, 1.1f);
  ImGui::TableSetupColumn("Triennial", 0, 1.1f);
  ImGui::TableSetupColumn("Flags", 0, 1.2f);
  ui::table_headers();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty && specs->SpecsCount > 0) {
    sort_column_ = specs->Specs[0].ColumnIndex;
    sort_ascending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    sort_rows();
    specs->SpecsDirty = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()));
  if (cursor_ >= 0 && scroll_to_cursor_) clipper.ForceDisplayRangeByIndices(cursor_, cursor_ + 1);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Row& row = rows_[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(row.student);  // a row keeps its id (and its mirror node) when the table scrolls or sorts
      const bool highlighted = i == cursor_;
      if (ui::selectable(row.name.c_str(), highlighted, ui::Role::kRow, ImGuiSelectableFlags_SpanAllColumns)) {
        cursor_ = i;
        ui.open_student(row.student->meta.id);
      }
      // Focus moved onto a row from elsewhere (Tab in the accessibility mirror): it becomes the
      // cursor, so the arrow keys go on from there.
      if (!scroll_to_cursor_ && !highlighted && ImGui::IsItemFocused()) cursor_ = i;
      if (highlighted && scroll_to_cursor_) {
        ui::scroll_item_into_view(ImGui::GetFrameHeight());  // only after the keyboard moved the cursor
        ui::focus_last_item();
        scroll_to_cursor_ = false;
      }
      ui::ControlRecord& record = ui::control_log().last();
      record.value = row.plan + ", grade " + row.grade + ", next: " + (row.next.empty() ? "none" : row.next) +
                     ", annual " + row.annual + ", triennial " + row.triennial + (row.flags.empty() ? "" : ", " + row.flags);
      record.level = i;
      ui::control_log().open_last_as_group();
      ImGui::PopID();
      ui::table_cell(row.grade);
      ui::table_cell(row.plan);
      ui::table_cell(row.next.empty() ? "—" : row.next);
      ui::table_cell(row.annual);
      ui::table_cell(row.triennial);
      ui::table_cell(row.flags, row.overdue ? ui::Tone::kDanger : ui::Tone::kNormal);
      ui::control_log().end_group();
    }
  }
  ImGui::EndTable();
  return action;
}

}  // namespace caseload::app
