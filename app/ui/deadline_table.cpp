#include "ui/deadline_table.hpp"

#include <imgui.h>

#include <string>

#include "ui/controls.hpp"

namespace caseload::app {
namespace {

ui::Tone status_tone(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::kOverdue: return ui::Tone::kDanger;
    case DeadlineStatus::kDueVerySoon: return ui::Tone::kWarning;
    case DeadlineStatus::kDone: return ui::Tone::kGood;
    default: return ui::Tone::kNormal;
  }
}

std::string due_words(const Deadline& d, Date today) {
  const int days = days_between(today, d.due);
  if (d.status == DeadlineStatus::kDone) return d.completed ? "done " + format_date(*d.completed) : "done";
  if (days < 0) return std::to_string(-days) + (days == -1 ? " day overdue" : " days overdue");
  if (days == 0) return "due today";
  return "in " + std::to_string(days) + (days == 1 ? " day" : " days");
}

}  // namespace

const char* status_words(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::kDone: return "Done";
    case DeadlineStatus::kOverdue: return "Overdue";
    case DeadlineStatus::kDueVerySoon: return "Due this week";
    case DeadlineStatus::kDueSoon: return "Due soon";
    case DeadlineStatus::kLater: return "Later";
  }
  return "";
}

const Deadline* draw_deadline_table(std::span<const Deadline* const> deadlines, const Workspace& workspace,
                                    const UiState& ui_state, Date today, const DeadlineTableOptions& options) {
  const Deadline* clicked = nullptr;
  const int columns = (options.show_student ? 3 : 2) + (options.compact ? 0 : 2);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(options.id, columns, flags, ImVec2(0, options.height))) return clicked;
  ui::Group table(ui::Role::kTable, options.caption);
  table.record().level = static_cast<int>(deadlines.size()) + 1;
  ImGui::TableSetupScrollFreeze(0, 1);
  const float date_width = ImGui::CalcTextSize("Wed, Sep 30, 2026").x + ImGui::GetStyle().CellPadding.x * 2;
  ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, date_width);
  if (!options.compact) {
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Due this week").x + 12);
  }
  if (options.show_student) ImGui::TableSetupColumn("Student", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableSetupColumn("What is due", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  if (!options.compact) ImGui::TableSetupColumn("Rule", ImGuiTableColumnFlags_WidthStretch, 1.1f);
  ui::table_headers();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(deadlines.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Deadline& d = *deadlines[static_cast<std::size_t>(row)];
      ImGui::TableNextRow();
      ImGui::PushID(row);
      ImGui::TableNextColumn();
      // The due date and how far off it is head the row (for a screen reader, the row header).
      const std::string due = format_date_long(d.due);
      const std::string when = due_words(d, today);
      ImGui::TextUnformatted(due.c_str());
      const ui::Tone tone = status_tone(d.status);
      ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(tone == ui::Tone::kNormal ? ui::Tone::kMuted : tone));
      ImGui::TextUnformatted(when.c_str());
      ImGui::PopStyleColor();
      ui::Group row_group(ui::Role::kRow, due + ", " + when);
      if (!options.compact) {
        ImGui::TableNextColumn();
        ui::Group cell(ui::Role::kCell, "");
        ui::text(status_words(d.status), tone);
      }
      if (options.show_student) {
        ImGui::TableNextColumn();
        ui::Group cell(ui::Role::kCell, "");
        const Student* student = workspace.find_student(d.student_id);
        const std::string name = student ? display_name(*student, ui_state) : "?";
        if (ui::selectable(name.c_str(), false, ui::Role::kButton)) clicked = &d;
      }
      ImGui::TableNextColumn();
      ui::Group what_cell(ui::Role::kCell, "");
      std::string what = d.title();
      if (d.estimated) what += " (estimated: enter next year's calendar)";
      ui::wrapped_text(what);
      if (options.compact && ImGui::IsItemHovered()) ImGui::SetTooltip("%.*s\n%s", static_cast<int>(d.citation().size()), d.citation().data(), d.basis.c_str());
      if (d.scheduled) ui::wrapped_text("Meeting scheduled " + format_date_long(*d.scheduled), ui::Tone::kMuted);
      if (d.advice) ui::wrapped_text("Aim for " + format_date_long(*d.advice) + " (a working day)", ui::Tone::kMuted);
      if (!options.compact) {
        ImGui::TableNextColumn();
        ui::Group cell(ui::Role::kCell, "");
        ui::wrapped_text(d.citation(), ui::Tone::kMuted);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.basis.c_str());
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
  return clicked;
}

}  // namespace caseload::app
