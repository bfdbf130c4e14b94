#include "ui/teachers_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/plan_tab.hpp"

namespace caseload::app {

void TeachersScreen::draw(UiState& ui) {
  if (built_revision_ != session_.workspace().revision()) {
    teachers_ = teachers_of(session_.workspace().caseload());
    built_revision_ = session_.workspace().revision();
  }
  ui::heading("Accommodations by teacher", 1);
  if (teachers_.empty()) {
    ui::wrapped_text("No teachers yet: add the teachers and providers of each student on the student's "
                     "Accommodations tab.", ui::Tone::kMuted);
    return;
  }
  selected_ = std::clamp(selected_, 0, static_cast<int>(teachers_.size()) - 1);
  const float list_width = std::max(260.0f, ImGui::GetContentRegionAvail().x * 0.28f);
  ImGui::BeginChild("teacher-list", ImVec2(list_width, 0), true);
  for (std::size_t i = 0; i < teachers_.size(); ++i) {
    const Teacher& t = teachers_[i];
    const std::string detail = std::to_string(t.students.size()) + (t.students.size() == 1 ? " student" : " students") +
                               (t.not_acknowledged ? " · " + std::to_string(t.not_acknowledged) + " to acknowledge" : "");
    ImGui::PushID(static_cast<int>(i));
    if (ui::selectable("##teacher", selected_ == static_cast<int>(i), ui::Role::kRow, 0,
                       ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 2))) {
      selected_ = static_cast<int>(i);
    }
    ui::ControlRecord& r = ui::control_log().last();
    r.label = t.name;
    r.value = detail;
    const ImVec2 min = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + 6, min.y + 1), ImGui::GetColorU32(ImGuiCol_Text), t.name.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + 6, min.y + 1 + ImGui::GetTextLineHeight()),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled), detail.c_str());
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("teacher-detail", ImVec2(0, 0), true);
  const Teacher& teacher = teachers_[static_cast<std::size_t>(selected_)];
  ui::heading(teacher.name, 2);
  if (!teacher.subjects.empty() || !teacher.email.empty()) {
    ui::text(teacher.subjects + (teacher.email.empty() ? "" : " · " + teacher.email), ui::Tone::kMuted);
  }
  if (ui::primary_button("Open printable sheet")) {
    open_document(teacher_sheet_html(teacher, names_on_sheet_, session_.today(),
                                     session_.workspace().caseload().settings.case_manager.name),
                  "accommodations-" + format_date(session_.today()) + ".html");
  }
  ImGui::SameLine();
  ui::checkbox("Full names on the sheet (otherwise initials)", names_on_sheet_);
  ImGui::Separator();
  // A coordinator's teacher can have hundreds of students: entries out of view are only measured.
  const float line = ImGui::GetTextLineHeightWithSpacing();
  const float width = ImGui::GetContentRegionAvail().x;
  for (const auto& entry : teacher.students) {
    const Student& s = *entry.student;
    const float lines = 2.0f + static_cast<float>(std::max<std::size_t>(1, s.accommodations.size()));
    const float height = lines * line + ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (!ImGui::IsRectVisible(top, ImVec2(top.x + width, top.y + height))) {
      ImGui::Dummy(ImVec2(width, height - ImGui::GetStyle().ItemSpacing.y));
      continue;
    }
    draw_student_entry(entry, ui);
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + height));
  }
  ImGui::EndChild();
}

void TeachersScreen::draw_student_entry(const TeacherStudent& entry, UiState& ui) {
  const Student& s = *entry.student;
  ImGui::PushID(&s);
  const std::string name = display_name(s, ui);
  if (ui::selectable(name.c_str(), false, ui::Role::kButton)) ui.open_student(s.meta.id, StudentTab::kPlan);
  ui::text(entry.acknowledged ? "Acknowledged plan version " + std::to_string(s.plan_version) + " on " +
                                      format_date(*entry.acknowledged)
                                : "Has not acknowledged plan version " + std::to_string(s.plan_version),
             entry.acknowledged ? ui::Tone::kGood : ui::Tone::kWarning);
  for (const auto& a : s.accommodations) {
    ui::text("  • " + a.description + (a.kind == AccommodationKind::kModification ? " (modification)" : "") +
             (a.applies_in.empty() ? "" : " — " + a.applies_in));
  }
  if (s.accommodations.empty()) ui::text("  No accommodations listed.", ui::Tone::kMuted);
  ImGui::PopID();
}

}  // namespace caseload::app
