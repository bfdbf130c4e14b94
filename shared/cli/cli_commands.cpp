// The table of commands; each command's implementation lives in its own cli_<name>.cpp.
#include "cli/cli_command.hpp"

namespace caseload::cli {

int run_check_json(Args args, CliStreams io);

const std::vector<CliCommand>& all_commands() {
  static const std::vector<CliCommand> commands = {
      {"check-json", "check-json FILE", "Check that FILE is well-formed JSON; report where it is not.",
       run_check_json},
  };
  return commands;
}

}  // namespace caseload::cli
