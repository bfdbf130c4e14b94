// Import a bundle: from the file picker or a file dropped on the page. The bundle is opened with
// the vault's own key or a passphrase, previewed (who exported it, when, which students, what
// would change) before anything changes, then merged in one atomic commit with a summary of
// what changed and what conflicted.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "caseload/bundle_merge.hpp"
#include "platform/browser_files.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class ImportDialog {
 public:
  ~ImportDialog();
  void choose_file();
  // Takes a file the user picked or dropped and starts opening it as a bundle.
  void open_file(ReceivedFile file);
  void draw(AppSession& session, const UiState& ui);

 private:
  enum class Stage { kClosed, kNeedPassphrase, kOpening, kPreview, kDone, kFailed };
  void try_open(AppSession& session);
  void draw_preview(AppSession& session, const UiState& ui);
  void fail(std::string message);
  void clear();

  Stage stage_ = Stage::kClosed;
  bool open_popup_ = false;
  std::optional<ReceivedFile> file_;
  bool needs_passphrase_ = false;
  std::array<char, 256> passphrase_{};
  std::optional<BundleContents> contents_;
  std::optional<MergePlan> plan_;
  std::uint64_t plan_revision_ = 0;
  std::string message_;
};

}  // namespace caseload::app
