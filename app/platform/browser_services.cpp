#include "platform/browser_services.hpp"

extern "C" {
double caseload_bridge_now_ms();
int caseload_bridge_local_date();
int caseload_bridge_local_minutes();
void caseload_bridge_lock_acquire(int take_over);
void caseload_bridge_lock_release();
void caseload_bridge_storage_info(int ask_persist);
void caseload_bridge_set_unsaved(int unsaved);
void caseload_bridge_reload();
}

namespace caseload::app {
namespace {
BrowserServices* g_services = nullptr;
}

Timestamp BrowserClock::now() const {
  const auto ms = static_cast<long long>(caseload_bridge_now_ms());
  return Timestamp{std::chrono::seconds{ms / 1000}};
}

Date BrowserClock::today() const {
  const int ymd = caseload_bridge_local_date();
  return Date{std::chrono::year{ymd / 10000}, std::chrono::month{static_cast<unsigned>(ymd / 100 % 100)},
              std::chrono::day{static_cast<unsigned>(ymd % 100)}};
}

TimeOfDay BrowserClock::local_time() const { return TimeOfDay{caseload_bridge_local_minutes()}; }

BrowserServices::BrowserServices(std::function<void()> on_change) : on_change_(std::move(on_change)) {
  g_services = this;
}

BrowserServices::~BrowserServices() { g_services = nullptr; }

void BrowserServices::acquire_tab_lock(bool take_over) { caseload_bridge_lock_acquire(take_over ? 1 : 0); }

void BrowserServices::release_tab_lock() {
  caseload_bridge_lock_release();
  tab_lock_ = TabLockState::kLost;
}

void BrowserServices::refresh_storage_info(bool ask_persist) { caseload_bridge_storage_info(ask_persist ? 1 : 0); }

void BrowserServices::set_unsaved(bool unsaved) {
  if (unsaved_ == unsaved) return;
  unsaved_ = unsaved;
  caseload_bridge_set_unsaved(unsaved ? 1 : 0);
}

void BrowserServices::reload_page() { caseload_bridge_reload(); }

void BrowserServices::lock_changed(TabLockState state) {
  tab_lock_ = state;
  if (on_change_) on_change_();
}

void BrowserServices::release_request() {
  release_requested_ = true;
  if (on_change_) on_change_();
}

void BrowserServices::storage_info_arrived(bool persisted, double usage, double quota) {
  storage_info_ = {true, persisted, usage, quota};
  if (on_change_) on_change_();
}

}  // namespace caseload::app

extern "C" {

void caseload_lock_changed(int state) {
  using caseload::app::TabLockState;
  if (!caseload::app::g_services) return;
  caseload::app::g_services->lock_changed(state == 1 ? TabLockState::kHeld
                                          : state == 2 ? TabLockState::kBusy
                                                       : TabLockState::kLost);
}

void caseload_release_requested() {
  if (caseload::app::g_services) caseload::app::g_services->release_request();
}

void caseload_storage_info_done(int persisted, double usage, double quota) {
  if (caseload::app::g_services) caseload::app::g_services->storage_info_arrived(persisted != 0, usage, quota);
}

}  // extern "C"
