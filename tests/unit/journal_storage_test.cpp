#include "caseload/journal_file_storage.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "caseload/ids.hpp"

using namespace caseload;

namespace {

std::string temp_path(const char* name) {
  const auto dir = std::filesystem::temp_directory_path() / "caseload-journal-test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::filesystem::remove(path);
  return path.string();
}

std::map<std::string, Bytes> load(const std::string& path) {
  JournalFileStorage storage(path);
  std::map<std::string, Bytes> out;
  storage.load_all([&](std::vector<StoredRecord> records, std::optional<StorageError> error) {
    REQUIRE_FALSE(error);
    for (auto& r : records) out[r.key] = std::move(r.value);
  });
  return out;
}

WriteBatch batch_of(int n) {
  WriteBatch batch;
  for (int i = 0; i < 3; ++i) {
    batch.puts.push_back({"k" + std::to_string((n + i) % 5), Bytes(static_cast<std::size_t>(40 + n * 7 + i), static_cast<std::uint8_t>(n))});
  }
  if (n % 3 == 2) batch.deletes.push_back("k" + std::to_string(n % 5));
  return batch;
}

void apply_batch(std::map<std::string, Bytes>& state, const WriteBatch& batch) {
  for (const auto& put : batch.puts) state[put.key] = put.value;
  for (const auto& key : batch.deletes) state.erase(key);
}

}  // namespace

TEST_CASE("the journal replays committed batches in order") {
  const std::string path = temp_path("replay.journal");
  std::map<std::string, Bytes> expected;
  {
    JournalFileStorage storage(path);
    for (int n = 0; n < 6; ++n) {
      const WriteBatch batch = batch_of(n);
      apply_batch(expected, batch);
      bool ok = false;
      storage.commit(batch, [&](std::optional<StorageError> e) { ok = !e; });
      REQUIRE(ok);
    }
  }
  CHECK(load(path) == expected);
}

TEST_CASE("a write interrupted at any byte leaves the previous state, and the next commit repairs the tail") {
  const std::string path = temp_path("crash.journal");
  std::map<std::string, Bytes> committed;
  for (int n = 0; n < 3; ++n) {
    JournalFileStorage storage(path);
    const WriteBatch batch = batch_of(n);
    storage.commit(batch, [](std::optional<StorageError> e) { REQUIRE_FALSE(e); });
    apply_batch(committed, batch);
  }
  const std::size_t good_size = JournalFileStorage(path).file_size();
  const WriteBatch next = batch_of(3);
  const std::size_t frame_size = encode_batch(next).size() + 40;
  for (std::size_t cut = 0; cut < frame_size; ++cut) {
    std::filesystem::resize_file(path, good_size);
    JournalFileStorage storage(path);
    storage.crash_next_commit_after(cut);
    bool failed = false;
    storage.commit(next, [&](std::optional<StorageError> e) { failed = e.has_value(); });
    REQUIRE(failed);
    REQUIRE(load(path) == committed);  // the torn frame is ignored
  }
  // After a crash, the next process appends after the last good frame.
  JournalFileStorage storage(path);
  storage.commit(next, [](std::optional<StorageError> e) { REQUIRE_FALSE(e); });
  apply_batch(committed, next);
  CHECK(load(path) == committed);
}

TEST_CASE("a crash while creating the file leaves an empty store") {
  const std::string path = temp_path("new.journal");
  JournalFileStorage storage(path);
  storage.crash_next_commit_after(5);
  storage.commit(batch_of(0), [](std::optional<StorageError>) {});
  CHECK(load(path).empty());
}

TEST_CASE("flipped bits in the journal stop the replay at the damaged frame") {
  const std::string path = temp_path("flip.journal");
  std::map<std::string, Bytes> first;
  {
    JournalFileStorage storage(path);
    storage.commit(batch_of(0), [](std::optional<StorageError>) {});
    apply_batch(first, batch_of(0));
    storage.commit(batch_of(1), [](std::optional<StorageError>) {});
  }
  const std::size_t size = JournalFileStorage(path).file_size();
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(static_cast<std::streamoff>(size - 3));
  file.put('\x7f');
  file.close();
  CHECK(load(path) == first);
}

TEST_CASE("a file that is not a journal is reported, not read") {
  const std::string path = temp_path("other.journal");
  std::ofstream(path) << "hello, this is a letter";
  JournalFileStorage storage(path);
  std::optional<StorageError> error;
  storage.load_all([&](std::vector<StoredRecord>, std::optional<StorageError> e) { error = e; });
  REQUIRE(error);
  CHECK(error->kind == StorageFailure::kCorrupt);
}

TEST_CASE("compaction keeps the live records and shrinks the file") {
  const std::string path = temp_path("compact.journal");
  JournalFileStorage storage(path);
  const Bytes big(20'000, 0xAB);
  for (int i = 0; i < 200; ++i) {
    WriteBatch batch;
    batch.puts.push_back({"same-key", big});
    storage.commit(std::move(batch), [](std::optional<StorageError> e) { REQUIRE_FALSE(e); });
  }
  CHECK(storage.file_size() < 400'000);  // 200 versions would be 4 MB without compaction
  const auto state = load(path);
  REQUIRE(state.size() == 1);
  CHECK(state.at("same-key") == big);
}

TEST_CASE("the batch wire format rejects damaged input") {
  WriteBatch batch;
  batch.puts.push_back({"a", {1, 2, 3}});
  batch.deletes.push_back("b");
  const Bytes wire = encode_batch(batch);
  auto back = decode_batch(wire.data(), wire.size());
  REQUIRE(back.ok());
  CHECK(back->puts[0].value == Bytes{1, 2, 3});
  CHECK(back->deletes == std::vector<std::string>{"b"});
  for (std::size_t cut = 0; cut < wire.size(); ++cut) CHECK_FALSE(decode_batch(wire.data(), cut).ok());
  Bytes huge = wire;
  huge[0] = 0xFF;
  CHECK_FALSE(decode_batch(huge.data(), huge.size()).ok());
}
