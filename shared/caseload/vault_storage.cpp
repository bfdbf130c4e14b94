#include "caseload/vault_storage.hpp"

namespace caseload {
namespace {

constexpr std::uint8_t kPut = 1;
constexpr std::uint8_t kDelete = 2;
// A single record larger than this is not something Caseload writes: refuse rather than
// allocate whatever a damaged length field says.
constexpr std::uint32_t kMaxValueBytes = 64u << 20;

void put_u32(Bytes& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void put_text(Bytes& out, std::string_view text) {
  put_u32(out, static_cast<std::uint32_t>(text.size()));
  out.insert(out.end(), text.begin(), text.end());
}

class Reader {
 public:
  Reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool u8(std::uint8_t& v) {
    if (at_ + 1 > size_) return false;
    v = data_[at_++];
    return true;
  }
  bool u32(std::uint32_t& v) {
    if (at_ + 4 > size_) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(data_[at_ + i]) << (8 * i);
    at_ += 4;
    return true;
  }
  bool bytes(std::uint32_t length, const std::uint8_t*& out) {
    if (length > size_ - at_) return false;
    out = data_ + at_;
    at_ += length;
    return true;
  }
  bool done() const { return at_ == size_; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

}  // namespace

std::size_t WriteBatch::byte_size() const {
  std::size_t total = 0;
  for (const auto& put : puts) total += put.key.size() + put.value.size();
  for (const auto& key : deletes) total += key.size();
  return total;
}

void MemoryStorage::load_all(LoadDone done) {
  std::vector<StoredRecord> records;
  for (const auto& [key, value] : records_) records.push_back({key, value});
  done(std::move(records), std::nullopt);
}

void MemoryStorage::commit(WriteBatch batch, CommitDone done) {
  if (next_failure_) {
    auto failure = std::move(next_failure_);
    next_failure_.reset();
    done(std::move(failure));
    return;
  }
  for (auto& put : batch.puts) records_[put.key] = std::move(put.value);
  for (const auto& key : batch.deletes) records_.erase(key);
  ++commits_;
  done(std::nullopt);
}

Bytes encode_batch(const WriteBatch& batch) {
  Bytes out;
  out.reserve(16 + batch.byte_size() + 9 * (batch.puts.size() + batch.deletes.size()));
  put_u32(out, static_cast<std::uint32_t>(batch.puts.size() + batch.deletes.size()));
  for (const auto& put : batch.puts) {
    out.push_back(kPut);
    put_text(out, put.key);
    put_u32(out, static_cast<std::uint32_t>(put.value.size()));
    out.insert(out.end(), put.value.begin(), put.value.end());
  }
  for (const auto& key : batch.deletes) {
    out.push_back(kDelete);
    put_text(out, key);
    put_u32(out, 0);
  }
  return out;
}

Result<WriteBatch> decode_batch(const std::uint8_t* data, std::size_t size) {
  Reader in(data, size);
  std::uint32_t count = 0;
  if (!in.u32(count) || count > size) return make_error("stored data is damaged (bad record count)");
  WriteBatch batch;
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint8_t kind = 0;
    std::uint32_t key_size = 0, value_size = 0;
    const std::uint8_t* key = nullptr;
    const std::uint8_t* value = nullptr;
    if (!in.u8(kind) || !in.u32(key_size) || key_size > 4096 || !in.bytes(key_size, key) || !in.u32(value_size)
        || value_size > kMaxValueBytes || !in.bytes(value_size, value) || (kind != kPut && kind != kDelete)) {
      return make_error("stored data is damaged (record " + std::to_string(i) + ")");
    }
    std::string key_text(reinterpret_cast<const char*>(key), key_size);
    if (kind == kPut) {
      batch.puts.push_back({std::move(key_text), Bytes(value, value + value_size)});
    } else {
      batch.deletes.push_back(std::move(key_text));
    }
  }
  if (!in.done()) return make_error("stored data is damaged (trailing bytes)");
  return batch;
}

}  // namespace caseload
