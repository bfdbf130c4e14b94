// Bringing documents written by earlier versions of Caseload up to the current schema. Every
// document (caseload file, rule profile, bundle) carries "schema_version"; a migration step turns
// version N into N+1 in place, and steps run in order. A document from a newer version is refused
// with a message to update the app rather than being half-read.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "caseload/json_io.hpp"
#include "caseload/result.hpp"

namespace caseload {

struct Migration {
  int from_version = 0;     // the step turns this version into from_version + 1
  std::string description;  // what changed, for the release notes and logs
  std::function<Status(Json& document)> apply;
};

// Reads "schema_version", applies the steps needed to reach `current_version` and updates the
// version field. `what` names the document in messages ("caseload file").
Status migrate_document(Json& document, int current_version, std::span<const Migration> steps,
                        std::string_view what);

}  // namespace caseload
