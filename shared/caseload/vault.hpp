// The encrypted vault: how a caseload is laid out as sealed records in a VaultStorage.
//
// Layout (per-record storage, so one edit writes one student, never the whole caseload):
//   "meta"      plaintext JSON, non-secret: format, vault schema version, Argon2id parameters and
//               salt, the wrapped data key, creation time.
//   "r.<hash>"  one sealed record per logical key: "settings", "student/<uuid>", "app" (the
//               app's preferences and unsaved drafts). The hash hides the logical key.
// A record's plaintext is an envelope {"key": logical key, "schema_version": caseload schema,
// "body": ...}; opening checks that the envelope names the key it is stored under.
// Crypto details: vault_crypto.hpp. Atomicity: each commit is one storage transaction.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "caseload/dates.hpp"
#include "caseload/json_io.hpp"
#include "caseload/result.hpp"
#include "caseload/vault_crypto.hpp"
#include "caseload/vault_storage.hpp"

namespace caseload {

inline constexpr int kVaultSchemaVersion = 1;
inline constexpr std::string_view kVaultMetaKey = "meta";

struct VaultMeta {
  int schema_version = kVaultSchemaVersion;
  KdfParams kdf;
  Bytes wrapped_key;
  Timestamp created{};
};

// Opened records: logical key -> {record schema version, body}.
struct OpenedRecord {
  int schema_version = 0;
  Json body;
};
using OpenedRecords = std::map<std::string, OpenedRecord, std::less<>>;

class Vault {
 public:
  // A new vault with a random data key; the batch writes its meta record.
  static Result<Vault> create(std::string_view passphrase, KdfParams params, Timestamp now, WriteBatch& batch);
  static bool exists(const std::vector<StoredRecord>& records);
  // Reads and migrates the meta record.
  static Result<VaultMeta> read_meta(const std::vector<StoredRecord>& records);
  // Derives the key (about a second) and unwraps the data key.
  static Result<Vault> unlock(const VaultMeta& meta, std::string_view passphrase);

  // Opens every sealed record. Any damaged or altered record fails the whole open, naming it.
  Result<OpenedRecords> open_all(const std::vector<StoredRecord>& records) const;
  StoredRecord seal(std::string_view logical_key, const Json& body, int schema_version) const;
  std::string storage_key(std::string_view logical_key) const { return storage_key_for(keys_, logical_key); }

  // Rewraps the data key under a new passphrase: one record written, nothing re-encrypted.
  Result<WriteBatch> change_passphrase(std::string_view new_passphrase, KdfParams params);
  const VaultMeta& meta() const { return meta_; }

 private:
  Vault(VaultMeta meta, SecretKey data_key);
  StoredRecord meta_record() const;

  VaultMeta meta_;
  SecretKey data_key_;
  VaultKeys keys_;
};

}  // namespace caseload
