// Export a bundle: the whole caseload (backup) or selected students (transfer), protected by a
// passphrase or for a colleague's age key; encrypted a few chunks per frame with a progress bar,
// then downloaded by the browser.
#pragma once

#include <array>
#include <memory>
#include <set>
#include <string>

#include "caseload/age.hpp"
#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class ExportDialog {
 public:
  ~ExportDialog();
  void open() { open_requested_ = true; }
  void draw(AppSession& session, const UiState& ui);

 private:
  enum class Stage { kChoose, kStarting, kEncrypting, kDone };
  void draw_choose(AppSession& session, const UiState& ui);
  void draw_students(AppSession& session, const UiState& ui);
  void start(AppSession& session);
  void finish(AppSession& session);
  void reset_secrets();

  bool open_requested_ = false;
  Stage stage_ = Stage::kChoose;
  bool whole_caseload_ = true;
  std::set<Uuid> chosen_;
  std::string filter_;
  bool use_passphrase_ = true;
  std::array<char, 256> passphrase_{};
  std::array<char, 256> confirm_{};
  std::string recipient_;
  bool armor_ = false;
  std::string plaintext_;
  std::unique_ptr<AgeEncryptJob> job_;
  std::string file_name_;
  int students_ = 0;
  std::string message_;
  bool failed_ = false;
};

}  // namespace caseload::app
