#include "ui/export_dialog.hpp"

#include <imgui.h>

#include <cstring>

#include "caseload/bundle.hpp"
#include "caseload/hkdf.hpp"
#include "caseload/passphrase_strength.hpp"
#include "platform/browser_bridge.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/settings_screen.hpp"

namespace caseload::app {
namespace {
constexpr std::size_t kChunksPerFrame = 48;  // 3 MB of payload per frame keeps the page responsive
constexpr const char* kTitle = "Export a bundle";
}  // namespace

ExportDialog::~ExportDialog() { reset_secrets(); }

void ExportDialog::reset_secrets() {
  wipe(passphrase_.data(), passphrase_.size());
  wipe(confirm_.data(), confirm_.size());
  wipe(plaintext_);
}

void ExportDialog::draw(AppSession& session, const UiState& ui) {
  if (open_requested_) {
    open_requested_ = false;
    stage_ = Stage::kChoose;
    message_.clear();
    failed_ = false;
    ImGui::OpenPopup(kTitle);
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + 40),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, viewport->WorkSize.x - 40), viewport->WorkSize.y - 80),
                           ImGuiCond_Appearing);
  bool open = true;
  if (!ImGui::BeginPopupModal(kTitle, stage_ == Stage::kEncrypting ? nullptr : &open, ImGuiWindowFlags_NoSavedSettings)) {
    return;
  }
  ui::control_log().begin_group(ui::Role::kDialog, 0, kTitle);
  switch (stage_) {
    case Stage::kChoose: draw_choose(session, ui); break;
    case Stage::kStarting:
      ui::status("Protecting the bundle…", ui::Tone::kMuted);
      stage_ = Stage::kEncrypting;
      bridge::request_frame_after(0);  // the key derivation runs on the next frame, after this message shows
      break;
    case Stage::kEncrypting:
      if (!job_) start(session);
      if (job_) {
        const bool done = job_->step(kChunksPerFrame);
        ImGui::ProgressBar(static_cast<float>(job_->progress()), ImVec2(-1, 0));
        ui::status("Encrypting " + std::to_string(students_) + " students…", ui::Tone::kMuted);
        if (done) finish(session);
        bridge::request_frame_after(0);
      }
      break;
    case Stage::kDone:
      ui::status(message_, failed_ ? ui::Tone::kDanger : ui::Tone::kGood);
      if (ui::button("Close##export")) ImGui::CloseCurrentPopup();
      break;
  }
  if (!open) {
    reset_secrets();
    ImGui::CloseCurrentPopup();
  }
  ui::control_log().end_group();
  ImGui::EndPopup();
}

void ExportDialog::draw_choose(AppSession& session, const UiState& ui) {
  ImGui::BeginChild("export-body", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - 8));
  ui::heading("What to export", 3);
  if (ImGui::RadioButton("The whole caseload (a backup)", whole_caseload_)) whole_caseload_ = true;
  ui::control_log().add(ui::Role::kCheckbox, ui::last_item_id(), "The whole caseload (a backup)").checked = whole_caseload_;
  if (ImGui::RadioButton("Selected students (for a receiving case manager)", !whole_caseload_)) whole_caseload_ = false;
  ui::control_log().add(ui::Role::kCheckbox, ui::last_item_id(), "Selected students (for a receiving case manager)")
      .checked = !whole_caseload_;
  if (!whole_caseload_) draw_students(session, ui);
  ImGui::Separator();
  ui::heading("Protect it with", 3);
  if (ImGui::RadioButton("A passphrase", use_passphrase_)) use_passphrase_ = true;
  ui::control_log().add(ui::Role::kCheckbox, ui::last_item_id(), "A passphrase").checked = use_passphrase_;
  ImGui::SameLine();
  if (ImGui::RadioButton("A colleague's bundle key (age1…)", !use_passphrase_)) use_passphrase_ = false;
  ui::control_log().add(ui::Role::kCheckbox, ui::last_item_id(), "A colleague's bundle key (age1…)").checked =
      !use_passphrase_;
  bool ready = whole_caseload_ || !chosen_.empty();
  if (use_passphrase_) {
    ui::password_field("Bundle passphrase", passphrase_.data(), passphrase_.size());
    const auto assessment = assess_passphrase(passphrase_.data());
    if (passphrase_[0]) ui::status("Strength: " + assessment.label, assessment.acceptable ? ui::Tone::kGood : ui::Tone::kDanger);
    ui::password_field("Confirm bundle passphrase", confirm_.data(), confirm_.size());
    const bool match = std::strcmp(passphrase_.data(), confirm_.data()) == 0;
    if (confirm_[0] && !match) ui::status("The two passphrases are not the same.", ui::Tone::kDanger);
    ui::wrapped_text("Tell the passphrase to the person who opens the bundle by another way than the file "
                     "(in person, or by phone).", ui::Tone::kMuted);
    ready = ready && assessment.acceptable && match;
  } else {
    auto parsed = parse_recipient(recipient_);
    ui::text_field("Their bundle key", recipient_, "age1…",
                   recipient_.empty() || parsed ? nullptr : "not a bundle key: it starts with age1 and has 62 characters");
    ready = ready && parsed.ok();
  }
  ui::checkbox("Text file (for e-mail systems that block attachments)", armor_);
  ImGui::EndChild();
  ImGui::Separator();
  if (ui::primary_button("Export", ready)) stage_ = Stage::kStarting;
}

void ExportDialog::draw_students(AppSession& session, const UiState& ui) {
  ui::text_field("Find a student##export", filter_, "Name");
  ui::text(std::to_string(chosen_.size()) + " selected", ui::Tone::kMuted);
  ImGui::BeginChild("export-students", ImVec2(0, 180), true);
  for (const auto& s : session.workspace().caseload().students) {
    const std::string name = display_name(s, ui);
    if (!filter_.empty() && full_name(s).find(filter_) == std::string::npos) continue;
    bool on = chosen_.contains(s.meta.id);
    ImGui::PushID(&s);
    if (ui::checkbox(name.c_str(), on)) {
      if (on) chosen_.insert(s.meta.id);
      else chosen_.erase(s.meta.id);
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void ExportDialog::start(AppSession& session) {
  const Caseload& caseload = session.workspace().caseload();
  const std::vector<Uuid> selected(chosen_.begin(), chosen_.end());
  const BundleContents contents = make_bundle(caseload, whole_caseload_ ? BundleKind::kBackup : BundleKind::kTransfer,
                                              selected, session.clock().now());
  students_ = static_cast<int>(contents.students.size());
  file_name_ = bundle_file_name(contents, session.today(), armor_);
  plaintext_ = bundle_to_json_text(contents);
  AgeEncryptOptions options;
  options.armor = armor_;
  if (use_passphrase_) options.passphrase = std::string(passphrase_.data());
  else options.recipients = {*parse_recipient(recipient_)};
  auto job = AgeEncryptJob::start(as_bytes(plaintext_), options);
  if (options.passphrase) wipe(*options.passphrase);
  if (!job) {
    message_ = "Not exported: " + job.error().message;
    failed_ = true;
    stage_ = Stage::kDone;
    reset_secrets();
    return;
  }
  job_ = std::move(*job);
}

void ExportDialog::finish(AppSession&) {
  const Bytes file = job_->take_output();
  job_.reset();
  reset_secrets();
  download_file(file_name_, file, armor_ ? "text/plain" : "application/octet-stream");
  message_ = "Saved " + file_name_ + " to your downloads (" + std::to_string(students_) + " students, " +
             format_bytes(static_cast<double>(file.size())) + ").";
  failed_ = false;
  stage_ = Stage::kDone;
}

}  // namespace caseload::app
