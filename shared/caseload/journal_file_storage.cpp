#include "caseload/journal_file_storage.hpp"

#include <sodium.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace caseload {
namespace {

constexpr char kHeader[8] = {'C', 'L', 'J', 'R', 'N', 'L', '0', '1'};
constexpr std::uint32_t kFrameMagic = 0x52464C43;  // "CLFR"
constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kFrameHead = 8 + kHashBytes;

std::uint32_t read_u32(const std::uint8_t* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8
         | static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

void write_u32(Bytes& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

Bytes make_frame(const Bytes& payload) {
  Bytes frame;
  frame.reserve(kFrameHead + payload.size());
  write_u32(frame, kFrameMagic);
  write_u32(frame, static_cast<std::uint32_t>(payload.size()));
  std::uint8_t hash[kHashBytes];
  crypto_generichash(hash, kHashBytes, payload.data(), payload.size(), nullptr, 0);
  frame.insert(frame.end(), hash, hash + kHashBytes);
  frame.insert(frame.end(), payload.begin(), payload.end());
  return frame;
}

Status write_all(const std::string& path, const char* mode, const Bytes& data, std::size_t limit) {
  std::FILE* file = std::fopen(path.c_str(), mode);
  if (!file) return make_error("cannot open the vault file for writing", path);
  const std::size_t count = std::min(limit, data.size());
  const bool wrote = std::fwrite(data.data(), 1, count, file) == count;
  const bool flushed = std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
  std::fclose(file);
  if (count < data.size()) return make_error("write interrupted (simulated crash)", path);
  if (!wrote || !flushed) return make_error("could not write the vault file (disk full?)", path);
  return Status::success();
}

void apply(std::map<std::string, Bytes>& live, WriteBatch batch) {
  for (auto& put : batch.puts) live[put.key] = std::move(put.value);
  for (const auto& key : batch.deletes) live.erase(key);
}

}  // namespace

std::size_t JournalFileStorage::file_size() const {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path_, ec);
  return ec ? 0 : static_cast<std::size_t>(size);
}

Status JournalFileStorage::replay() {
  live_.clear();
  valid_end_ = 0;
  loaded_ = true;
  std::ifstream in(path_, std::ios::binary);
  if (!in) return Status::success();  // no file yet: an empty vault store
  const Bytes data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (data.size() < sizeof kHeader) return Status::success();  // torn header: nothing committed
  if (!std::equal(kHeader, kHeader + sizeof kHeader, data.begin())) {
    return make_error("this file is not a Caseload vault journal", path_);
  }
  std::size_t at = sizeof kHeader;
  valid_end_ = at;
  while (data.size() - at >= kFrameHead) {
    const std::uint32_t length = read_u32(&data[at + 4]);
    if (read_u32(&data[at]) != kFrameMagic || length > data.size() - at - kFrameHead) break;
    const std::uint8_t* payload = &data[at + kFrameHead];
    std::uint8_t hash[kHashBytes];
    crypto_generichash(hash, kHashBytes, payload, length, nullptr, 0);
    if (sodium_memcmp(hash, &data[at + 8], kHashBytes) != 0) break;
    auto batch = decode_batch(payload, length);
    if (!batch) break;
    apply(live_, std::move(*batch));
    at += kFrameHead + length;
    valid_end_ = at;
  }
  return Status::success();
}

void JournalFileStorage::load_all(LoadDone done) {
  if (Status status = replay(); !status) {
    done({}, StorageError{StorageFailure::kCorrupt, status.error().describe()});
    return;
  }
  std::vector<StoredRecord> records;
  for (const auto& [key, value] : live_) records.push_back({key, value});
  done(std::move(records), std::nullopt);
}

Status JournalFileStorage::append(const Bytes& frame) {
  const std::size_t limit = crash_after_.value_or(frame.size());
  crash_after_.reset();
  if (valid_end_ == 0) {  // a new file: header and first frame together
    Bytes first(kHeader, kHeader + sizeof kHeader);
    first.insert(first.end(), frame.begin(), frame.end());
    return write_all(path_, "wb", first, limit == frame.size() ? first.size() : limit);
  }
  std::error_code ec;
  if (file_size() != valid_end_) std::filesystem::resize_file(path_, valid_end_, ec);  // torn tail
  if (ec) return make_error("cannot repair the end of the vault file: " + ec.message(), path_);
  return write_all(path_, "ab", frame, limit);
}

Status JournalFileStorage::compact_if_large() {
  std::size_t live_bytes = 0;
  for (const auto& [key, value] : live_) live_bytes += key.size() + value.size();
  if (valid_end_ < 4 * live_bytes + (256u << 10)) return Status::success();
  WriteBatch everything;
  for (const auto& [key, value] : live_) everything.puts.push_back({key, value});
  Bytes file(kHeader, kHeader + sizeof kHeader);
  const Bytes frame = make_frame(encode_batch(everything));
  file.insert(file.end(), frame.begin(), frame.end());
  const std::string temp = path_ + ".compact";
  if (Status written = write_all(temp, "wb", file, file.size()); !written) return written;
  std::error_code ec;
  std::filesystem::rename(temp, path_, ec);
  if (ec) return make_error("cannot replace the vault file after compaction: " + ec.message(), path_);
  valid_end_ = file.size();
  return Status::success();
}

void JournalFileStorage::commit(WriteBatch batch, CommitDone done) {
  if (!loaded_) {
    if (Status status = replay(); !status) {
      done(StorageError{StorageFailure::kCorrupt, status.error().describe()});
      return;
    }
  }
  const Bytes frame = make_frame(encode_batch(batch));
  if (Status written = append(frame); !written) {
    loaded_ = false;  // re-read the file before the next attempt
    done(StorageError{StorageFailure::kOther, written.error().describe()});
    return;
  }
  valid_end_ += (valid_end_ == 0 ? sizeof kHeader : 0) + frame.size();
  apply(live_, std::move(batch));
  // A failed compaction leaves the (valid) journal in place; it is retried on a later commit.
  (void)compact_if_large();
  done(std::nullopt);
}

}  // namespace caseload
