// The command-line tool's command table: each command registers a name, a usage line, a one-line
// summary and a run function. `caseload --help` is generated from this table, so a command that
// is not implemented cannot be listed.
#pragma once

#include <iosfwd>
#include <span>
#include <string_view>
#include <vector>

namespace caseload::cli {

struct CliStreams {
  std::ostream& out;
  std::ostream& err;
};

using Args = std::span<const std::string_view>;

struct CliCommand {
  std::string_view name;
  std::string_view usage;    // e.g. "deadlines FILE [--today YYYY-MM-DD]"
  std::string_view summary;  // one line for --help
  int (*run)(Args args, CliStreams io);
};

// Every command known to the tool, in the order --help lists them.
const std::vector<CliCommand>& all_commands();

// Exit codes shared by all commands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command ran and found a problem (bad file, overdue...)
inline constexpr int kExitUsage = 2;    // the command line itself is wrong

}  // namespace caseload::cli
