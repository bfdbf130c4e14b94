// The screens around the vault: first run (create a vault), unlock, busy (creating, unlocking,
// locking), the caseload open in another tab, and storage that cannot be reached.
#pragma once

#include <array>

#include "session/app_session.hpp"

namespace caseload::app {

class VaultScreens {
 public:
  ~VaultScreens();
  // Draws the screen the session's state calls for; false when the unlocked app should show.
  bool draw(AppSession& session);

 private:
  void draw_create(AppSession& session);
  void draw_unlock(AppSession& session);
  void draw_elsewhere(AppSession& session);
  void draw_message(const char* title, const std::string& message);
  void clear_secrets();

  std::array<char, 256> passphrase_{};
  std::array<char, 256> confirm_{};
  bool acknowledged_ = false;
  int start_with_ = 0;  // 0 empty, then demo sizes
  bool focus_requested_ = false;
};

}  // namespace caseload::app
