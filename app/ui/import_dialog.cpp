#include "ui/import_dialog.hpp"

#include <imgui.h>

#include <set>

#include "caseload/age.hpp"
#include "platform/browser_bridge.hpp"
#include "ui/controls.hpp"
#include "ui/settings_screen.hpp"

namespace caseload::app {
namespace {
constexpr const char* kTitle = "Import a bundle";
}

ImportDialog::~ImportDialog() { clear(); }

void ImportDialog::clear() {
  wipe(passphrase_.data(), passphrase_.size());
  if (file_) wipe(file_->bytes);
  file_.reset();
  contents_.reset();
  plan_.reset();
}

void ImportDialog::choose_file() { pick_file(); }

void ImportDialog::fail(std::string message) {
  message_ = std::move(message);
  stage_ = Stage::kFailed;
}

void ImportDialog::open_file(ReceivedFile received) {
  clear();
  file_ = std::move(received);
  open_popup_ = true;
  message_.clear();
  auto needs = inspect_age_file(file_->bytes);
  if (!needs) {
    fail(needs.error().message == "this is not an age-encrypted file"
             ? "\"" + file_->name + "\" is not a Caseload bundle (bundles are age-encrypted .age files)."
             : needs.error().message);
    return;
  }
  needs_passphrase_ = needs->passphrase;
  if (needs_passphrase_) {
    stage_ = Stage::kNeedPassphrase;
  } else {
    stage_ = Stage::kOpening;
  }
}

void ImportDialog::try_open(AppSession& session) {
  AgeDecryptKeys keys;
  if (needs_passphrase_) keys.passphrase = std::string(passphrase_.data());
  if (const AgeIdentity* identity = session.workspace().identity()) keys.identities.push_back(identity);
  auto opened = open_bundle(file_->bytes, keys);
  if (keys.passphrase) wipe(*keys.passphrase);
  wipe(passphrase_.data(), passphrase_.size());
  if (!opened) {
    if (age_failure(opened.error()) == AgeFailure::kNoMatch && needs_passphrase_) {
      message_ = "That passphrase does not open this bundle.";
      stage_ = Stage::kNeedPassphrase;
      return;
    }
    if (age_failure(opened.error()) == AgeFailure::kNoMatch) {
      fail("This bundle was made for someone else's bundle key, not this vault's. Ask the sender to export it "
           "for your key (Settings, \"Your bundle key\") or with a passphrase.");
      return;
    }
    fail("This bundle cannot be imported: " + opened.error().message + ". Nothing was changed.");
    return;
  }
  contents_ = std::move(*opened);
  plan_ = plan_merge(session.workspace().caseload(), *contents_);
  plan_revision_ = session.workspace().revision();
  stage_ = Stage::kPreview;
}

void ImportDialog::draw(AppSession& session, const UiState& ui) {
  if (open_popup_) {
    open_popup_ = false;
    ImGui::OpenPopup(kTitle);
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + 40),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(680.0f, viewport->WorkSize.x - 40), viewport->WorkSize.y - 80),
                           ImGuiCond_Appearing);
  bool open = true;
  if (!ImGui::BeginPopupModal(kTitle, &open, ImGuiWindowFlags_NoSavedSettings)) return;
  ui::control_log().begin_group(ui::Role::kDialog, 0, kTitle);
  ImGui::BeginChild("import-body", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - 8));
  if (file_) ui::text(file_->name, ui::Tone::kMuted);
  switch (stage_) {
    case Stage::kNeedPassphrase: {
      ui::wrapped_text("This bundle is protected by a passphrase. Enter the passphrase the sender gave you.");
      const bool entered = ui::password_field("Bundle passphrase##import", passphrase_.data(), passphrase_.size());
      if (!message_.empty()) ui::status(message_, ui::Tone::kDanger);
      if (ui::primary_button("Open", passphrase_[0] != '\0') || (entered && passphrase_[0])) {
        message_.clear();
        stage_ = Stage::kOpening;
      }
      break;
    }
    case Stage::kOpening:
      // Drawn once with this message; the (slow) key derivation runs on the next frame.
      ui::status("Opening the bundle…", ui::Tone::kMuted);
      if (message_ == "opening") {
        message_.clear();
        try_open(session);
      } else {
        message_ = "opening";
      }
      bridge::request_frame_after(0);
      break;
    case Stage::kPreview: draw_preview(session, ui); break;
    case Stage::kDone: ui::status(message_, ui::Tone::kGood); break;
    case Stage::kFailed: ui::status(message_, ui::Tone::kDanger); break;
    case Stage::kClosed: break;
  }
  ImGui::EndChild();
  ImGui::Separator();
  if (stage_ != Stage::kPreview && stage_ != Stage::kOpening && ui::button("Close##import")) open = false;
  if (!open) {
    clear();
    stage_ = Stage::kClosed;
    ImGui::CloseCurrentPopup();
  }
  ui::control_log().end_group();
  ImGui::EndPopup();
}

void ImportDialog::draw_preview(AppSession& session, const UiState& ui) {
  const BundleContents& c = *contents_;
  if (session.workspace().revision() != plan_revision_) {  // the caseload changed meanwhile
    plan_ = plan_merge(session.workspace().caseload(), c);
    plan_revision_ = session.workspace().revision();
  }
  ui::heading(std::string(to_label(c.manifest.kind)) + (c.demo ? " (demo data)" : ""), 3);
  ui::text("Exported " + format_timestamp(c.manifest.exported_at).substr(0, 10) + " by " +
           (c.manifest.exported_by.empty() ? std::string("an unnamed case manager") : c.manifest.exported_by) +
           " (Caseload " + c.manifest.app_version + ")");
  ui::text(std::to_string(c.students.size()) + " students" + (c.settings ? ", with settings" : ""));
  std::set<Uuid> present;
  for (const auto& s : session.workspace().caseload().students) present.insert(s.meta.id);
  ImGui::BeginChild("import-students", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 4.5f), true);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(c.students.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Student& s = c.students[static_cast<std::size_t>(i)];
      const bool here = present.contains(s.meta.id);
      ui::text(display_name(s, ui) + "  ·  " + std::string(to_label(s.plan_type)) +
                   (here ? "  ·  already here: will be merged" : "  ·  new"),
               here ? ui::Tone::kMuted : ui::Tone::kNormal);
    }
  }
  ImGui::EndChild();
  ui::wrapped_text("If you import: " + describe(plan_->summary) + ".");
  if (ui::primary_button("Import")) {
    const MergeSummary summary = plan_->summary;
    session.workspace().apply_merge(*plan_);
    message_ = "Imported. " + describe(summary) + ".";
    for (const auto& conflict : summary.conflicts) {
      message_ += "\nConflict: " + conflict.student + ", " + conflict.what + " (" + conflict.resolution + ")";
    }
    clear();
    stage_ = Stage::kDone;
  }
  ImGui::SameLine();
  if (ui::button("Cancel##import")) {
    clear();
    stage_ = Stage::kClosed;
    ImGui::CloseCurrentPopup();
  }
}

}  // namespace caseload::app
