#include "caseload/schema_migration.hpp"

namespace caseload {

Status migrate_document(Json& document, int current_version, std::span<const Migration> steps,
                        std::string_view what) {
  const std::string name(what);
  if (!document.is_object()) return make_error("the " + name + " is not a JSON object");
  const auto version_field = document.find("schema_version");
  if (version_field == document.end() || !version_field->is_number_integer()) {
    return make_error("the " + name + " has no schema version; it was not written by Caseload",
                      "/schema_version");
  }
  int version = version_field->get<int>();
  if (version > current_version) {
    return make_error("the " + name + " was written by a newer version of Caseload (format "
                          + std::to_string(version) + "; this version reads up to "
                          + std::to_string(current_version) + "). Update Caseload to open it.",
                      "/schema_version");
  }
  if (version < 1) return make_error("the " + name + " has an invalid schema version", "/schema_version");
  while (version < current_version) {
    const Migration* step = nullptr;
    for (const auto& candidate : steps) {
      if (candidate.from_version == version) step = &candidate;
    }
    if (!step) {
      return make_error("no upgrade from format " + std::to_string(version) + " of the " + name,
                        "/schema_version");
    }
    if (Status status = step->apply(document); !status) return status;
    ++version;
    document["schema_version"] = version;
  }
  return Status::success();
}

}  // namespace caseload
