// Caseload bundles: how data leaves the device. A bundle is an age v1 file (age.hpp) whose
// plaintext is a versioned JSON document (format "caseload-bundle"): a manifest (format version,
// app version, export time, who exported, what is included) and the records. A backup holds the
// whole caseload with its settings; a transfer holds selected students for a receiving case
// manager. Anyone with the standard `age` tool and the key or passphrase can open one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/age.hpp"
#include "caseload/caseload.hpp"

namespace caseload {

inline constexpr int kBundleSchemaVersion = 1;
inline constexpr std::size_t kMaxBundleBytes = 256u << 20;  // larger files are refused unread
inline constexpr int kMaxBundleJsonDepth = 32;

enum class BundleKind { kBackup, kTransfer };
inline constexpr EnumEntry<BundleKind> kBundleKinds[] = {
    {BundleKind::kBackup, "backup", "Backup of the whole caseload"},
    {BundleKind::kTransfer, "transfer", "Transfer of selected students"},
};
constexpr std::span<const EnumEntry<BundleKind>> enum_entries(BundleKind) { return kBundleKinds; }

struct BundleManifest {
  int format_version = kBundleSchemaVersion;
  std::string app_version;
  Timestamp exported_at{};
  std::string exported_by;
  BundleKind kind = BundleKind::kBackup;
  int student_count = 0;
  bool includes_settings = false;
};

struct BundleContents {
  BundleManifest manifest;
  std::optional<CaseloadSettings> settings;
  bool demo = false;
  std::vector<Student> students;
};

// Builds the contents: every student (backup, with settings) or the selected ones (transfer).
BundleContents make_bundle(const Caseload& caseload, BundleKind kind, const std::vector<Uuid>& selected,
                           Timestamp now);
std::string bundle_to_json_text(const BundleContents& contents);
// Checks size, nesting depth, format and version; validates every record.
Result<BundleContents> bundle_from_json_text(std::string_view text);

Result<Bytes> seal_bundle(const BundleContents& contents, const AgeEncryptOptions& options);
// Decrypts and reads; errors say which step failed (code: AgeFailure, or 0 for the contents).
Result<BundleContents> open_bundle(std::span<const std::uint8_t> file, const AgeDecryptKeys& keys);

// "caseload-2026-11-23.age" for a backup; "transfer-W.D-2026-11-23.age" style for a transfer
// (initials only: file names travel in e-mail and download folders).
std::string bundle_file_name(const BundleContents& contents, Date today, bool armored = false);

}  // namespace caseload
