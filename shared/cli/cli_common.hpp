// Steps several commands share: loading a caseload file and resolving the rule profile it uses
// (or the one named with --profile / read with --profile-file).
#pragma once

#include <string>

#include "caseload/caseload.hpp"
#include "caseload/result.hpp"
#include "caseload/rule_profile.hpp"
#include "cli/cli_args.hpp"

namespace caseload::cli {

Result<Caseload> load_caseload_file(const std::string& path);
Result<RuleProfile> profile_for(const ParsedArgs& args, const CaseloadSettings& settings);

// Prints "caseload: <message>" and returns kExitFailure (or kExitUsage).
int fail(CliStreams io, const Error& error, int code = kExitFailure);

}  // namespace caseload::cli
