// `caseload check-json FILE`: the smallest useful check of a hand-edited or exported file.
#include <ostream>
#include <string>

#include "caseload/json_io.hpp"
#include "cli/cli_command.hpp"
#include "cli/file_text.hpp"

namespace caseload::cli {

int run_check_json(Args args, CliStreams io) {
  if (args.size() != 1) {
    io.err << "usage: caseload check-json FILE\n";
    return kExitUsage;
  }
  const std::string path(args[0]);
  auto text = read_file_text(path);
  if (!text) {
    io.err << "caseload: " << text.error().describe() << '\n';
    return kExitFailure;
  }
  auto parsed = parse_json(*text, "file");
  if (!parsed) {
    io.err << path << ": " << parsed.error().describe() << '\n';
    return kExitFailure;
  }
  io.out << path << ": well-formed JSON\n";
  return kExitOk;
}

}  // namespace caseload::cli
