#include "ui/settings_dialog.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstring>

#include "caseload/passphrase_strength.hpp"
#include "caseload/rule_profile.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"

namespace caseload::app {

std::string format_bytes(double bytes) {
  char text[32];
  if (bytes < 0) return "unknown";
  if (bytes < 1024.0 * 1024.0) std::snprintf(text, sizeof text, "%.0f KB", bytes / 1024.0);
  else if (bytes < 1024.0 * 1024.0 * 1024.0) std::snprintf(text, sizeof text, "%.1f MB", bytes / 1048576.0);
  else std::snprintf(text, sizeof text, "%.1f GB", bytes / 1073741824.0);
  return text;
}

SettingsDialog::~SettingsDialog() { clear_secrets(); }

void SettingsDialog::clear_secrets() {
  wipe(current_.data(), current_.size());
  wipe(next_.data(), next_.size());
  wipe(confirm_.data(), confirm_.size());
}

void SettingsDialog::draw(AppSession& session, UiState& ui) {
  if (ui.settings_open && !was_open_) {
    ImGui::OpenPopup("Settings");
    session.services().refresh_storage_info(false);
  }
  was_open_ = ui.settings_open;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + 40),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, viewport->WorkSize.x - 40), viewport->WorkSize.y - 80),
                           ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("Settings", &ui.settings_open, ImGuiWindowFlags_NoSavedSettings)) {
    if (!ui.settings_open) clear_secrets();
    return;
  }
  ui::control_log().add(ui::Role::kDialog, ImGui::GetID("Settings"), "Settings");
  ImGui::BeginChild("settings-body", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - 8));
  draw_profile(session);
  ImGui::Separator();
  ui::heading("Privacy and locking", 3);
  ui::checkbox("Privacy mode: show initials instead of names (Ctrl+Shift+P)", ui.privacy_mode);
  static constexpr int kMinutes[] = {1, 5, 10, 15, 30, 60};
  static constexpr const char* kLabels[] = {"1 minute", "5 minutes", "10 minutes", "15 minutes", "30 minutes",
                                            "60 minutes"};
  int index = 3;
  for (int i = 0; i < 6; ++i) {
    if (kMinutes[i] == session.lock_minutes()) index = i;
  }
  if (ui::choice_index("Lock after no activity for", index, kLabels, 220.0f)) {
    session.set_lock_minutes(kMinutes[index]);
  }
  ImGui::Separator();
  ui::heading("Your bundle key", 3);
  ui::wrapped_text("Colleagues can export bundles for this key: only this vault can open them, and no passphrase "
                   "needs to be shared.", ui::Tone::kMuted);
  if (const AgeIdentity* identity = session.workspace().identity()) {
    const std::string key = encode_recipient(recipient_of(*identity));
    ui::text(key);
    ImGui::SameLine();
    if (ui::button("Copy##bundle-key")) copy_to_clipboard(key);
  }
  ImGui::Separator();
  draw_storage(session);
  ImGui::Separator();
  draw_passphrase(session);
  ImGui::EndChild();
  ImGui::Separator();
  if (ui::button("Close") || ui::key_pressed(ImGuiKey_Escape, false)) {
    ui.settings_open = false;
    clear_secrets();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void SettingsDialog::draw_profile(AppSession& session) {
  ui::heading("Case manager and rules", 3);
  CaseloadSettings settings = session.workspace().caseload().settings;
  bool changed = false;
  std::string name = settings.case_manager.name;
  if (ui::text_field("Your name##settings", name) && name != settings.case_manager.name) {
    settings.case_manager.name = name;
    changed = true;
  }
  const auto ids = builtin_profile_ids();
  std::vector<const char*> labels;
  int index = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    labels.push_back(ids[i].c_str());
    if (ids[i] == settings.rule_profile) index = static_cast<int>(i);
  }
  if (ui::choice_index("State rule profile", index, labels, 240.0f)) {
    settings.rule_profile = ids[static_cast<std::size_t>(index)];
    changed = true;
  }
  if (const RuleProfile* profile = session.profile()) ui::wrapped_text(profile->name, ui::Tone::kMuted);
  if (!session.profile_error().empty()) ui::status(session.profile_error(), ui::Tone::kDanger);
  if (changed) session.workspace().update_settings(std::move(settings));
}

void SettingsDialog::draw_storage(AppSession& session) {
  ui::heading("Storage on this device", 3);
  const StorageInfo& info = session.services().storage_info();
  if (!info.known) {
    ui::text("Checking…", ui::Tone::kMuted);
    return;
  }
  if (info.persisted) {
    ui::status("Persistent storage granted: the browser will not clear Caseload's data on its own.", ui::Tone::kGood);
  } else {
    ui::status("Persistent storage not granted: under storage pressure the browser may clear site data. "
               "Export a backup bundle regularly.", ui::Tone::kWarning);
  }
  ui::text("Used " + format_bytes(info.usage_bytes) + " of " + format_bytes(info.quota_bytes) + " available");
}

void SettingsDialog::draw_passphrase(AppSession& session) {
  ui::heading("Change passphrase", 3);
  ui::wrapped_text("Only the key that protects your data is re-wrapped; your records stay as they are.",
                   ui::Tone::kMuted);
  ui::password_field("Current passphrase", current_.data(), current_.size(), 320.0f);
  ui::password_field("New passphrase", next_.data(), next_.size(), 320.0f);
  const auto assessment = assess_passphrase(next_.data());
  if (next_[0]) ui::status("Strength: " + assessment.label, assessment.acceptable ? ui::Tone::kGood : ui::Tone::kDanger);
  ui::password_field("Confirm new passphrase", confirm_.data(), confirm_.size(), 320.0f);
  const bool match = std::strcmp(next_.data(), confirm_.data()) == 0;
  const bool ready = current_[0] && assessment.acceptable && match;
  if (ui::button("Change passphrase", ready)) {
    passphrase_message_ = "Changing…";
    session.change_passphrase(current_.data(), next_.data(), [this](Status status) {
      passphrase_ok_ = status.ok();
      passphrase_message_ = status.ok() ? "Passphrase changed. Use the new one from now on."
                                        : status.error().message;
    });
    clear_secrets();
  }
  if (!passphrase_message_.empty()) {
    ui::status(passphrase_message_, passphrase_ok_ ? ui::Tone::kGood : ui::Tone::kDanger);
  }
}

}  // namespace caseload::app
