#include "session/app_session.hpp"

#include "caseload/vault_crypto.hpp"
#include "platform/browser_bridge.hpp"

namespace caseload::app {
namespace {

constexpr int kDefaultLockMinutes = 15;
constexpr double kRetryDelayMs = 1500;

}  // namespace

AppSession::AppSession(std::function<void()> request_frame)
    : request_frame_(std::move(request_frame)),
      services_([this] { request_frame_(); }),
      workspace_(std::make_unique<Workspace>(storage_, clock_, random_)) {
  today_ = clock_.today();
}

void AppSession::start() {
  appearance_ = decode_appearance(bridge::load_preference("appearance"));
  services_.acquire_tab_lock(false);
}

void AppSession::set_appearance(const Appearance& appearance) {
  if (appearance == appearance_) return;
  appearance_ = appearance;
  bridge::save_preference("appearance", encode_appearance(appearance_));
  request_frame_();
}

void AppSession::begin_frame(double now_ms, bool had_input) {
  now_ms_ = now_ms;
  if (had_input || last_input_ms_ == 0) last_input_ms_ = now_ms;
  today_ = clock_.today();

  // The tab lock decides whether this tab may open the vault at all.
  if (services_.tab_lock() == TabLockState::kHeld && !started_) {
    started_ = true;
    workspace_->start([this] { request_frame_(); });
  }
  if (services_.release_requested()) {
    services_.clear_release_request();
    // Another tab takes over: save what we have, then let go.
    workspace_->lock([this] { services_.release_tab_lock(); });
  }

  if (pending_) {
    if (!pending_->shown) {
      pending_->shown = true;  // this frame shows "Unlocking..."; the work runs on the next one
      request_frame_();
    } else {
      std::string passphrase = std::move(pending_->passphrase);
      pending_.reset();
      const double started = bridge::perf_ms();
      workspace_->unlock(passphrase, [this, started](Status status) {
        last_unlock_ms_ = bridge::perf_ms() - started;
        busy_message_.clear();
        if (!status) {
          last_error_ = status.error().message;
          unlock_retry_at_ms_ = now_ms_ + kRetryDelayMs;
        } else {
          after_unlock();
        }
        request_frame_();
      });
      wipe(passphrase);
    }
  }

  if (workspace_->phase() == WorkspacePhase::kUnlocked && !locking_) {
    const double idle = now_ms - last_input_ms_;
    if (idle >= lock_minutes() * 60000.0) lock_now();
  }
  services_.set_unsaved(workspace_->save_status().state != SaveState::kSaved);
}

int AppSession::next_wake_ms(double now_ms) const {
  if (unlock_retry_at_ms_ > now_ms) return static_cast<int>(unlock_retry_at_ms_ - now_ms) + 20;
  if (workspace_->phase() != WorkspacePhase::kUnlocked || locking_) return -1;
  const double remaining = last_input_ms_ + lock_minutes() * 60000.0 - now_ms;
  return remaining <= 0 ? 0 : static_cast<int>(remaining) + 50;
}

void AppSession::create_vault(std::string passphrase, Caseload initial) {
  busy_message_ = "Creating your vault…";
  last_error_.clear();
  workspace_->create_vault(passphrase, default_kdf_params(), std::move(initial), [this](Status status) {
    busy_message_.clear();
    if (!status) last_error_ = status.error().message;
    else after_unlock();
    request_frame_();
  });
  wipe(passphrase);
}

void AppSession::unlock(std::string passphrase) {
  last_error_.clear();
  busy_message_ = "Unlocking…";
  pending_ = PendingUnlock{std::move(passphrase), false};
  request_frame_();
}

void AppSession::after_unlock() {
  services_.refresh_storage_info(true);  // and ask the browser to keep our data
  const Json& record = workspace_->app_record();
  if (record.contains("drafts") && record["drafts"].is_object()) {
    const Json saved = record["drafts"];
    for (auto& source : draft_sources_) {
      if (saved.contains(source.key)) source.restore(saved[source.key]);
    }
    Json cleaned = record;
    cleaned.erase("drafts");
    workspace_->put_app_record(std::move(cleaned));
  }
}

Json AppSession::drafts() const {
  Json result = Json::object();
  for (const auto& source : draft_sources_) {
    Json draft = source.take();
    if (!draft.is_null()) result[source.key] = std::move(draft);
  }
  return result;
}

void AppSession::lock_now() {
  if (locking_ || workspace_->phase() != WorkspacePhase::kUnlocked) return;
  locking_ = true;
  busy_message_ = "Saving and locking…";
  // Typed text is never thrown away: unsaved edits go into the vault as drafts first.
  Json draft_set = drafts();
  if (!draft_set.empty()) {
    Json record = workspace_->app_record();
    record["drafts"] = std::move(draft_set);
    workspace_->put_app_record(std::move(record));
  }
  workspace_->lock([this] {
    if (workspace_->phase() == WorkspacePhase::kLocked) {
      // Reloading the page discards the whole wasm heap: nothing decrypted survives the lock.
      services_.reload_page();
      return;
    }
    locking_ = false;
    busy_message_.clear();
    last_error_ = "Not locked: your edits could not be saved yet (see the save status).";
    request_frame_();
  });
}

void AppSession::take_over_tab() { services_.acquire_tab_lock(true); }

void AppSession::change_passphrase(std::string current, std::string next, std::function<void(Status)> done) {
  workspace_->change_passphrase(current, next, default_kdf_params(), std::move(done));
  wipe(current);
  wipe(next);
}

int AppSession::lock_minutes() const {
  const Json& record = workspace_->app_record();
  if (record.contains("lock_minutes") && record["lock_minutes"].is_number_integer()) {
    const int minutes = record["lock_minutes"].get<int>();
    if (minutes >= 1 && minutes <= 240) return minutes;
  }
  return kDefaultLockMinutes;
}

void AppSession::set_lock_minutes(int minutes) {
  Json record = workspace_->app_record();
  record["lock_minutes"] = minutes;
  workspace_->put_app_record(std::move(record));
}

void AppSession::refresh_derived() {
  if (derived_revision_ == workspace_->revision() && derived_day_ == today_) return;
  derived_revision_ = workspace_->revision();
  derived_day_ = today_;
  const Caseload& caseload = workspace_->caseload();
  calendar_.emplace(make_calendar(caseload.settings));
  auto resolved = resolve_profile(caseload.settings.rule_profile, caseload.settings);
  deadlines_.clear();  // before the profile they point into is replaced
  dates_.clear();
  if (!resolved) {
    profile_.reset();
    profile_error_ = resolved.error().describe();
    return;
  }
  profile_.emplace(std::move(*resolved));
  profile_error_.clear();
  const double started = bridge::perf_ms();
  deadlines_ = caseload_deadlines(caseload, {*profile_, *calendar_, caseload.settings, today_});
  dates_.clear();
  for (const auto& d : deadlines_) {
    StudentDates& dates = dates_[d.student_id];
    if (d.kind == DeadlineKind::kAnnualReview && (!dates.annual || d.due < dates.annual->due)) dates.annual = &d;
    if (d.kind == DeadlineKind::kTriennial && (!dates.triennial || d.due < dates.triennial->due)) dates.triennial = &d;
    if (d.status == DeadlineStatus::kDone) continue;
    if (!dates.next_open || d.due < dates.next_open->due) dates.next_open = &d;
    dates.overdue += d.status == DeadlineStatus::kOverdue;
    dates.due_very_soon += d.status == DeadlineStatus::kDueVerySoon;
    dates.due_soon += d.status == DeadlineStatus::kDueSoon;
  }
  summary_ = summarize_caseload(caseload, deadlines_, *profile_, today_);
  last_deadlines_ms_ = bridge::perf_ms() - started;
}

const AppSession::StudentDates& AppSession::dates_of(const Uuid& student) {
  refresh_derived();
  static const StudentDates kNone;
  const auto found = dates_.find(student);
  return found == dates_.end() ? kNone : found->second;
}

const CaseloadSummary& AppSession::summary() {
  refresh_derived();
  return summary_;
}

Json AppSession::metrics() const {
  const auto& storage = storage_.timings();
  return {{"students", workspace_->caseload().students.size()},
          {"unlock_ms", last_unlock_ms_},
          {"deadlines_ms", last_deadlines_ms_},
          {"deadlines", deadlines_.size()},
          {"load_ms", storage.last_load_ms},
          {"load_bytes", storage.last_load_bytes},
          {"commit_ms", storage.last_commit_ms},
          {"commit_bytes", storage.last_commit_bytes},
          {"commits", storage.commits}};
}

const RuleProfile* AppSession::profile() {
  refresh_derived();
  return profile_ ? &*profile_ : nullptr;
}

const std::vector<Deadline>& AppSession::deadlines() {
  refresh_derived();
  return deadlines_;
}

const SchoolCalendar& AppSession::calendar() {
  refresh_derived();
  return *calendar_;
}

}  // namespace caseload::app
