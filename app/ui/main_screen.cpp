#include "ui/main_screen.hpp"

#include <imgui.h>

#include "caseload/version.hpp"
#include "ui/controls.hpp"
#include "ui/deadline_table.hpp"

namespace caseload::app {

void MainScreen::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && io.KeyShift && ui::letter_pressed('p')) ui_.privacy_mode = !ui_.privacy_mode;
  if (io.KeyCtrl && io.KeyShift && ui::letter_pressed('l')) session_.lock_now();
}

void MainScreen::draw() {
  handle_shortcuts();
  if (auto restored = student_panel_.take_restored_selection()) ui_.selected = restored;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("Caseload##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  draw_top_bar();
  const float list_width = std::max(260.0f, ImGui::GetContentRegionAvail().x * 0.32f);
  ImGui::BeginChild("caseload", ImVec2(list_width, 0), true);
  if (list_.draw(session_, ui_)) student_panel_.start_new_student(ui_);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("detail", ImVec2(0, 0), true);
  if (ui_.selected) student_panel_.draw(ui_);
  else draw_caseload_deadlines();
  ImGui::EndChild();
  settings_.draw(session_, ui_);
  import_.poll_files(session_);
  export_.draw(session_, ui_);
  import_.draw(session_, ui_);
  ImGui::End();
}

void MainScreen::draw_top_bar() {
  const Workspace& workspace = session_.workspace();
  ui::heading(kProductName, 1);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (workspace.caseload().demo) {
    ui::status("DEMO DATA", ui::Tone::kWarning);
    ImGui::SameLine();
  }
  const std::size_t count = workspace.caseload().students.size();
  ui::text(std::to_string(count) + (count == 1 ? " student" : " students"), ui::Tone::kMuted);
  ImGui::SameLine(0, 24);
  draw_save_state();
  const float buttons = 480.0f;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 12, ImGui::GetWindowContentRegionMax().x - buttons));
  if (ui_.privacy_mode) {
    if (ui::button("Privacy on")) ui_.privacy_mode = false;
  } else if (ui::button("Privacy mode")) {
    ui_.privacy_mode = true;
  }
  ImGui::SameLine();
  if (ui::button("Export…")) export_.open();
  ImGui::SameLine();
  if (ui::button("Import…")) import_.choose_file();
  ImGui::SameLine();
  if (ui::button("Settings")) ui_.settings_open = true;
  ImGui::SameLine();
  if (ui::button("Lock")) session_.lock_now();
  if (!session_.last_error().empty()) ui::status(session_.last_error(), ui::Tone::kDanger);
  ImGui::Separator();
}

void MainScreen::draw_save_state() {
  const SaveStatus status = session_.workspace().save_status();
  switch (status.state) {
    case SaveState::kSaved: ui::status("Saved", ui::Tone::kGood); break;
    case SaveState::kSaving: ui::status("Saving…", ui::Tone::kMuted); break;
    case SaveState::kFailed: {
      const std::string why = status.error ? status.error->message : "unknown error";
      ui::status("Not saved: " + why, ui::Tone::kDanger);
      ImGui::SameLine();
      if (ui::button("Try again")) session_.workspace().retry_save();
      break;
    }
  }
}

void MainScreen::draw_caseload_deadlines() {
  ui::heading("Overdue and due soon", 2);
  std::vector<const Deadline*> open;
  for (const auto& d : session_.deadlines()) {
    if (d.status == DeadlineStatus::kOverdue || d.status == DeadlineStatus::kDueVerySoon
        || d.status == DeadlineStatus::kDueSoon) {
      open.push_back(&d);
    }
  }
  if (open.empty()) {
    ui::wrapped_text(session_.workspace().caseload().students.empty()
                         ? "Add students with their key dates to see what is due."
                         : "Nothing is overdue or due in the next 30 days.",
                     ui::Tone::kMuted);
    return;
  }
  if (auto clicked = draw_deadline_table(open, session_.workspace(), ui_, session_.today(),
                                         {"caseload-deadlines", true, false})) {
    ui_.selected = clicked;
  }
}

}  // namespace caseload::app
