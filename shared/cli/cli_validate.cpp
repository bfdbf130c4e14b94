// `caseload validate FILE`: every problem of a caseload file, with its place, and a non-zero exit
// if the file is invalid.
#include <ostream>

#include "caseload/caseload_json.hpp"
#include "cli/cli_args.hpp"
#include "cli/cli_common.hpp"
#include "cli/file_text.hpp"

namespace caseload::cli {

int run_validate(Args raw, CliStreams io) {
  auto args = parse_args(raw, {});
  if (!args || args->positional.size() != 1) {
    return fail(io, args ? make_error("usage: caseload validate FILE") : args.error(), kExitUsage);
  }
  const std::string& path = args->positional[0];
  auto text = read_file_text(path);
  if (!text) return fail(io, text.error());
  auto parsed = parse_json(*text, "caseload file");
  if (!parsed) {
    io.out << path << ": ERROR " << parsed.error().describe() << '\n';
    return kExitFailure;
  }
  const CaseloadDocument document = read_caseload_document(std::move(*parsed));
  for (const auto& problem : document.report.problems()) {
    io.out << path << ": " << (problem.severity == Severity::kError ? "ERROR " : "WARNING ")
           << (problem.path.empty() ? "/" : problem.path) << ": " << problem.message << '\n';
  }
  const std::size_t errors = document.report.error_count();
  const std::size_t warnings = document.report.problems().size() - errors;
  io.out << path << ": " << (errors ? "invalid" : "valid") << " (" << document.caseload.students.size()
         << " students, " << errors << " errors, " << warnings << " warnings)\n";
  return errors ? kExitFailure : kExitOk;
}

}  // namespace caseload::cli
