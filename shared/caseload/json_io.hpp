// Reading JSON text at the edge of the core: malformed text becomes an Error with the line and
// column, never an exception escaping into the caller.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "caseload/result.hpp"

namespace caseload {

using Json = nlohmann::json;

// Parses a complete JSON document. Rejects trailing garbage and duplicate-free checks are left to
// validators. `what` names the document in messages ("caseload file", "rule profile").
Result<Json> parse_json(std::string_view text, std::string_view what = "document");

// Serializes with stable key order (nlohmann keeps keys sorted), two-space indent when pretty.
std::string dump_json(const Json& document, bool pretty = false);

}  // namespace caseload
