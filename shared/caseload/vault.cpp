#include "caseload/vault.hpp"

#include <algorithm>

#include "caseload/schema_migration.hpp"

namespace caseload {
namespace {

constexpr std::string_view kVaultFormat = "caseload-vault";
constexpr std::string_view kKdfAlgorithm = "argon2id13";

Json meta_to_json(const VaultMeta& meta) {
  return {{"format", std::string(kVaultFormat)},
          {"schema_version", meta.schema_version},
          {"kdf", {{"algorithm", std::string(kKdfAlgorithm)},
                   {"opslimit", meta.kdf.opslimit},
                   {"memlimit", meta.kdf.memlimit},
                   {"salt", to_base64(meta.kdf.salt)}}},
          {"wrapped_key", to_base64(meta.wrapped_key)},
          {"created", format_timestamp(meta.created)}};
}

Result<VaultMeta> meta_from_json(Json json) {
  if (!json.is_object() || json.value("format", "") != kVaultFormat) {
    return make_error("the stored vault header is not a Caseload vault");
  }
  // No earlier vault format exists yet; steps are added here when the layout changes.
  if (Status migrated = migrate_document(json, kVaultSchemaVersion, {}, "vault"); !migrated) return migrated.error();
  try {
    VaultMeta meta;
    meta.schema_version = json.at("schema_version").get<int>();
    const Json& kdf = json.at("kdf");
    if (kdf.at("algorithm").get<std::string>() != kKdfAlgorithm) {
      return make_error("the vault uses a key algorithm this version does not know");
    }
    meta.kdf.opslimit = kdf.at("opslimit").get<std::uint64_t>();
    meta.kdf.memlimit = kdf.at("memlimit").get<std::size_t>();
    auto salt = from_base64(kdf.at("salt").get<std::string>());
    auto wrapped = from_base64(json.at("wrapped_key").get<std::string>());
    auto created = parse_timestamp(json.at("created").get<std::string>());
    if (!salt || !wrapped || !created) return make_error("the stored vault header is damaged");
    meta.kdf.salt = std::move(*salt);
    meta.wrapped_key = std::move(*wrapped);
    meta.created = *created;
    return meta;
  } catch (const Json::exception&) {
    return make_error("the stored vault header is damaged");
  }
}

const StoredRecord* find(const std::vector<StoredRecord>& records, std::string_view key) {
  const auto it = std::find_if(records.begin(), records.end(), [&](const StoredRecord& r) { return r.key == key; });
  return it == records.end() ? nullptr : &*it;
}

}  // namespace

Vault::Vault(VaultMeta meta, SecretKey data_key)
    : meta_(std::move(meta)), data_key_(std::move(data_key)), keys_(derive_vault_keys(data_key_)) {}

Result<Vault> Vault::create(std::string_view passphrase, KdfParams params, Timestamp now, WriteBatch& batch) {
  if (Status ready = crypto_init(); !ready) return ready.error();
  auto kek = derive_key_from_passphrase(passphrase, params);
  if (!kek) return kek.error();
  SecretKey data_key = random_key();
  VaultMeta meta;
  meta.kdf = std::move(params);
  meta.wrapped_key = wrap_key(data_key, *kek);
  meta.created = now;
  Vault vault(std::move(meta), std::move(data_key));
  batch.puts.push_back(vault.meta_record());
  return vault;
}

bool Vault::exists(const std::vector<StoredRecord>& records) { return find(records, kVaultMetaKey) != nullptr; }

Result<VaultMeta> Vault::read_meta(const std::vector<StoredRecord>& records) {
  const StoredRecord* record = find(records, kVaultMetaKey);
  if (!record) return make_error("there is no vault in this browser yet");
  const std::string_view text(reinterpret_cast<const char*>(record->value.data()), record->value.size());
  auto json = parse_json(text, "vault header");
  if (!json) return json.error();
  return meta_from_json(std::move(*json));
}

Result<Vault> Vault::unlock(const VaultMeta& meta, std::string_view passphrase) {
  if (Status ready = crypto_init(); !ready) return ready.error();
  auto kek = derive_key_from_passphrase(passphrase, meta.kdf);
  if (!kek) return kek.error();
  auto data_key = unwrap_key(meta.wrapped_key, *kek);
  if (!data_key) return data_key.error();
  return Vault(meta, std::move(*data_key));
}

Result<OpenedRecords> Vault::open_all(const std::vector<StoredRecord>& records) const {
  OpenedRecords opened;
  for (const auto& record : records) {
    if (record.key == kVaultMetaKey) continue;
    auto plaintext = open_record(keys_, record.key, record.value);
    if (!plaintext) return plaintext.error();
    auto envelope = parse_json(*plaintext, "vault record");
    wipe(*plaintext);
    if (!envelope || !envelope->is_object() || !envelope->contains("key") || !envelope->contains("body")
        || !(*envelope)["key"].is_string() || !(*envelope)["schema_version"].is_number_integer()) {
      return make_error("a record of the vault is damaged", record.key);
    }
    const std::string logical = (*envelope)["key"].get<std::string>();
    if (storage_key(logical) != record.key) {
      return make_error("a record of the vault is stored under the wrong key", record.key);
    }
    opened[logical] = {(*envelope)["schema_version"].get<int>(), std::move((*envelope)["body"])};
  }
  return opened;
}

StoredRecord Vault::seal(std::string_view logical_key, const Json& body, int schema_version) const {
  const std::string key = storage_key(logical_key);
  std::string plaintext =
      dump_json({{"key", std::string(logical_key)}, {"schema_version", schema_version}, {"body", body}});
  StoredRecord record{key, seal_record(keys_, key, plaintext)};
  wipe(plaintext);
  return record;
}

StoredRecord Vault::meta_record() const {
  const std::string text = dump_json(meta_to_json(meta_));
  return {std::string(kVaultMetaKey), to_bytes(text)};
}

Result<WriteBatch> Vault::change_passphrase(std::string_view new_passphrase, KdfParams params) {
  auto kek = derive_key_from_passphrase(new_passphrase, params);
  if (!kek) return kek.error();
  meta_.kdf = std::move(params);
  meta_.wrapped_key = wrap_key(data_key_, *kek);
  WriteBatch batch;
  batch.puts.push_back(meta_record());
  return batch;
}

}  // namespace caseload
