#include "caseload/vault.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "caseload/caseload_json.hpp"
#include "caseload/demo_caseload.hpp"
#include "caseload/workspace.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

constexpr const char* kPassphrase = "maple river lantern 42";

struct Harness {
  MemoryStorage storage;
  FixedClock clock{Timestamp{day_number(d("2026-11-23"))} + std::chrono::hours{9}};
  DeterministicRandom random{7};
  Workspace workspace{storage, clock, random};

  Harness() { workspace.start([] {}); }

  Status create(Caseload initial = {}) {
    Status result = make_error("not called");
    workspace.create_vault(kPassphrase, test_kdf_params(), std::move(initial), [&](Status s) { result = s; });
    return result;
  }
  Status unlock(const char* passphrase = kPassphrase) {
    Status result = make_error("not called");
    workspace.unlock(passphrase, [&](Status s) { result = s; });
    return result;
  }
  void lock() {
    bool called = false;
    workspace.lock([&] { called = true; });
    REQUIRE(called);
  }
  // A second workspace on the same storage, as after a page reload.
  std::unique_ptr<Workspace> reopen() {
    auto w = std::make_unique<Workspace>(storage, clock, random);
    w->start([] {});
    return w;
  }
};

Caseload small_demo() { return generate_demo_caseload({5, 3, d("2026-11-23"), "federal"}); }

bool contains(const Bytes& haystack, std::string_view needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end()) != haystack.end();
}

}  // namespace

TEST_CASE("a new vault saves the caseload and opens again with the passphrase") {
  Harness h;
  CHECK(h.workspace.phase() == WorkspacePhase::kNoVault);
  const Caseload demo = small_demo();
  REQUIRE(h.create(demo).ok());
  CHECK(h.workspace.phase() == WorkspacePhase::kUnlocked);
  CHECK(h.workspace.save_status().state == SaveState::kSaved);
  auto reopened = h.reopen();
  CHECK(reopened->phase() == WorkspacePhase::kLocked);
  Status unlocked = make_error("not called");
  reopened->unlock(kPassphrase, [&](Status s) { unlocked = s; });
  REQUIRE_MESSAGE(unlocked.ok(), (unlocked.ok() ? "" : unlocked.error().describe()));
  // Students come back in storage order; compare them sorted by id.
  auto by_id = [](Caseload c) {
    std::sort(c.students.begin(), c.students.end(),
              [](const Student& a, const Student& b) { return a.meta.id < b.meta.id; });
    return save_caseload(c);
  };
  CHECK(by_id(reopened->caseload()) == by_id(h.workspace.caseload()));
  CHECK(reopened->caseload().demo);
}

TEST_CASE("a wrong passphrase is refused with a clear message, and can be retried") {
  Harness h;
  REQUIRE(h.create(small_demo()).ok());
  h.lock();
  const Status wrong = h.unlock("maple river lantern 43");
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.error().message == "the passphrase does not open this vault");
  CHECK(h.workspace.phase() == WorkspacePhase::kLocked);
  CHECK(h.workspace.caseload().students.empty());
  CHECK(h.unlock().ok());
  CHECK(h.workspace.caseload().students.size() == 5);
}

TEST_CASE("storage holds only ciphertext: no name, id or typed text in any stored byte") {
  Harness h;
  Caseload demo = small_demo();
  demo.students[0].notes.push_back({fixtures::meta(900), d("2026-11-20"), "Grandmother prefers calls after 5pm"});
  REQUIRE(h.create(demo).ok());
  for (const auto& [key, value] : h.storage.contents()) {
    for (const auto& s : demo.students) {
      CHECK_FALSE(contains(value, s.first_name));
      CHECK_FALSE(contains(value, s.last_name));
      CHECK_FALSE(contains(value, s.meta.id.str()));
      CHECK(key.find(s.meta.id.str()) == std::string::npos);
      CHECK_FALSE(contains(value, std::string_view(reinterpret_cast<const char*>(s.meta.id.bytes.data()), 16)));
    }
    CHECK_FALSE(contains(value, "Grandmother prefers"));
    CHECK_FALSE(contains(value, "student/"));
  }
}

TEST_CASE("an edit writes one record, proportional to the edit, not the caseload") {
  Harness h;
  REQUIRE(h.create(generate_demo_caseload({200, 3, d("2026-11-23"), "federal"})).ok());
  const auto before = h.storage.contents();
  Student s = *h.workspace.find_student(h.workspace.caseload().students[17].meta.id);
  s.notes.push_back({h.workspace.new_meta(), d("2026-11-23"), "Called about the meeting"});
  h.workspace.update_student(s);
  CHECK(h.workspace.save_status().state == SaveState::kSaved);
  int changed = 0;
  for (const auto& [key, value] : h.storage.contents()) changed += !before.contains(key) || before.at(key) != value;
  CHECK(changed == 1);
  CHECK(h.storage.contents().size() == before.size());
}

TEST_CASE("tampered or swapped records are detected, naming the damage") {
  Harness h;
  REQUIRE(h.create(small_demo()).ok());
  h.lock();
  auto& contents = h.storage.contents();
  std::vector<std::string> record_keys;
  for (const auto& [key, value] : contents) {
    if (key != "meta") record_keys.push_back(key);
  }
  REQUIRE(record_keys.size() >= 3);

  SUBCASE("a flipped bit in a record") {
    contents[record_keys[1]][40] ^= 0x01;
    const Status s = h.unlock();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.find("damaged or was altered") != std::string::npos);
    CHECK(s.error().where == record_keys[1]);
  }
  SUBCASE("two records swapped between keys") {
    std::swap(contents[record_keys[0]], contents[record_keys[2]]);
    REQUIRE_FALSE(h.unlock().ok());
  }
  SUBCASE("a truncated record") {
    contents[record_keys[0]].resize(10);
    REQUIRE_FALSE(h.unlock().ok());
  }
  SUBCASE("a damaged vault header") {
    contents["meta"] = to_bytes("{\"format\": \"caseload-vault\", \"schema_");
    const Status s = h.unlock();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.find("vault header") != std::string::npos);
  }
  SUBCASE("a vault from a newer version") {
    auto meta = parse_json(std::string(contents["meta"].begin(), contents["meta"].end())).value();
    meta["schema_version"] = 7;
    contents["meta"] = to_bytes(dump_json(meta));
    const Status s = h.unlock();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.find("newer version of Caseload") != std::string::npos);
  }
  CHECK(h.workspace.phase() == WorkspacePhase::kLocked);
}

TEST_CASE("changing the passphrase rewrites only the vault header") {
  Harness h;
  REQUIRE(h.create(small_demo()).ok());
  const auto before = h.storage.contents();
  Status changed = make_error("not called");
  h.workspace.change_passphrase(kPassphrase, "new passphrase for spring", test_kdf_params(), [&](Status s) { changed = s; });
  REQUIRE(changed.ok());
  for (const auto& [key, value] : h.storage.contents()) {
    if (key == "meta") CHECK(value != before.at(key));
    else CHECK(value == before.at(key));
  }
  Status wrong_current = make_error("not called");
  h.workspace.change_passphrase("not it", "x y z w", test_kdf_params(), [&](Status s) { wrong_current = s; });
  CHECK_FALSE(wrong_current.ok());
  h.lock();
  CHECK_FALSE(h.unlock().ok());
  CHECK(h.unlock("new passphrase for spring").ok());
}

TEST_CASE("a failed save keeps the edit, says why, and succeeds on retry; lock waits for it") {
  Harness h;
  REQUIRE(h.create(small_demo()).ok());
  Student s = h.workspace.caseload().students[0];
  s.first_name = "Renamed";
  h.storage.fail_next_commit({StorageFailure::kQuotaExceeded, "storage is full"});
  h.workspace.update_student(s);
  SaveStatus status = h.workspace.save_status();
  CHECK(status.state == SaveState::kFailed);
  REQUIRE(status.error);
  CHECK(status.error->kind == StorageFailure::kQuotaExceeded);
  CHECK(status.pending_records == 1);
  CHECK(h.workspace.caseload().students[0].first_name == "Renamed");  // nothing lost
  h.workspace.retry_save();
  CHECK(h.workspace.save_status().state == SaveState::kSaved);
  auto reopened = h.reopen();
  reopened->unlock(kPassphrase, [](Status) {});
  CHECK(reopened->find_student(s.meta.id)->first_name == "Renamed");

  // Locking with a failing save keeps the edit in memory (and the vault open).
  s.first_name = "Again";
  h.storage.fail_next_commit({StorageFailure::kQuotaExceeded, "storage is full"});
  h.workspace.update_student(s);
  h.storage.fail_next_commit({StorageFailure::kQuotaExceeded, "storage is full"});
  h.lock();
  CHECK(h.workspace.phase() == WorkspacePhase::kUnlocked);
  CHECK(h.workspace.find_student(s.meta.id)->first_name == "Again");
  h.lock();
  CHECK(h.workspace.phase() == WorkspacePhase::kLocked);
}

TEST_CASE("removing a student deletes its record; replacing the caseload is one commit") {
  Harness h;
  REQUIRE(h.create(small_demo()).ok());
  const std::size_t records = h.storage.contents().size();
  const Uuid gone = h.workspace.caseload().students[2].meta.id;
  h.workspace.remove_student(gone);
  CHECK(h.storage.contents().size() == records - 1);
  CHECK(h.workspace.find_student(gone) == nullptr);
  const int commits = h.storage.commits();
  h.workspace.replace_caseload(generate_demo_caseload({12, 8, d("2026-11-23"), "kansas"}));
  CHECK(h.storage.commits() == commits + 1);
  h.lock();
  REQUIRE(h.unlock().ok());
  CHECK(h.workspace.caseload().students.size() == 12);
  CHECK(h.workspace.caseload().settings.rule_profile == "kansas");
}

TEST_CASE("the app record (preferences, drafts) is sealed and restored") {
  Harness h;
  REQUIRE(h.create().ok());
  h.workspace.put_app_record({{"draft", {{"note", "Half-typed note"}}}, {"lock_minutes", 15}});
  h.lock();
  REQUIRE(h.unlock().ok());
  CHECK(h.workspace.app_record()["draft"]["note"] == "Half-typed note");
}

TEST_CASE("undo takes edits back newest first, and saves the result") {
  Harness h;
  REQUIRE(h.create(small_demo()).ok());
  const Uuid id = h.workspace.caseload().students[0].meta.id;
  const std::string original = h.workspace.find_student(id)->first_name;
  Student s = *h.workspace.find_student(id);
  s.first_name = "Edited";
  h.workspace.update_student(s);
  Student added = fixtures::student();
  added.meta = h.workspace.new_meta();
  added.first_name = "Added";
  h.workspace.add_student(added);
  CHECK(h.workspace.caseload().students.size() == 6);
  REQUIRE(h.workspace.can_undo());
  CHECK(h.workspace.undo_description() == "adding A. P.");
  h.workspace.undo();
  CHECK(h.workspace.caseload().students.size() == 5);
  CHECK(h.workspace.find_student(added.meta.id) == nullptr);
  h.workspace.undo();
  CHECK(h.workspace.find_student(id)->first_name == original);
  CHECK_FALSE(h.workspace.can_undo());
  CHECK(h.workspace.save_status().state == SaveState::kSaved);
  h.lock();
  REQUIRE(h.unlock().ok());
  CHECK(h.workspace.find_student(id)->first_name == original);
  CHECK(h.workspace.caseload().students.size() == 5);
}
