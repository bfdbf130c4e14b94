// Entry point of the `caseload` command-line tool: dispatches to the command table.
#include <iostream>
#include <string_view>
#include <vector>

#include "caseload/version.hpp"
#include "cli/cli_command.hpp"

namespace {

using caseload::cli::all_commands;

void print_help(std::ostream& out) {
  out << caseload::kProductName << ' ' << caseload::kVersion
      << ": a special-education case manager's offline cockpit (command-line tool)\n\n"
      << "Usage: caseload COMMAND [ARGS...]\n"
      << "       caseload --version | --help\n\nCommands:\n";
  for (const auto& command : all_commands()) {
    out << "  " << command.usage << "\n      " << command.summary << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_help(std::cerr);
    return caseload::cli::kExitUsage;
  }
  const std::string_view first = args.front();
  if (first == "--help" || first == "-h" || first == "help") {
    print_help(std::cout);
    return caseload::cli::kExitOk;
  }
  if (first == "--version" || first == "-V" || first == "version") {
    std::cout << caseload::kProductName << ' ' << caseload::kVersion << '\n';
    return caseload::cli::kExitOk;
  }
  for (const auto& command : all_commands()) {
    if (command.name == first) {
      return command.run({args.data() + 1, args.size() - 1}, {std::cout, std::cerr});
    }
  }
  std::cerr << "caseload: unknown command '" << first << "' (see caseload --help)\n";
  return caseload::cli::kExitUsage;
}
