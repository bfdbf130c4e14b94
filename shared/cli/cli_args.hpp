// Command-line arguments of one command: positional values and "--name value" options, checked
// against what the command accepts so a typo is an error, not a silently ignored flag.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "caseload/dates.hpp"
#include "caseload/result.hpp"
#include "cli/cli_command.hpp"

namespace caseload::cli {

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> options;

  std::optional<std::string> option(std::string_view name) const;
  // The --today option as a date; today's date on this computer if absent.
  Result<Date> today() const;
  Result<int> integer(std::string_view name, int fallback, int min, int max) const;
};

// `flags` are options without a value (for example "--pretty").
Result<ParsedArgs> parse_args(Args args, const std::set<std::string, std::less<>>& options_with_value,
                              const std::set<std::string, std::less<>>& flags = {});

Date system_today();

}  // namespace caseload::cli
