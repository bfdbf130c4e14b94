#include "ui/main_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "caseload/version.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/mirror_requests.hpp"

namespace caseload::app {
namespace {

struct Shortcut {
  const char* keys;
  const char* action;
};

constexpr Shortcut kShortcuts[] = {
    {"Alt+1 … Alt+7", "Today, Caseload, Calendar, Reports, Hours, By teacher, Settings"},
    {"Ctrl+Shift+P", "Privacy mode on or off (initials instead of names)"},
    {"Ctrl+Z", "Undo the last change (outside a text field)"},
    {"Ctrl+Shift+L", "Lock now"},
    {"Ctrl+Plus / Ctrl+Minus", "Larger or smaller text"},
    {"F1 or ?", "This help"},
    {"Tab / Shift+Tab", "Next or previous field"},
    {"Enter", "Save the form, or open the selected student"},
    {"Escape", "Cancel, close a dialog, or go back from a student"},
    {"Up / Down", "Move through the caseload table"},
    {"Ctrl+C / Ctrl+V", "Copy and paste in text fields (system clipboard)"},
};

constexpr const char* kHelpTitle = "Keyboard shortcuts and help";

}  // namespace

void MainScreen::step_text_size(int direction) {
  Appearance appearance = session_.appearance();
  const auto current = std::find(kTextSizes.begin(), kTextSizes.end(), appearance.text_size);
  const auto index = current == kTextSizes.end() ? 1 : current - kTextSizes.begin();
  const auto next = std::clamp<std::ptrdiff_t>(index + direction, 0, static_cast<std::ptrdiff_t>(kTextSizes.size()) - 1);
  appearance.text_size = kTextSizes[static_cast<std::size_t>(next)];
  session_.set_appearance(appearance);
}

void MainScreen::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  const bool typing = ui::editing_text();
  if (io.KeyCtrl && io.KeyShift && ui::letter_pressed('p')) ui_.privacy_mode = !ui_.privacy_mode;
  if (io.KeyCtrl && io.KeyShift && ui::letter_pressed('l')) session_.lock_now();
  if (io.KeyCtrl && !io.KeyShift && !typing && ui::letter_pressed('z') && session_.workspace().can_undo()) {
    session_.workspace().undo();
  }
  if (io.KeyCtrl && ui::zoom_key_pressed(+1)) step_text_size(+1);
  if (io.KeyCtrl && ui::zoom_key_pressed(-1)) step_text_size(-1);
  if (io.KeyAlt && !io.KeyCtrl) {
    static constexpr Screen kScreens[] = {Screen::kToday,   Screen::kCaseload, Screen::kCalendar, Screen::kReports,
                                          Screen::kHours,   Screen::kTeachers, Screen::kSettings};
    for (int i = 0; i < 7; ++i) {
      if (ui::digit_pressed(i + 1)) ui_.screen = kScreens[i];
    }
  }
  if (ui::function_key_pressed(1) || (!typing && !io.KeyCtrl && ui::typed('?'))) {
    ui_.help_open = true;
  }
}

void MainScreen::add_student() {
  ui_.back_to = ui_.screen == Screen::kStudent ? ui_.back_to : ui_.screen;
  student_.start_new_student(ui_);
  ui_.screen = Screen::kStudent;
}

void MainScreen::draw() {
  handle_shortcuts();
  if (auto restored = student_.take_restored_selection()) ui_.open_student(*restored);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("Caseload##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  {
    ui::Group banner(ui::Role::kBanner, "");
    draw_top_bar();
  }
  {
    ui::Group navigation(ui::Role::kNavigation, "Screens");
    draw_navigation();
  }
  ImGui::BeginChild("screen", ImVec2(0, 0), false);
  {
    ui::Group main(ui::Role::kMain, "");
    draw_screen();
  }
  ImGui::EndChild();
  route_received_file();
  export_.draw(session_, ui_);
  import_.draw(session_, ui_);
  draw_help();
  ImGui::End();
}

// A picked or dropped file goes where it was asked for: a CSV to the CSV import screen (as a
// roster unless due dates were asked for), anything else to the bundle import.
void MainScreen::route_received_file() {
  auto received = take_received_file();
  if (!received) return;
  const std::string& name = received->name;
  const bool csv = name.size() > 4 && (name.ends_with(".csv") || name.ends_with(".CSV"));
  if (csv || ui_.file_request != FileRequest::kBundle) {
    csv_import_.open(std::move(*received), ui_.file_request == FileRequest::kBundle ? FileRequest::kRoster : ui_.file_request);
    ui_.screen = Screen::kCsvImport;
  } else {
    import_.open_file(std::move(*received));
  }
  ui_.file_request = FileRequest::kBundle;
}

void MainScreen::draw_screen() {
  switch (ui_.screen) {
    case Screen::kToday:
      switch (today_.draw(ui_)) {
        case TodayAction::kAddStudent: add_student(); break;
        case TodayAction::kSetUpCalendar:
          settings_.show_calendar();
          ui_.screen = Screen::kSettings;
          break;
        case TodayAction::kImport: import_.choose_file(); break;
        case TodayAction::kNone: break;
      }
      break;
    case Screen::kCaseload:
      switch (caseload_.draw(ui_)) {
        case CaseloadAction::kImportRoster:
          ui_.file_request = FileRequest::kRoster;
          pick_file();
          break;
        case CaseloadAction::kCheckDueDates:
          ui_.file_request = FileRequest::kDueDates;
          pick_file();
          break;
        case CaseloadAction::kNone: break;
      }
      break;
    case Screen::kCalendar: calendar_.draw(ui_); break;
    case Screen::kReports: reports_.draw(ui_); break;
    case Screen::kHours: hours_.draw(ui_); break;
    case Screen::kCsvImport: csv_import_.draw(ui_); break;
    case Screen::kStudent: student_.draw(ui_); break;
    case Screen::kTeachers: teachers_.draw(ui_); break;
    case Screen::kSettings: settings_.draw(ui_); break;
  }
}

void MainScreen::draw_navigation() {
  struct Entry {
    const char* label;
    Screen screen;
  };
  static constexpr Entry kEntries[] = {{"Today", Screen::kToday},
                                       {"Caseload", Screen::kCaseload},
                                       {"Calendar", Screen::kCalendar},
                                       {"Reports", Screen::kReports},
                                       {"Hours", Screen::kHours},
                                       {"By teacher", Screen::kTeachers},
                                       {"Settings", Screen::kSettings}};
  const ImGuiStyle& style = ImGui::GetStyle();
  for (const auto& entry : kEntries) {
    const bool current = ui_.screen == entry.screen || (ui_.screen == Screen::kStudent && ui_.back_to == entry.screen);
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_Header]);
    const bool pressed = ui::button(entry.label);
    if (current) ImGui::PopStyleColor();
    if (pressed) ui_.screen = entry.screen;
    ImGui::SameLine();
  }
  if (ui::button("Add student")) add_student();
  ImGui::Separator();
}

void MainScreen::draw_top_bar() {
  const Workspace& workspace = session_.workspace();
  ui::heading(kProductName, 1);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (workspace.caseload().demo) {
    ui::status("DEMO DATA (generated, not real students)", ui::Tone::kWarning);
    ImGui::SameLine();
  }
  const std::size_t count = workspace.caseload().students.size();
  ui::text(std::to_string(count) + (count == 1 ? " student" : " students"), ui::Tone::kMuted);
  ImGui::SameLine(0, 24);
  draw_save_state();
  const float buttons = 560.0f;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 12, ImGui::GetWindowContentRegionMax().x - buttons));
  if (ui::button("Undo", workspace.can_undo())) session_.workspace().undo();
  if (workspace.can_undo() && ImGui::IsItemHovered()) ImGui::SetTooltip("Undo: %s", workspace.undo_description().c_str());
  ImGui::SameLine();
  if (ui::button(ui_.privacy_mode ? "Privacy on" : "Privacy mode")) ui_.privacy_mode = !ui_.privacy_mode;
  ImGui::SameLine();
  if (ui::button("Export…")) export_.open();
  ImGui::SameLine();
  if (ui::button("Import…")) import_.choose_file();
  ImGui::SameLine();
  if (ui::button("Help")) ui_.help_open = true;
  ImGui::SameLine();
  if (ui::button("Lock")) session_.lock_now();
  if (!session_.last_error().empty()) ui::status(session_.last_error(), ui::Tone::kDanger);
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

void MainScreen::draw_help() {
  if (ui_.help_open && !help_was_open_) ImGui::OpenPopup(kHelpTitle);
  help_was_open_ = ui_.help_open;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + 60),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(720.0f, viewport->WorkSize.x - 40), 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kHelpTitle, &ui_.help_open, ImGuiWindowFlags_NoSavedSettings)) return;
  ui::Group dialog(ui::Role::kDialog, kHelpTitle);
  if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ui::Group table(ui::Role::kTable, "Keyboard shortcuts");
    ImGui::TableSetupColumn("Keys", ImGuiTableColumnFlags_WidthFixed, 240.0f);
    ImGui::TableSetupColumn("What it does");
    ui::table_headers();
    for (const auto& shortcut : kShortcuts) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(shortcut.keys);
      ui::Group row(ui::Role::kRow, shortcut.keys);  // the keys are the row's header
      ui::table_cell(shortcut.action);
    }
    ImGui::EndTable();
  }
  ui::wrapped_text("Everything you enter stays in this browser, encrypted with your passphrase. Export a bundle to "
                   "back up or hand over a caseload. Privacy mode replaces every name with initials for screen "
                   "sharing.", ui::Tone::kMuted);
  if (ui::button("Close##help") || ui::key_pressed(ImGuiKey_Escape, false)) {
    ui_.help_open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace caseload::app
