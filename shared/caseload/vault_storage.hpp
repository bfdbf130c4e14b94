// Where the vault's bytes live, behind a small asynchronous interface so the same vault logic
// runs natively (MemoryStorage in tests, JournalFileStorage for the CLI) and in the browser
// (IndexedDB through the JS bridge, app/platform/indexeddb_storage.*).
//
// The store is a map from storage key to bytes. load_all() reads everything; commit() applies a
// batch of puts and deletes atomically: all of it or none of it, durably, before `done` reports
// success. Completion callbacks may run immediately (native) or later (browser); callers must
// not assume either.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "caseload/result.hpp"
#include "caseload/secret_bytes.hpp"

namespace caseload {

struct StoredRecord {
  std::string key;
  Bytes value;
};

struct WriteBatch {
  std::vector<StoredRecord> puts;
  std::vector<std::string> deletes;

  bool empty() const { return puts.empty() && deletes.empty(); }
  std::size_t byte_size() const;
};

// Why a storage operation failed, so the app can say what to do.
enum class StorageFailure { kNone, kQuotaExceeded, kUnavailable, kLockLost, kCorrupt, kOther };

struct StorageError {
  StorageFailure kind = StorageFailure::kOther;
  std::string message;
};

class VaultStorage {
 public:
  using LoadDone = std::function<void(std::vector<StoredRecord> records, std::optional<StorageError> error)>;
  using CommitDone = std::function<void(std::optional<StorageError> error)>;

  virtual ~VaultStorage() = default;
  virtual void load_all(LoadDone done) = 0;
  virtual void commit(WriteBatch batch, CommitDone done) = 0;
};

// In memory, synchronous. fail_next_commit() makes the next commit fail without changing anything.
class MemoryStorage final : public VaultStorage {
 public:
  void load_all(LoadDone done) override;
  void commit(WriteBatch batch, CommitDone done) override;

  void fail_next_commit(StorageError error) { next_failure_ = std::move(error); }
  const std::map<std::string, Bytes>& contents() const { return records_; }
  std::map<std::string, Bytes>& contents() { return records_; }
  int commits() const { return commits_; }

 private:
  std::map<std::string, Bytes> records_;
  std::optional<StorageError> next_failure_;
  int commits_ = 0;
};

// The byte layout used to hand records and batches across the JS bridge and into the journal:
// u32 count, then per entry u8 kind (1 put, 2 delete), u32 key length, key, u32 value length, value.
// All integers little-endian.
Bytes encode_batch(const WriteBatch& batch);
Result<WriteBatch> decode_batch(const std::uint8_t* data, std::size_t size);

}  // namespace caseload
