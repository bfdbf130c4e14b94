// The open caseload as the app works on it: the vault's lifecycle (create, unlock, lock, change
// passphrase), the caseload in memory, edits as commands, and the save queue that brings every
// edit to storage. The UI reads caseload() and revision() and sends commands; it never touches
// storage or keys.
//
// Saving: every command marks the records it changed and starts a commit at once; one commit is
// in flight at a time, and edits made meanwhile go in the next one. A commit is one storage
// transaction (all records of an import, or one student), so a crash leaves the state of the
// last completed commit. save_status() says "saved" only when storage confirmed. A failed commit
// keeps the edits in memory and marked, reports why, and is retried by the next edit or retry_save().
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "caseload/age_keys.hpp"
#include "caseload/bundle_merge.hpp"
#include "caseload/caseload.hpp"
#include "caseload/clock.hpp"
#include "caseload/ids.hpp"
#include "caseload/vault.hpp"
#include "caseload/vault_storage.hpp"

namespace caseload {

enum class WorkspacePhase { kStarting, kNoVault, kLocked, kUnlocking, kUnlocked, kFailed };
enum class SaveState { kSaved, kSaving, kFailed };

struct SaveStatus {
  SaveState state = SaveState::kSaved;
  std::size_t pending_records = 0;  // changed records not yet confirmed by storage
  std::optional<StorageError> error;
  std::optional<Timestamp> last_saved;
};

class Workspace {
 public:
  using Done = std::function<void(Status)>;

  Workspace(VaultStorage& storage, const Clock& clock, RandomSource& random);

  // Finds out whether a vault exists. `on_change` runs whenever phase, data or save state change
  // (the app redraws).
  void start(std::function<void()> on_change);
  WorkspacePhase phase() const { return phase_; }
  const std::string& failure() const { return failure_; }

  void create_vault(std::string_view passphrase, KdfParams params, Caseload initial, Done done);
  void unlock(std::string_view passphrase, Done done);
  // Saves pending edits, then forgets the caseload and the keys.
  void lock(std::function<void()> done);
  void change_passphrase(std::string_view current, std::string_view next, KdfParams params, Done done);

  const Caseload& caseload() const { return caseload_; }
  // Increases with every change of the caseload: caches (deadlines, tables) key on it.
  std::uint64_t revision() const { return revision_; }
  const Student* find_student(const Uuid& id) const;

  // ---- commands (each is saved at once) ----
  RecordMeta new_meta();  // a fresh id and created/modified stamps for a new record
  Uuid add_student(Student student);
  void update_student(Student student);
  void remove_student(const Uuid& id);
  // Adds and updates many students (a roster import) in one commit and one undo step.
  void put_students(std::vector<Student> students, std::string description);
  void update_settings(CaseloadSettings settings);
  // Replaces everything (demo caseload, restore) in one atomic commit.
  void replace_caseload(Caseload caseload);
  // Applies an import in one atomic commit (plan_merge computed it against caseload()).
  void apply_merge(const MergePlan& plan);
  // The vault's own age identity: colleagues export bundles to its public key.
  const AgeIdentity* identity() const { return identity_ ? &*identity_ : nullptr; }

  // The app's own record (preferences, unsaved drafts), sealed like the rest.
  const Json& app_record() const { return app_record_; }
  void put_app_record(Json record);

  // Undo: each command above can be taken back (the last 50), newest first. Undoing is itself
  // saved like any edit. description() says what the next undo would take back.
  bool can_undo() const { return !undo_.empty(); }
  std::string undo_description() const { return undo_.empty() ? std::string() : undo_.back().description; }
  void undo();

  SaveStatus save_status() const;
  void retry_save() { flush(); }

 private:
  void set_phase(WorkspacePhase phase);
  void changed();
  void mark(std::string logical_key);
  void flush();
  void commit_done(std::set<std::string> keys, std::optional<StorageError> error);
  Status open_records(const std::vector<StoredRecord>& records);
  void finish_unlock(std::string passphrase, Done done);
  void forget();
  std::optional<Json> current_body(const std::string& logical_key) const;

  VaultStorage& storage_;
  const Clock& clock_;
  RandomSource& random_;
  std::function<void()> on_change_;
  WorkspacePhase phase_ = WorkspacePhase::kStarting;
  std::string failure_;
  std::vector<StoredRecord> loaded_;  // sealed records read at start, until unlocked
  std::optional<Vault> vault_;
  Caseload caseload_;
  std::map<Uuid, std::size_t> index_;  // student id -> position in caseload_.students
  Json app_record_ = Json::object();
  std::optional<AgeIdentity> identity_;
  std::uint64_t revision_ = 0;
  std::set<std::string> dirty_;
  std::set<std::string> in_flight_;
  bool committing_ = false;
  std::optional<StorageError> last_error_;
  std::optional<Timestamp> last_saved_;
  std::vector<std::function<void()>> after_flush_;

  struct UndoStep {
    std::string description;
    std::vector<std::pair<Uuid, std::optional<Student>>> students;  // previous versions (none: did not exist)
    std::optional<CaseloadSettings> settings;
    bool demo = false;
  };
  void remember(std::string description, std::vector<Uuid> students, bool settings);
  std::vector<UndoStep> undo_;
};

}  // namespace caseload
