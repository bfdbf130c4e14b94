#include "ui/student_tab.hpp"

#include <imgui.h>

#include "ui/controls.hpp"

namespace caseload::app {

bool record_row(const std::string& title, const std::string& detail, bool selected, const void* id) {
  ImGui::PushID(id);
  const float height = ImGui::GetTextLineHeightWithSpacing() * (detail.empty() ? 1.0f : 2.0f);
  const bool clicked = ui::selectable("##record", selected, ui::Role::kRow, 0, ImVec2(0, height));
  ui::ControlRecord& record = ui::control_log().last();
  record.label = title;
  record.value = detail;
  const ImVec2 min = ImGui::GetItemRectMin();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(ImVec2(min.x + 6, min.y + 1), ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
  if (!detail.empty()) {
    draw->AddText(ImVec2(min.x + 6, min.y + 1 + ImGui::GetTextLineHeight()), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                  detail.c_str());
  }
  ImGui::PopID();
  return clicked;
}

FormAction form_buttons(ListEditing& editing, bool valid, const char* noun) {
  FormAction action = FormAction::kNone;
  const std::string save = editing.is_new ? std::string("Add ") + noun : std::string("Save ") + noun;
  if (ui::primary_button(save.c_str(), valid)) action = FormAction::kSave;
  ImGui::SameLine();
  if (ui::button((std::string("Cancel##") + noun).c_str()) || ui::key_pressed(ImGuiKey_Escape, false)) {
    action = FormAction::kCancel;
  }
  if (!editing.is_new) {
    ImGui::SameLine(0, 24);
    if (!editing.confirm_delete) {
      if (ui::button((std::string("Delete ") + noun + "…").c_str())) editing.confirm_delete = true;
    } else {
      if (ui::button((std::string("Yes, delete this ") + noun).c_str())) action = FormAction::kDelete;
      ImGui::SameLine();
      if (ui::button((std::string("Keep##") + noun).c_str())) editing.confirm_delete = false;
    }
  }
  return action;
}

}  // namespace caseload::app
