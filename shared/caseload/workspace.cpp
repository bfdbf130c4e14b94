#include "caseload/workspace.hpp"

#include <algorithm>

#include "caseload/caseload_json.hpp"

namespace caseload {
namespace {

constexpr std::string_view kSettingsKey = "settings";
constexpr std::string_view kAppKey = "app";
constexpr std::string_view kIdentityKey = "identity";
constexpr std::string_view kStudentPrefix = "student/";

std::string student_key(const Uuid& id) { return std::string(kStudentPrefix) + id.str(); }

}  // namespace

Workspace::Workspace(VaultStorage& storage, const Clock& clock, RandomSource& random)
    : storage_(storage), clock_(clock), random_(random) {}

void Workspace::set_phase(WorkspacePhase phase) {
  phase_ = phase;
  changed();
}

void Workspace::changed() {
  if (on_change_) on_change_();
}

void Workspace::start(std::function<void()> on_change) {
  on_change_ = std::move(on_change);
  set_phase(WorkspacePhase::kStarting);
  storage_.load_all([this](std::vector<StoredRecord> records, std::optional<StorageError> error) {
    if (error) {
      failure_ = error->message;
      set_phase(WorkspacePhase::kFailed);
      return;
    }
    const bool exists = Vault::exists(records);
    loaded_ = std::move(records);
    set_phase(exists ? WorkspacePhase::kLocked : WorkspacePhase::kNoVault);
  });
}

void Workspace::create_vault(std::string_view passphrase, KdfParams params, Caseload initial, Done done) {
  WriteBatch batch;
  auto vault = Vault::create(passphrase, std::move(params), clock_.now(), batch);
  if (!vault) {
    done(vault.error());
    return;
  }
  vault_.emplace(std::move(*vault));
  caseload_ = std::move(initial);
  caseload_.settings.modified = clock_.now();
  index_.clear();
  for (std::size_t i = 0; i < caseload_.students.size(); ++i) index_[caseload_.students[i].meta.id] = i;
  app_record_ = Json::object();
  identity_.emplace(generate_age_identity());
  batch.puts.push_back(vault_->seal(kSettingsKey, *current_body(std::string(kSettingsKey)), kCaseloadSchemaVersion));
  batch.puts.push_back(vault_->seal(kIdentityKey, *current_body(std::string(kIdentityKey)), kCaseloadSchemaVersion));
  batch.puts.push_back(vault_->seal(kAppKey, app_record_, kCaseloadSchemaVersion));
  for (const auto& s : caseload_.students) {
    batch.puts.push_back(vault_->seal(student_key(s.meta.id), student_to_json(s), kCaseloadSchemaVersion));
  }
  set_phase(WorkspacePhase::kUnlocking);
  storage_.commit(std::move(batch), [this, done = std::move(done)](std::optional<StorageError> error) {
    if (error) {
      forget();
      set_phase(WorkspacePhase::kNoVault);
      done(make_error(error->message));
      return;
    }
    loaded_.clear();
    last_saved_ = clock_.now();
    ++revision_;
    set_phase(WorkspacePhase::kUnlocked);
    done(Status::success());
  });
}

void Workspace::unlock(std::string_view passphrase, Done done) {
  if (phase_ != WorkspacePhase::kLocked) {
    done(make_error("the vault is not locked"));
    return;
  }
  set_phase(WorkspacePhase::kUnlocking);
  std::string secret(passphrase);
  if (!loaded_.empty()) {
    finish_unlock(std::move(secret), std::move(done));
    return;
  }
  storage_.load_all([this, secret = std::move(secret), done = std::move(done)](
                        std::vector<StoredRecord> records, std::optional<StorageError> error) mutable {
    if (error) {
      wipe(secret);
      set_phase(WorkspacePhase::kLocked);
      done(make_error(error->message));
      return;
    }
    loaded_ = std::move(records);
    finish_unlock(std::move(secret), std::move(done));
  });
}

void Workspace::finish_unlock(std::string passphrase, Done done) {
  auto meta = Vault::read_meta(loaded_);
  Result<Vault> vault = meta ? Vault::unlock(*meta, passphrase) : Result<Vault>(meta.error());
  wipe(passphrase);
  if (!vault) {
    set_phase(WorkspacePhase::kLocked);
    done(vault.error());
    return;
  }
  vault_.emplace(std::move(*vault));
  if (Status opened = open_records(loaded_); !opened) {
    forget();
    set_phase(WorkspacePhase::kLocked);
    done(opened);
    return;
  }
  loaded_.clear();
  ++revision_;
  set_phase(WorkspacePhase::kUnlocked);
  flush();  // anything the upgrade added (an identity)
  done(Status::success());
}

// Reassembles a caseload document from the records, so migration and validation are the same
// as for a caseload file.
Status Workspace::open_records(const std::vector<StoredRecord>& records) {
  auto opened = vault_->open_all(records);
  if (!opened) return opened.error();
  int version = kCaseloadSchemaVersion;
  Json document = {{"format", std::string(kCaseloadFormat)}, {"settings", Json::object()},
                   {"students", Json::array()}};
  for (auto& [key, record] : *opened) {
    version = std::min(version, record.schema_version);
    if (key == kSettingsKey) {
      document["settings"] = std::move(record.body["settings"]);
      if (record.body.value("demo", false)) document["demo"] = true;
    } else if (key == kAppKey) {
      app_record_ = std::move(record.body);
    } else if (key == kIdentityKey) {
      const std::string text = record.body.value("age_identity", "");
      if (auto identity = parse_identity(text)) identity_.emplace(std::move(*identity));
    } else if (key.rfind(kStudentPrefix, 0) == 0) {
      document["students"].push_back(std::move(record.body));
    }
  }
  document["schema_version"] = version;
  CaseloadDocument read = read_caseload_document(std::move(document));
  if (read.report.has_errors()) {
    return make_error("the vault's data could not be read: " + read.report.summary());
  }
  caseload_ = std::move(read.caseload);
  index_.clear();
  for (std::size_t i = 0; i < caseload_.students.size(); ++i) index_[caseload_.students[i].meta.id] = i;
  if (!identity_) {  // a vault from before identities: give it one now
    identity_.emplace(generate_age_identity());
    dirty_.insert(std::string(kIdentityKey));
  }
  return Status::success();
}

void Workspace::forget() {
  vault_.reset();
  caseload_ = Caseload{};
  index_.clear();
  app_record_ = Json::object();
  identity_.reset();
  undo_.clear();
  dirty_.clear();
  in_flight_.clear();
  last_error_.reset();
}

void Workspace::lock(std::function<void()> done) {
  auto finish = [this, done = std::move(done)]() {
    if (!dirty_.empty()) {
      done();  // the save failed: stay unlocked rather than lose edits (save_status says why)
      return;
    }
    forget();
    ++revision_;
    set_phase(WorkspacePhase::kLocked);
    done();
  };
  if (!committing_ && dirty_.empty()) {
    finish();
    return;
  }
  after_flush_.push_back(std::move(finish));
  flush();
}

void Workspace::change_passphrase(std::string_view current, std::string_view next, KdfParams params, Done done) {
  if (!vault_) {
    done(make_error("unlock the vault first"));
    return;
  }
  if (auto check = Vault::unlock(vault_->meta(), current); !check) {
    done(make_error("the current passphrase is not right"));
    return;
  }
  auto batch = vault_->change_passphrase(next, std::move(params));
  if (!batch) {
    done(batch.error());
    return;
  }
  storage_.commit(std::move(*batch), [done = std::move(done)](std::optional<StorageError> error) {
    done(error ? Status(make_error("the new passphrase was not saved: " + error->message)) : Status::success());
  });
}

const Student* Workspace::find_student(const Uuid& id) const {
  const auto found = index_.find(id);
  return found == index_.end() ? nullptr : &caseload_.students[found->second];
}

RecordMeta Workspace::new_meta() {
  RecordMeta meta;
  meta.id = new_uuid(random_);
  meta.created = meta.modified = clock_.now();
  return meta;
}

void Workspace::remember(std::string description, std::vector<Uuid> students, bool settings) {
  constexpr std::size_t kUndoDepth = 50;
  UndoStep step;
  step.description = std::move(description);
  for (const Uuid& id : students) {
    const Student* current = find_student(id);
    step.students.emplace_back(id, current ? std::optional<Student>(*current) : std::nullopt);
  }
  if (settings) {
    step.settings = caseload_.settings;
    step.demo = caseload_.demo;
  }
  undo_.push_back(std::move(step));
  if (undo_.size() > kUndoDepth) undo_.erase(undo_.begin());
}

void Workspace::undo() {
  if (undo_.empty()) return;
  UndoStep step = std::move(undo_.back());
  undo_.pop_back();
  for (auto& [id, previous] : step.students) {
    const auto found = index_.find(id);
    if (previous) {
      if (found == index_.end()) {
        index_[id] = caseload_.students.size();
        caseload_.students.push_back(std::move(*previous));
      } else {
        caseload_.students[found->second] = std::move(*previous);
      }
    } else if (found != index_.end()) {
      caseload_.students.erase(caseload_.students.begin() + static_cast<std::ptrdiff_t>(found->second));
      index_.clear();
      for (std::size_t i = 0; i < caseload_.students.size(); ++i) index_[caseload_.students[i].meta.id] = i;
    }
    dirty_.insert(student_key(id));
  }
  if (step.settings) {
    caseload_.settings = std::move(*step.settings);
    caseload_.demo = step.demo;
    dirty_.insert(std::string(kSettingsKey));
  }
  ++revision_;
  changed();
  flush();
}

Uuid Workspace::add_student(Student student) {
  if (student.meta.id.empty()) student.meta = new_meta();
  remember("adding " + initials(student), {student.meta.id}, false);
  student.meta.modified = clock_.now();
  const Uuid id = student.meta.id;
  index_[id] = caseload_.students.size();
  caseload_.students.push_back(std::move(student));
  mark(student_key(id));
  return id;
}

void Workspace::update_student(Student student) {
  const auto found = index_.find(student.meta.id);
  if (found == index_.end()) {
    add_student(std::move(student));
    return;
  }
  remember("the change to " + initials(student), {student.meta.id}, false);
  student.meta.modified = clock_.now();
  const Uuid id = student.meta.id;
  caseload_.students[found->second] = std::move(student);
  mark(student_key(id));
}

void Workspace::put_students(std::vector<Student> students, std::string description) {
  if (students.empty()) return;
  std::vector<Uuid> ids;
  for (auto& student : students) {
    if (student.meta.id.empty()) student.meta = new_meta();
    ids.push_back(student.meta.id);
  }
  remember(std::move(description), ids, false);
  const Uuid last = ids.back();
  for (auto& student : students) {
    student.meta.modified = clock_.now();
    const Uuid id = student.meta.id;
    const auto found = index_.find(id);
    if (found == index_.end()) {
      index_[id] = caseload_.students.size();
      caseload_.students.push_back(std::move(student));
    } else {
      caseload_.students[found->second] = std::move(student);
    }
    if (id != last) dirty_.insert(student_key(id));
  }
  mark(student_key(last));  // one flush: the whole import is one commit
}

void Workspace::remove_student(const Uuid& id) {
  const auto found = index_.find(id);
  if (found == index_.end()) return;
  remember("removing " + initials(caseload_.students[found->second]), {id}, false);
  caseload_.students.erase(caseload_.students.begin() + static_cast<std::ptrdiff_t>(found->second));
  index_.clear();
  for (std::size_t i = 0; i < caseload_.students.size(); ++i) index_[caseload_.students[i].meta.id] = i;
  mark(student_key(id));
}

void Workspace::update_settings(CaseloadSettings settings) {
  remember("the settings change", {}, true);
  settings.modified = clock_.now();
  caseload_.settings = std::move(settings);
  mark(std::string(kSettingsKey));
}

void Workspace::replace_caseload(Caseload caseload) {
  undo_.clear();  // a new caseload is not undone step by step
  for (const auto& s : caseload_.students) dirty_.insert(student_key(s.meta.id));  // deletions
  caseload_ = std::move(caseload);
  index_.clear();
  for (std::size_t i = 0; i < caseload_.students.size(); ++i) {
    index_[caseload_.students[i].meta.id] = i;
    dirty_.insert(student_key(caseload_.students[i].meta.id));
  }
  mark(std::string(kSettingsKey));
}

void Workspace::apply_merge(const MergePlan& plan) {
  std::vector<Uuid> ids;
  for (const Student& student : plan.changed) ids.push_back(student.meta.id);
  remember("the import", std::move(ids), plan.settings.has_value());
  for (const Student& student : plan.changed) {
    const auto found = index_.find(student.meta.id);
    if (found == index_.end()) {
      index_[student.meta.id] = caseload_.students.size();
      caseload_.students.push_back(student);
    } else {
      caseload_.students[found->second] = student;
    }
    dirty_.insert(student_key(student.meta.id));
  }
  if (plan.settings) {
    caseload_.settings = *plan.settings;
    caseload_.demo = plan.mark_demo;
  }
  mark(std::string(kSettingsKey));  // one flush: the whole import is one commit
}

void Workspace::put_app_record(Json record) {
  app_record_ = std::move(record);
  mark(std::string(kAppKey));
}

void Workspace::mark(std::string logical_key) {
  dirty_.insert(std::move(logical_key));
  ++revision_;
  changed();
  flush();
}

std::optional<Json> Workspace::current_body(const std::string& key) const {
  if (key == kSettingsKey) return Json{{"settings", settings_to_json(caseload_.settings)}, {"demo", caseload_.demo}};
  if (key == kAppKey) return app_record_;
  if (key == kIdentityKey) {
    if (!identity_) return std::nullopt;
    return Json{{"age_identity", encode_identity(*identity_)}};
  }
  if (key.rfind(kStudentPrefix, 0) == 0) {
    if (auto id = parse_uuid(std::string_view(key).substr(kStudentPrefix.size()))) {
      if (const Student* s = find_student(*id)) return student_to_json(*s);
    }
  }
  return std::nullopt;
}

void Workspace::flush() {
  if (committing_ || dirty_.empty() || !vault_) return;
  WriteBatch batch;
  for (const auto& key : dirty_) {
    if (auto body = current_body(key)) {
      batch.puts.push_back(vault_->seal(key, *body, kCaseloadSchemaVersion));
    } else {
      batch.deletes.push_back(vault_->storage_key(key));
    }
  }
  std::set<std::string> keys = std::move(dirty_);
  dirty_.clear();
  in_flight_ = keys;
  committing_ = true;
  changed();
  storage_.commit(std::move(batch), [this, keys = std::move(keys)](std::optional<StorageError> error) mutable {
    commit_done(std::move(keys), std::move(error));
  });
}

void Workspace::commit_done(std::set<std::string> keys, std::optional<StorageError> error) {
  committing_ = false;
  in_flight_.clear();
  if (error) {
    dirty_.insert(keys.begin(), keys.end());
    last_error_ = std::move(error);
  } else {
    last_error_.reset();
    last_saved_ = clock_.now();
    if (!dirty_.empty()) {
      changed();
      flush();
      return;
    }
  }
  changed();
  auto callbacks = std::move(after_flush_);
  after_flush_.clear();
  for (auto& callback : callbacks) callback();
}

SaveStatus Workspace::save_status() const {
  SaveStatus status;
  status.pending_records = dirty_.size() + in_flight_.size();
  status.error = last_error_;
  status.last_saved = last_saved_;
  status.state = last_error_ ? SaveState::kFailed
                 : (committing_ || !dirty_.empty()) ? SaveState::kSaving
                                                     : SaveState::kSaved;
  return status;
}

}  // namespace caseload
