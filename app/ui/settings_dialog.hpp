// Settings (a modal window): the case manager, the rule profile, privacy mode, the idle lock
// time, storage (persistence and usage against the quota) and changing the passphrase.
#pragma once

#include <array>
#include <string>

#include "session/app_session.hpp"
#include "ui/ui_state.hpp"

namespace caseload::app {

class SettingsDialog {
 public:
  ~SettingsDialog();
  void draw(AppSession& session, UiState& ui);

 private:
  void draw_profile(AppSession& session);
  void draw_storage(AppSession& session);
  void draw_passphrase(AppSession& session);
  void clear_secrets();

  std::array<char, 256> current_{};
  std::array<char, 256> next_{};
  std::array<char, 256> confirm_{};
  std::string passphrase_message_;
  bool passphrase_ok_ = false;
  bool was_open_ = false;
};

std::string format_bytes(double bytes);

}  // namespace caseload::app
