#include "cli/cli_args.hpp"

#include <chrono>
#include <charconv>

namespace caseload::cli {

std::optional<std::string> ParsedArgs::option(std::string_view name) const {
  const auto found = options.find(name);
  if (found == options.end()) return std::nullopt;
  return found->second;
}

Result<Date> ParsedArgs::today() const {
  const auto text = option("--today");
  if (!text) return system_today();
  if (auto date = parse_date(*text)) return *date;
  return make_error("--today must be a date as YYYY-MM-DD, not '" + *text + "'");
}

Result<int> ParsedArgs::integer(std::string_view name, int fallback, int min, int max) const {
  const auto text = option(name);
  if (!text) return fallback;
  int value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max) {
    return make_error(std::string(name) + " must be a whole number from " + std::to_string(min) + " to "
                      + std::to_string(max) + ", not '" + *text + "'");
  }
  return value;
}

Result<ParsedArgs> parse_args(Args args, const std::set<std::string, std::less<>>& options_with_value,
                              const std::set<std::string, std::less<>>& flags) {
  ParsedArgs parsed;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg.size() < 2 || arg.substr(0, 2) != "--") {
      parsed.positional.emplace_back(arg);
    } else if (flags.contains(arg)) {
      parsed.options.emplace(std::string(arg), "");
    } else if (options_with_value.contains(arg)) {
      if (i + 1 == args.size()) return make_error(std::string(arg) + " needs a value");
      parsed.options.insert_or_assign(std::string(arg), std::string(args[++i]));
    } else {
      return make_error("unknown option " + std::string(arg));
    }
  }
  return parsed;
}

Date system_today() {
  // The local calendar day: a case manager's "today" is the school's day, not UTC's.
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  return Date{std::chrono::year{local.tm_year + 1900},
              std::chrono::month{static_cast<unsigned>(local.tm_mon + 1)},
              std::chrono::day{static_cast<unsigned>(local.tm_mday)}};
}

}  // namespace caseload::cli
