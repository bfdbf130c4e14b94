// Small browser services the app session needs: the clock (the user's local day), the Web Lock
// that makes one tab the writer, persistent-storage and quota figures, the "unsaved" flag that
// makes the browser ask before leaving, and reloading the page (how locking wipes memory).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "caseload/clock.hpp"

namespace caseload::app {

class BrowserClock final : public Clock {
 public:
  Timestamp now() const override;
  Date today() const override;
  TimeOfDay local_time() const override;
};

enum class TabLockState { kUnknown, kHeld, kBusy, kLost };

struct StorageInfo {
  bool known = false;
  bool persisted = false;
  double usage_bytes = -1;
  double quota_bytes = -1;
};

// Owns the answers the browser gives asynchronously; `on_change` runs when one arrives.
class BrowserServices {
 public:
  explicit BrowserServices(std::function<void()> on_change);
  ~BrowserServices();

  void acquire_tab_lock(bool take_over);
  void release_tab_lock();
  TabLockState tab_lock() const { return tab_lock_; }
  // Another tab asked for the vault: the app saves, releases and shows it is now elsewhere.
  bool release_requested() const { return release_requested_; }
  void clear_release_request() { release_requested_ = false; }

  void refresh_storage_info(bool ask_persist);
  const StorageInfo& storage_info() const { return storage_info_; }

  void set_unsaved(bool unsaved);
  void reload_page();

  // Called from the exported completion functions.
  void lock_changed(TabLockState state);
  void release_request();
  void storage_info_arrived(bool persisted, double usage, double quota);

 private:
  std::function<void()> on_change_;
  TabLockState tab_lock_ = TabLockState::kUnknown;
  bool release_requested_ = false;
  StorageInfo storage_info_;
  std::optional<bool> unsaved_;
};

}  // namespace caseload::app
