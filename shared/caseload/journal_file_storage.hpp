// Vault storage in one local file, for the command-line tool and native tests: an append-only
// journal. Each commit appends one frame (magic, length, BLAKE2b-256 of the payload, payload =
// encode_batch) and is flushed and fsync'd before it reports success. Reading replays frames in
// order and stops at the first frame that is incomplete or fails its checksum, so a write cut
// short at any byte leaves the state of the previous commit; the next commit first cuts that
// torn tail off. When the file grows past a few times its live data, it is compacted into a new
// file that replaces the old one by rename (atomic on POSIX file systems).
//
// Known limitation: one process at a time (no file locking); the browser app uses IndexedDB.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "caseload/vault_storage.hpp"

namespace caseload {

class JournalFileStorage final : public VaultStorage {
 public:
  explicit JournalFileStorage(std::string path) : path_(std::move(path)) {}

  void load_all(LoadDone done) override;
  void commit(WriteBatch batch, CommitDone done) override;

  // Test hook: the next commit writes only this many bytes of its frame, then fails as if the
  // process had died (nothing after is written, the file is left as it is).
  void crash_next_commit_after(std::size_t bytes) { crash_after_ = bytes; }
  std::size_t file_size() const;

 private:
  Status replay();
  Status append(const Bytes& frame);
  Status compact_if_large();

  std::string path_;
  std::map<std::string, Bytes> live_;
  std::size_t valid_end_ = 0;  // file offset after the last good frame
  bool loaded_ = false;
  std::optional<std::size_t> crash_after_;
};

}  // namespace caseload
