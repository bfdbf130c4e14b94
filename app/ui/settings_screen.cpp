#include "ui/settings_screen.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstring>
#include <sstream>

#include "caseload/caseload_checks.hpp"
#include "caseload/passphrase_strength.hpp"
#include "caseload/rule_profile.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {
namespace {

std::string number_text(const std::optional<int>& value) { return value ? std::to_string(*value) : ""; }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    const auto first = line.find_first_not_of(" \t");
    if (first != std::string::npos) lines.push_back(line.substr(first, line.find_last_not_of(" \t") - first + 1));
  }
  return lines;
}

}  // namespace

std::string format_bytes(double bytes) {
  char text[32];
  if (bytes < 0) return "unknown";
  if (bytes < 1024.0 * 1024.0) std::snprintf(text, sizeof text, "%.0f KB", bytes / 1024.0);
  else if (bytes < 1024.0 * 1024.0 * 1024.0) std::snprintf(text, sizeof text, "%.1f MB", bytes / 1048576.0);
  else std::snprintf(text, sizeof text, "%.1f GB", bytes / 1073741824.0);
  return text;
}

SettingsScreen::~SettingsScreen() { clear_secrets(); }

void SettingsScreen::clear_secrets() {
  wipe(current_.data(), current_.size());
  wipe(next_.data(), next_.size());
  wipe(confirm_.data(), confirm_.size());
}

void SettingsScreen::load_draft() {
  draft_ = session_.workspace().caseload().settings;
  schools_text_.clear();
  for (const auto& school : draft_.schools) schools_text_ += school + "\n";
  stale_days_ = number_text(draft_.thresholds.stale_data_days);
  contact_days_ = number_text(draft_.thresholds.parent_contact_days);
  due_soon_days_ = number_text(draft_.thresholds.due_soon_days);
  due_very_soon_days_ = number_text(draft_.thresholds.due_very_soon_days);
  min_points_ = number_text(draft_.thresholds.decision_min_points);
  run_length_ = number_text(draft_.thresholds.decision_run_length);
  daily_hours_ = number_text(draft_.thresholds.expected_daily_hours);
  calendar_.load(draft_);
  loaded_revision_ = session_.workspace().revision();
  dirty_ = false;
}

void SettingsScreen::draw(UiState& ui) {
  // An unedited draft follows the caseload (an undo, an import); an edited one waits for the user.
  if (!dirty_ && loaded_revision_ != session_.workspace().revision()) load_draft();
  ui::heading("Settings", 1);
  draw_save_bar();
  if (ui::begin_tab_bar("settings-tabs", "Settings")) {
    if (ui::tab_item("You and rules", select_tab_ == 0)) {
      ImGui::BeginChild("settings-rules");
      draw_profile_and_rules();
      ImGui::EndChild();
      ui::end_tab_item();
    }
    if (ui::tab_item("School calendar", select_tab_ == 1)) {
      ImGui::BeginChild("settings-calendar");
      if (calendar_.draw(session_.today())) dirty_ = true;
      ImGui::EndChild();
      ui::end_tab_item();
    }
    if (ui::tab_item("Appearance and privacy", select_tab_ == 2)) {
      ImGui::BeginChild("settings-appearance");
      draw_appearance(ui);
      ImGui::EndChild();
      ui::end_tab_item();
    }
    if (ui::tab_item("Security and storage", select_tab_ == 3)) {
      ImGui::BeginChild("settings-security");
      draw_security();
      ImGui::EndChild();
      ui::end_tab_item();
    }
    ui::end_tab_bar();
  }
  select_tab_ = -1;
}

void SettingsScreen::draw_save_bar() {
  if (dirty_) {
    if (ui::primary_button("Save settings")) save_draft();
    ImGui::SameLine();
    if (ui::button("Revert")) {
      load_draft();
      save_message_.clear();
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ui::text("Unsaved changes to your profile, rules or calendar.", ui::Tone::kWarning);
  }
  if (!save_message_.empty()) ui::status(save_message_, save_ok_ ? ui::Tone::kGood : ui::Tone::kDanger);
}

void SettingsScreen::save_draft() {
  CaseloadSettings settings = draft_;
  settings.schools = lines_of(schools_text_);
  settings.thresholds.stale_data_days = ui::parse_form_int(stale_days_);
  settings.thresholds.parent_contact_days = ui::parse_form_int(contact_days_);
  settings.thresholds.due_soon_days = ui::parse_form_int(due_soon_days_);
  settings.thresholds.due_very_soon_days = ui::parse_form_int(due_very_soon_days_);
  settings.thresholds.decision_min_points = ui::parse_form_int(min_points_);
  settings.thresholds.decision_run_length = ui::parse_form_int(run_length_);
  settings.thresholds.expected_daily_hours = ui::parse_form_int(daily_hours_);
  std::string error;
  if (!calendar_.apply(settings, error)) {
    save_ok_ = false;
    save_message_ = "Not saved: " + error + ".";
    return;
  }
  ValidationReport report;
  check_settings(settings, "/settings", report);
  if (report.has_errors()) {
    save_ok_ = false;
    save_message_ = "Not saved: " + report.summary(3);
    return;
  }
  session_.workspace().update_settings(std::move(settings));
  load_draft();
  save_ok_ = true;
  save_message_ = "Settings saved; deadlines recomputed.";
}

void SettingsScreen::draw_profile_and_rules() {
  ui::heading("You", 2);
  dirty_ |= ui::text_field("Your name##settings", draft_.case_manager.name, nullptr, nullptr, 360);
  dirty_ |= ui::text_field("Role##settings", draft_.case_manager.role, "Education specialist, SLP…", nullptr, 360);
  dirty_ |= ui::text_field("Work email##settings", draft_.case_manager.email, nullptr, nullptr, 360);
  dirty_ |= ui::text_area("Schools you serve (one per line)", schools_text_, 3.0f);
  ImGui::Separator();
  ui::heading("State rules", 2);
  const auto ids = builtin_profile_ids();
  std::vector<const char*> labels;
  int index = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    labels.push_back(ids[i].c_str());
    if (ids[i] == draft_.rule_profile) index = static_cast<int>(i);
  }
  if (ui::choice_index("State rule profile", index, labels, 240.0f)) {
    draft_.rule_profile = ids[static_cast<std::size_t>(index)];
    dirty_ = true;
  }
  if (const RuleProfile* profile = session_.profile()) {
    ui::wrapped_text(profile->name + ": " + profile->description, ui::Tone::kMuted);
  }
  if (!session_.profile_error().empty()) ui::status(session_.profile_error(), ui::Tone::kDanger);
  ImGui::Separator();
  draw_thresholds();
}

void SettingsScreen::draw_thresholds() {
  ui::heading("Reminders", 2);
  ui::wrapped_text("Leave a field blank to use the rule profile's default.", ui::Tone::kMuted);
  // These fields say whether their text is acceptable, not whether it changed: compare instead.
  const std::array<std::string, 4> before = {stale_days_, contact_days_, due_soon_days_, due_very_soon_days_};
  ui::whole_number_field("Goal data is stale after (days)", stale_days_, 1, 365, false, 200);
  ui::whole_number_field("Contact each family at least every (days)", contact_days_, 1, 365, false, 200);
  ui::whole_number_field("\"Due soon\" means within (days)", due_soon_days_, 1, 180, false, 200);
  ui::whole_number_field("\"Due this week\" means within (days)", due_very_soon_days_, 1, 60, false, 200);
  dirty_ |= before != std::array<std::string, 4>{stale_days_, contact_days_, due_soon_days_, due_very_soon_days_};
  ui::heading("Progress decisions and hours", 2);
  const std::array<std::string, 3> earlier = {min_points_, run_length_, daily_hours_};
  ui::whole_number_field("Data points needed to decide (default 3)", min_points_, 2, 20, false, 200);
  ui::whole_number_field("Points below the aimline before a change (default 4)", run_length_, 2, 20, false, 200);
  ui::whole_number_field("Expected hours a day (default 6)", daily_hours_, 1, 24, false, 200);
  dirty_ |= earlier != std::array<std::string, 3>{min_points_, run_length_, daily_hours_};
}

void SettingsScreen::draw_appearance(UiState& ui_state) {
  Appearance appearance = session_.appearance();
  ui::heading("Appearance", 2);
  static constexpr const char* kThemes[] = {"Follow the system", "Light", "Dark", "High contrast"};
  int theme = static_cast<int>(appearance.theme);
  if (ui::choice_index("Theme", theme, kThemes, 240.0f)) appearance.theme = static_cast<ThemeChoice>(theme);
  static constexpr const char* kSizes[] = {"Small (14)", "Normal (16)", "Large (18)", "Larger (20)", "Largest (24)",
                                           "Huge (28)"};
  int size = 1;
  for (std::size_t i = 0; i < kTextSizes.size(); ++i) {
    if (kTextSizes[i] == appearance.text_size) size = static_cast<int>(i);
  }
  if (ui::choice_index("Text size", size, kSizes, 240.0f)) appearance.text_size = kTextSizes[static_cast<std::size_t>(size)];
  ui::wrapped_text("Kept on this device only. Ctrl+Plus and Ctrl+Minus also change the text size.", ui::Tone::kMuted);
  session_.set_appearance(appearance);
  ImGui::Separator();
  ui::heading("Privacy", 2);
  ui::checkbox("Privacy mode: initials instead of names everywhere (Ctrl+Shift+P)", ui_state.privacy_mode);
  ui::wrapped_text("Turn it on before sharing your screen in a virtual meeting.", ui::Tone::kMuted);
  static constexpr int kMinutes[] = {1, 5, 10, 15, 30, 60};
  static constexpr const char* kLabels[] = {"1 minute", "5 minutes", "10 minutes", "15 minutes", "30 minutes",
                                            "60 minutes"};
  int index = 3;
  for (int i = 0; i < 6; ++i) {
    if (kMinutes[i] == session_.lock_minutes()) index = i;
  }
  if (ui::choice_index("Lock after no activity for", index, kLabels, 240.0f)) session_.set_lock_minutes(kMinutes[index]);
}

void SettingsScreen::draw_security() {
  ui::heading("Your bundle key", 2);
  ui::wrapped_text("Colleagues can export bundles for this key: only this vault can open them, and no passphrase "
                   "needs to be shared.", ui::Tone::kMuted);
  if (const AgeIdentity* identity = session_.workspace().identity()) {
    const std::string key = encode_recipient(recipient_of(*identity));
    ui::text(key);
    ImGui::SameLine();
    if (ui::button("Copy##bundle-key")) copy_to_clipboard(key);
  }
  ImGui::Separator();
  draw_storage();
  ImGui::Separator();
  draw_passphrase();
}

void SettingsScreen::draw_storage() {
  ui::heading("Storage on this device", 2);
  const StorageInfo& info = session_.services().storage_info();
  if (!info.known) {
    session_.services().refresh_storage_info(false);
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

void SettingsScreen::draw_passphrase() {
  ui::heading("Change passphrase", 2);
  ui::wrapped_text("Only the key that protects your data is re-wrapped; your records stay as they are.",
                   ui::Tone::kMuted);
  ui::password_field("Current passphrase", current_.data(), current_.size(), 320.0f);
  ui::password_field("New passphrase", next_.data(), next_.size(), 320.0f);
  const auto assessment = assess_passphrase(next_.data());
  if (next_[0]) ui::status("Strength: " + assessment.label, assessment.acceptable ? ui::Tone::kGood : ui::Tone::kDanger);
  ui::password_field("Confirm new passphrase", confirm_.data(), confirm_.size(), 320.0f);
  const bool match = std::strcmp(next_.data(), confirm_.data()) == 0;
  if (confirm_[0] && !match) ui::status("The two new passphrases differ.", ui::Tone::kDanger);
  const bool ready = current_[0] && assessment.acceptable && match;
  if (ui::button("Change passphrase", ready)) {
    passphrase_message_ = "Changing…";
    session_.change_passphrase(current_.data(), next_.data(), [this](Status status) {
      passphrase_ok_ = status.ok();
      passphrase_message_ = status.ok() ? "Passphrase changed. Use the new one from now on." : status.error().message;
    });
    clear_secrets();
  }
  if (!passphrase_message_.empty()) {
    ui::status(passphrase_message_, passphrase_ok_ ? ui::Tone::kGood : ui::Tone::kDanger);
  }
}

}  // namespace caseload::app
