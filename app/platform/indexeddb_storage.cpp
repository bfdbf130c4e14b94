#include "platform/indexeddb_storage.hpp"

#include <cstdlib>

#include "platform/browser_bridge.hpp"

extern "C" {
void caseload_bridge_store_load(int request);
void caseload_bridge_store_commit(int request, const std::uint8_t* data, std::size_t size);
}

namespace caseload::app {
namespace {
IndexedDbStorage* g_storage = nullptr;
}

StorageError storage_error_from_code(int code, const char* message) {
  static constexpr StorageFailure kKinds[] = {StorageFailure::kNone, StorageFailure::kQuotaExceeded,
                                              StorageFailure::kUnavailable, StorageFailure::kLockLost,
                                              StorageFailure::kCorrupt, StorageFailure::kOther};
  const StorageFailure kind = code >= 0 && code <= 5 ? kKinds[code] : StorageFailure::kOther;
  return {kind, message ? message : "storage error"};
}

IndexedDbStorage::IndexedDbStorage() { g_storage = this; }
IndexedDbStorage::~IndexedDbStorage() { g_storage = nullptr; }

void IndexedDbStorage::load_all(LoadDone done) {
  const int request = next_request_++;
  loads_[request] = std::move(done);
  started_[request] = bridge::perf_ms();
  caseload_bridge_store_load(request);
}

void IndexedDbStorage::commit(WriteBatch batch, CommitDone done) {
  const int request = next_request_++;
  commits_[request] = std::move(done);
  const Bytes wire = encode_batch(batch);
  started_[request] = bridge::perf_ms();
  timings_.last_commit_bytes = wire.size();
  caseload_bridge_store_commit(request, wire.data(), wire.size());
}

void IndexedDbStorage::finish_load(int request, const std::uint8_t* data, std::size_t size, int failure,
                                   const char* message) {
  const auto found = loads_.find(request);
  if (found == loads_.end()) return;
  LoadDone done = std::move(found->second);
  loads_.erase(found);
  timings_.last_load_ms = bridge::perf_ms() - started_[request];
  timings_.last_load_bytes = size;
  started_.erase(request);
  if (failure != 0) {
    done({}, storage_error_from_code(failure, message));
    return;
  }
  auto batch = decode_batch(data, size);
  if (!batch) {
    done({}, StorageError{StorageFailure::kCorrupt, batch.error().describe()});
    return;
  }
  done(std::move(batch->puts), std::nullopt);
}

void IndexedDbStorage::finish_commit(int request, int failure, const char* message) {
  const auto found = commits_.find(request);
  if (found == commits_.end()) return;
  CommitDone done = std::move(found->second);
  commits_.erase(found);
  timings_.last_commit_ms = bridge::perf_ms() - started_[request];
  ++timings_.commits;
  started_.erase(request);
  if (failure != 0) {
    done(storage_error_from_code(failure, message));
  } else {
    done(std::nullopt);
  }
}

}  // namespace caseload::app

extern "C" {

void caseload_store_load_done(int request, std::uint8_t* data, int size, int failure, const char* message) {
  if (caseload::app::g_storage) {
    caseload::app::g_storage->finish_load(request, data, static_cast<std::size_t>(size), failure, message);
  }
  std::free(data);
}

void caseload_store_commit_done(int request, int failure, const char* message) {
  if (caseload::app::g_storage) caseload::app::g_storage->finish_commit(request, failure, message);
}

}  // extern "C"
