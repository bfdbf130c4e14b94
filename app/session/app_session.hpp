// The app's live state between the browser and the screens: the vault workspace on IndexedDB,
// the tab lock, the clock, derived data the screens show (deadlines, recomputed only when the
// caseload, the settings or the day change), idle auto-lock, and work that must wait a frame
// (unlocking blocks for about a second, so a "Unlocking..." frame is drawn first).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "caseload/caseload_summary.hpp"
#include "caseload/deadline_engine.hpp"
#include "caseload/ids.hpp"
#include "caseload/workspace.hpp"
#include "platform/browser_services.hpp"
#include "platform/indexeddb_storage.hpp"
#include "ui/appearance.hpp"

namespace caseload::app {

// A screen that may hold typed-but-unsaved text registers one: on lock the session asks for a
// draft (JSON, or null) and stores it sealed in the vault; after unlock the screen gets it back.
struct DraftSource {
  std::string key;
  std::function<Json()> take;
  std::function<void(const Json&)> restore;
};

class AppSession {
 public:
  explicit AppSession(std::function<void()> request_frame);

  void start();
  // Once per frame, before drawing: runs deferred work, idle lock, reacts to the tab lock.
  void begin_frame(double now_ms, bool had_input);
  // Milliseconds until the session needs a frame without input (idle lock), or -1.
  int next_wake_ms(double now_ms) const;

  Workspace& workspace() { return *workspace_; }
  const Workspace& workspace() const { return *workspace_; }
  BrowserServices& services() { return services_; }
  const Clock& clock() const { return clock_; }
  Date today() const { return today_; }

  // ---- vault lifecycle ----
  void create_vault(std::string passphrase, Caseload initial);
  void unlock(std::string passphrase);  // runs on the next frame
  bool busy() const { return pending_.has_value() || locking_; }
  const std::string& busy_message() const { return busy_message_; }
  const std::string& last_error() const { return last_error_; }
  void clear_error() { last_error_.clear(); }
  // Time before another unlock attempt is allowed (a small delay after a wrong passphrase).
  double unlock_retry_at_ms() const { return unlock_retry_at_ms_; }
  double now_ms() const { return now_ms_; }
  void lock_now();
  void take_over_tab();
  void change_passphrase(std::string current, std::string next, std::function<void(Status)> done);

  // ---- preferences kept in the vault's app record ----
  int lock_minutes() const;
  void set_lock_minutes(int minutes);

  // ---- device preferences (local storage: usable before unlock) ----
  const Appearance& appearance() const { return appearance_; }
  void set_appearance(const Appearance& appearance);

  void add_draft_source(DraftSource source) { draft_sources_.push_back(std::move(source)); }

  // ---- measurements (benchmarks and tests read them) ----
  Json metrics() const;

  // ---- derived data (recomputed when the caseload, settings or day change, never per frame) ----
  struct StudentDates {
    const Deadline* next_open = nullptr;
    const Deadline* annual = nullptr;
    const Deadline* triennial = nullptr;
    int overdue = 0;
    int due_very_soon = 0;
    int due_soon = 0;
  };
  const StudentDates& dates_of(const Uuid& student);
  const CaseloadSummary& summary();
  const RuleProfile* profile();
  const std::string& profile_error() const { return profile_error_; }
  const std::vector<Deadline>& deadlines();
  const SchoolCalendar& calendar();

 private:
  struct PendingUnlock {
    std::string passphrase;
    bool shown = false;  // a frame with the busy message has been drawn
  };
  void after_unlock();
  void refresh_derived();
  Json drafts() const;

  std::function<void()> request_frame_;
  IndexedDbStorage storage_;
  BrowserClock clock_;
  SecureRandom random_;
  BrowserServices services_;
  std::unique_ptr<Workspace> workspace_;
  Date today_{};
  std::optional<PendingUnlock> pending_;
  bool locking_ = false;
  bool started_ = false;
  std::string busy_message_;
  std::string last_error_;
  double unlock_retry_at_ms_ = 0;
  double now_ms_ = 0;
  double last_input_ms_ = 0;
  double last_unlock_ms_ = 0;
  double last_deadlines_ms_ = 0;
  std::vector<DraftSource> draft_sources_;
  Appearance appearance_;

  std::uint64_t derived_revision_ = ~0ull;
  Date derived_day_{};
  std::optional<RuleProfile> profile_;
  std::string profile_error_;
  std::optional<SchoolCalendar> calendar_;
  std::vector<Deadline> deadlines_;
  std::map<Uuid, StudentDates> dates_;
  CaseloadSummary summary_;
};

}  // namespace caseload::app
