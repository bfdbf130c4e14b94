#include "caseload/bundle.hpp"

#include <algorithm>
#include <set>

#include "caseload/caseload_checks.hpp"
#include "caseload/caseload_json.hpp"
#include "caseload/hkdf.hpp"
#include "caseload/record_fields.hpp"
#include "caseload/schema_migration.hpp"
#include "caseload/version.hpp"

namespace caseload {

template <class V, Is<BundleManifest> T>
void describe(V& v, T& r) {
  v("format_version", r.format_version, Need::kRequired);
  v("app_version", r.app_version);
  v("exported_at", r.exported_at, Need::kRequired);
  v("exported_by", r.exported_by);
  v("kind", r.kind, Need::kRequired);
  v("student_count", r.student_count, Need::kRequired);
  v("includes_settings", r.includes_settings);
}

namespace {

constexpr std::string_view kBundleFormat = "caseload-bundle";

// Nesting depth of a JSON text, found without parsing it (nlohmann/json recurses per level, so a
// hostile file of a million '[' must be refused before it is parsed).
int json_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

Error contents_error(std::string message, std::string where = {}) {
  return make_error("the bundle opened, but its contents cannot be used: " + std::move(message), std::move(where));
}

}  // namespace

BundleContents make_bundle(const Caseload& caseload, BundleKind kind, const std::vector<Uuid>& selected,
                           Timestamp now) {
  BundleContents contents;
  contents.manifest.app_version = kVersion;
  contents.manifest.exported_at = now;
  contents.manifest.exported_by = caseload.settings.case_manager.name;
  contents.manifest.kind = kind;
  contents.demo = caseload.demo;
  const std::set<Uuid> wanted(selected.begin(), selected.end());
  for (const auto& student : caseload.students) {
    if (kind == BundleKind::kBackup || wanted.contains(student.meta.id)) contents.students.push_back(student);
  }
  if (kind == BundleKind::kBackup) {
    contents.settings = caseload.settings;
    contents.manifest.includes_settings = true;
  }
  contents.manifest.student_count = static_cast<int>(contents.students.size());
  return contents;
}

std::string bundle_to_json_text(const BundleContents& contents) {
  Json document = {{"format", std::string(kBundleFormat)}, {"schema_version", kBundleSchemaVersion},
                   {"manifest", to_json_value(contents.manifest)}, {"students", to_json_value(contents.students)}};
  if (contents.settings) document["settings"] = settings_to_json(*contents.settings);
  if (contents.demo) document["demo"] = true;
  return dump_json(document);
}

Result<BundleContents> bundle_from_json_text(std::string_view text) {
  if (text.size() > kMaxBundleBytes) return contents_error("it is larger than Caseload accepts");
  if (json_depth(text) > kMaxBundleJsonDepth) return contents_error("its data is nested too deeply");
  auto parsed = parse_json(text, "bundle contents");
  if (!parsed) return contents_error(parsed.error().message, parsed.error().where);
  Json& document = *parsed;
  if (!document.is_object() || !document.contains("format") || document["format"] != std::string(kBundleFormat)) {
    return contents_error("it is an age file, but not a Caseload bundle");
  }
  if (Status migrated = migrate_document(document, kBundleSchemaVersion, {}, "bundle"); !migrated) {
    return contents_error(migrated.error().message, migrated.error().where);
  }
  ValidationReport report;
  BundleContents contents;
  std::string format;
  int version = 0;
  FieldReader reader(document, "", report);
  reader("format", format, Need::kRequired);
  reader("schema_version", version, Need::kRequired);
  reader("manifest", contents.manifest, Need::kRequired);
  reader("settings", contents.settings);
  reader("demo", contents.demo);
  reader("students", contents.students, Need::kRequired);
  reader.finish();
  std::set<Uuid> ids;
  for (std::size_t i = 0; i < contents.students.size(); ++i) {
    const std::string path = "/students/" + std::to_string(i);
    if (!ids.insert(contents.students[i].meta.id).second) report.error(path + "/id", "two students have the same id");
    check_student(contents.students[i], path, report);
  }
  if (contents.settings) check_settings(*contents.settings, "/settings", report);
  if (contents.manifest.student_count != static_cast<int>(contents.students.size())) {
    report.error("/manifest/student_count", "does not match the students in the bundle (it may be incomplete)");
  }
  if (report.has_errors()) return contents_error(report.summary());
  return contents;
}

Result<Bytes> seal_bundle(const BundleContents& contents, const AgeEncryptOptions& options) {
  std::string text = bundle_to_json_text(contents);
  auto sealed = age_encrypt(as_bytes(text), options);
  wipe(text);
  return sealed;
}

Result<BundleContents> open_bundle(std::span<const std::uint8_t> file, const AgeDecryptKeys& keys) {
  if (file.size() > kMaxBundleBytes + (kMaxBundleBytes / 64)) {
    return make_error("this file is larger than a Caseload bundle can be (" + std::to_string(file.size() >> 20) +
                      " MB)");
  }
  auto plaintext = age_decrypt(file, keys);
  if (!plaintext) return plaintext.error();
  const std::string_view text(reinterpret_cast<const char*>(plaintext->data()), plaintext->size());
  auto contents = bundle_from_json_text(text);
  wipe(*plaintext);
  return contents;
}

std::string bundle_file_name(const BundleContents& contents, Date today, bool armored) {
  const std::string extension = armored ? ".age.txt" : ".age";
  if (contents.manifest.kind == BundleKind::kBackup) return "caseload-" + format_date(today) + extension;
  std::string who;
  for (std::size_t i = 0; i < contents.students.size() && i < 3; ++i) {
    std::string letters;
    for (const char c : initials(contents.students[i])) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letters += c;
    }
    who += (who.empty() ? "" : "-") + (letters.empty() ? std::string("X") : letters);
  }
  if (contents.students.size() > 3) who += "-and-" + std::to_string(contents.students.size() - 3);
  return "transfer-" + (who.empty() ? std::string("none") : who) + "-" + format_date(today) + extension;
}

}  // namespace caseload
