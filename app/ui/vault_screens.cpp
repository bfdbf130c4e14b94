#include "ui/vault_screens.hpp"

#include <imgui.h>

#include <cstring>

#include "caseload/demo_caseload.hpp"
#include "caseload/passphrase_strength.hpp"
#include "caseload/secret_bytes.hpp"
#include "caseload/version.hpp"
#include "ui/controls.hpp"

namespace caseload::app {
namespace {

constexpr float kCardWidth = 480.0f;

// A centred card for the vault screens; returns false if nothing should be drawn.
bool begin_card(const char* id) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  const float width = std::min(kCardWidth, viewport->WorkSize.x - 32.0f);
  ImGui::SetCursorPos(ImVec2((viewport->WorkSize.x - width) * 0.5f, std::max(24.0f, viewport->WorkSize.y * 0.12f)));
  ImGui::BeginChild("card", ImVec2(width, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  ui::control_log().begin_group(ui::Role::kMain, 0, kProductName);
  ui::heading(kProductName, 1);
  ImGui::Spacing();
  return true;
}

void end_card() {
  ui::control_log().end_group();
  ImGui::EndChild();
  ImGui::End();
}

ui::Tone strength_tone(PassphraseStrength strength) {
  switch (strength) {
    case PassphraseStrength::kTooShort:
    case PassphraseStrength::kWeak: return ui::Tone::kDanger;
    case PassphraseStrength::kFair: return ui::Tone::kWarning;
    default: return ui::Tone::kGood;
  }
}

}  // namespace

VaultScreens::~VaultScreens() { clear_secrets(); }

void VaultScreens::clear_secrets() {
  wipe(passphrase_.data(), passphrase_.size());
  wipe(confirm_.data(), confirm_.size());
}

bool VaultScreens::draw(AppSession& session) {
  const TabLockState tab = session.services().tab_lock();
  if (tab == TabLockState::kBusy || tab == TabLockState::kLost) {
    draw_elsewhere(session);
    return true;
  }
  if (session.busy()) {
    draw_message("", session.busy_message());
    return true;
  }
  switch (session.workspace().phase()) {
    case WorkspacePhase::kStarting: draw_message("", "Opening your caseload…"); return true;
    case WorkspacePhase::kUnlocking:
      draw_message("", session.busy_message().empty() ? "Opening…" : session.busy_message());
      return true;
    case WorkspacePhase::kFailed:
      draw_message("Storage is not available",
                   "Caseload could not open this browser's storage: " + session.workspace().failure() +
                       "\n\nNothing was changed. Reload the page to try again; if this is a private window, "
                       "use a normal one.");
      return true;
    case WorkspacePhase::kNoVault: draw_create(session); return true;
    case WorkspacePhase::kLocked: draw_unlock(session); return true;
    case WorkspacePhase::kUnlocked: return false;
  }
  return false;
}

void VaultScreens::draw_message(const char* title, const std::string& message) {
  begin_card("##vault-message");
  if (title[0]) ui::heading(title, 2);
  ui::wrapped_text(message, title[0] ? ui::Tone::kNormal : ui::Tone::kMuted);
  end_card();
}

void VaultScreens::draw_create(AppSession& session) {
  begin_card("##create-vault");
  ui::heading("Create your vault", 2);
  ui::wrapped_text("Your caseload stays on this device, encrypted with a passphrase only you know. "
                   "Nothing is sent anywhere.", ui::Tone::kMuted);
  ImGui::Spacing();
  if (!focus_requested_) {
    ui::request_focus(ImGui::GetID("##Passphrase"));
    focus_requested_ = true;
  }
  bool submit = ui::password_field("Passphrase", passphrase_.data(), passphrase_.size());
  const auto assessment = assess_passphrase(passphrase_.data());
  if (passphrase_[0]) {
    ui::status("Strength: " + assessment.label, strength_tone(assessment.strength));
    if (!assessment.advice.empty()) ui::wrapped_text(assessment.advice, ui::Tone::kMuted);
  }
  submit = ui::password_field("Confirm passphrase", confirm_.data(), confirm_.size()) || submit;
  const bool match = std::strcmp(passphrase_.data(), confirm_.data()) == 0;
  if (confirm_[0] && !match) ui::status("The two passphrases are not the same.", ui::Tone::kDanger);
  ImGui::Spacing();
  ui::wrapped_text("If you forget this passphrase, nobody can recover your data: not you, not IT, not us. "
                   "An exported bundle is your backup.", ui::Tone::kWarning);
  ui::checkbox("I understand that a forgotten passphrase cannot be recovered", acknowledged_);
  ImGui::Spacing();
  static constexpr const char* kStarts[] = {"An empty caseload", "Demo: 25 fake students", "Demo: 50 fake students",
                                            "Demo: 500 fake students", "Demo: 5,000 fake students (coordinator scale)"};
  static constexpr int kDemoSizes[] = {0, 25, 50, 500, 5000};
  ui::choice_index("Start with", start_with_, kStarts);
  if (start_with_ > 0) {
    ui::wrapped_text("Demo students are made up (names like \"Waffle Demoford\") and marked DEMO everywhere. "
                     "Replace them with your own when you are ready.", ui::Tone::kMuted);
  }
  ImGui::Spacing();
  const bool ready = assessment.acceptable && match && acknowledged_;
  if ((ui::primary_button("Create vault", ready) || (submit && ready))) {
    Caseload initial;
    if (start_with_ > 0) {
      initial = generate_demo_caseload({kDemoSizes[start_with_], 1, session.today(), "federal"});
    }
    session.create_vault(passphrase_.data(), std::move(initial));
    clear_secrets();
  }
  if (!session.last_error().empty()) ui::status(session.last_error(), ui::Tone::kDanger);
  end_card();
}

void VaultScreens::draw_unlock(AppSession& session) {
  begin_card("##unlock-vault");
  ui::heading("Unlock your caseload", 2);
  if (!focus_requested_) {
    ui::request_focus(ImGui::GetID("##Passphrase"));
    focus_requested_ = true;
  }
  const bool entered = ui::password_field("Passphrase", passphrase_.data(), passphrase_.size());
  const bool cooling = session.now_ms() < session.unlock_retry_at_ms();  // a short wait after a miss
  const bool allowed = passphrase_[0] != '\0' && !cooling;
  if ((ui::primary_button("Unlock", allowed) || (entered && allowed))) {
    session.unlock(passphrase_.data());
    clear_secrets();
    focus_requested_ = false;
  }
  if (!session.last_error().empty()) {
    const bool wrong = session.last_error() == "the passphrase does not open this vault";
    ui::status(wrong ? "That passphrase does not open this vault. Check Caps Lock and try again."
                     : session.last_error(),
               ui::Tone::kDanger);
  }
  ImGui::Spacing();
  ui::status("Locked to protect student data. Edits made before locking were saved.", ui::Tone::kMuted);
  end_card();
}

void VaultScreens::draw_elsewhere(AppSession& session) {
  begin_card("##elsewhere");
  ui::heading("Caseload is open in another tab", 2);
  ui::wrapped_text("Only one tab can work on the caseload at a time, so that nothing is overwritten. "
                   "Use it here to move it to this tab; the other tab saves its edits first.",
                   ui::Tone::kMuted);
  ImGui::Spacing();
  if (ui::primary_button("Use it here")) session.take_over_tab();
  end_card();
}

}  // namespace caseload::app
