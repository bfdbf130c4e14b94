#include "cli/cli_common.hpp"

#include <ostream>

#include "caseload/caseload_json.hpp"
#include "cli/file_text.hpp"

namespace caseload::cli {

Result<Caseload> load_caseload_file(const std::string& path) {
  auto text = read_file_text(path);
  if (!text) return text.error();
  auto caseload = load_caseload(*text);
  if (!caseload) return make_error(caseload.error().message, path);
  return caseload;
}

Result<RuleProfile> profile_for(const ParsedArgs& args, const CaseloadSettings& settings) {
  if (const auto file = args.option("--profile-file")) {
    auto text = read_file_text(*file);
    if (!text) return text.error();
    auto profile = parse_rule_profile(*text);
    if (!profile) return make_error(profile.error().message, *file);
    return resolve_profile(*profile, settings);
  }
  return resolve_profile(args.option("--profile").value_or(settings.rule_profile), settings);
}

int fail(CliStreams io, const Error& error, int code) {
  io.err << "caseload: " << error.describe() << '\n';
  return code;
}

}  // namespace caseload::cli
