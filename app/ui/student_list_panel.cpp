#include "ui/student_list_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>

#include "ui/controls.hpp"

namespace caseload::app {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

}  // namespace

// The visible rows change only with the caseload, the search, privacy mode or the day.
void StudentListPanel::rebuild(AppSession& session, const UiState& ui) {
  const Workspace& workspace = session.workspace();
  built_revision_ = workspace.revision();
  built_search_ = ui.search;
  built_privacy_ = ui.privacy_mode;
  built_day_ = session.today();
  std::map<Uuid, const Deadline*> next_open;
  for (const auto& d : session.deadlines()) {
    if (d.status == DeadlineStatus::kDone) continue;
    auto [it, inserted] = next_open.try_emplace(d.student_id, &d);
    if (!inserted && d.due < it->second->due) it->second = &d;
  }
  const std::string needle = lower(ui.search);
  rows_.clear();
  for (const auto& s : workspace.caseload().students) {
    std::string name = display_name(s, ui);
    if (!needle.empty() && lower(full_name(s)).find(needle) == std::string::npos
        && lower(s.external_id).find(needle) == std::string::npos) {
      continue;
    }
    std::string detail(to_label(s.plan_type));
    if (s.grade) detail += " · grade " + grade_code(*s.grade);
    if (const auto found = next_open.find(s.meta.id); found != next_open.end()) {
      detail += " · " + found->second->title() + " " + format_date(found->second->due);
    }
    rows_.push_back({&s, std::move(name), std::move(detail)});
  }
  std::sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
    return a.student->last_name != b.student->last_name ? a.student->last_name < b.student->last_name
                                                         : a.student->first_name < b.student->first_name;
  });
}

bool StudentListPanel::draw(AppSession& session, UiState& ui) {
  const Workspace& workspace = session.workspace();
  if (built_revision_ != workspace.revision() || built_search_ != ui.search || built_privacy_ != ui.privacy_mode
      || built_day_ != session.today()) {
    rebuild(session, ui);
  }
  ui::heading("Students", 2);
  const bool add = ui::primary_button("Add student");
  ui::text_field("Search##students", ui.search, "Name or student number");
  ImGui::Spacing();
  if (workspace.caseload().students.empty()) {
    ui::wrapped_text("No students yet. Add your first student to see their deadlines.", ui::Tone::kMuted);
    return add;
  }
  ImGui::BeginChild("student-rows", ImVec2(0, 0), false);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()), ImGui::GetTextLineHeightWithSpacing() * 2.0f + 6.0f);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Row& row = rows_[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      const bool selected = ui.selected && *ui.selected == row.student->meta.id;
      const float height = ImGui::GetTextLineHeightWithSpacing() * 2.0f;
      if (ImGui::Selectable("##row", selected, 0, ImVec2(0, height))) ui.selected = row.student->meta.id;
      ui::ControlRecord& record = ui::control_log().add(ui::Role::kRow, ui::last_item_id(), row.name);
      record.value = row.detail;
      record.checked = selected;
      record.level = i;
      const ImVec2 min = ImGui::GetItemRectMin();
      ImDrawList* draw = ImGui::GetWindowDrawList();
      draw->AddText(ImVec2(min.x + 6, min.y + 2), ImGui::GetColorU32(ImGuiCol_Text), row.name.c_str());
      draw->AddText(ImVec2(min.x + 6, min.y + 2 + ImGui::GetTextLineHeight()),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), row.detail.c_str());
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  return add;
}

}  // namespace caseload::app
