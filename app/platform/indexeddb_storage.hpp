// VaultStorage on the browser's IndexedDB, through the JS bridge (web/vault_store.js). Requests
// go out with an id; the exported completion functions below route the answer back to the
// waiting callback on a later frame.
#pragma once

#include <map>

#include "caseload/vault_storage.hpp"

namespace caseload::app {

class IndexedDbStorage final : public VaultStorage {
 public:
  IndexedDbStorage();
  ~IndexedDbStorage() override;

  void load_all(LoadDone done) override;
  void commit(WriteBatch batch, CommitDone done) override;

  struct Timings {
    double last_load_ms = 0;
    std::size_t last_load_bytes = 0;
    double last_commit_ms = 0;
    std::size_t last_commit_bytes = 0;
    int commits = 0;
  };
  const Timings& timings() const { return timings_; }

  // Called from the exported completion functions.
  void finish_load(int request, const std::uint8_t* data, std::size_t size, int failure, const char* message);
  void finish_commit(int request, int failure, const char* message);

 private:
  int next_request_ = 1;
  std::map<int, LoadDone> loads_;
  std::map<int, CommitDone> commits_;
  std::map<int, double> started_;
  Timings timings_;
};

StorageError storage_error_from_code(int code, const char* message);

}  // namespace caseload::app
