#include "caseload/csv_values.hpp"

#include <cctype>
#include <charconv>

namespace caseload {
namespace {

std::optional<int> whole(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

std::string lower(std::string_view text) {
  std::string out;
  for (unsigned char c : text) out += static_cast<char>(std::tolower(c));
  return out;
}

}  // namespace

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::optional<Date> parse_csv_date(std::string_view raw) {
  const std::string text = trimmed(raw);
  if (auto iso = parse_date(text)) return iso;
  const auto slash1 = text.find('/');
  const auto slash2 = text.find('/', slash1 == std::string::npos ? 0 : slash1 + 1);
  if (slash1 == std::string::npos || slash2 == std::string::npos) return std::nullopt;
  const auto month = whole(std::string_view(text).substr(0, slash1));
  const auto day = whole(std::string_view(text).substr(slash1 + 1, slash2 - slash1 - 1));
  auto year = whole(std::string_view(text).substr(slash2 + 1));
  if (!month || !day || !year) return std::nullopt;
  if (text.size() - slash2 - 1 == 2) *year += 2000;
  if (*year < 1900 || *year > 2200 || *month < 1 || *month > 12 || *day < 1 || *day > 31) return std::nullopt;
  const Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                  std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<bool> parse_yes_no(std::string_view raw) {
  const std::string text = lower(trimmed(raw));
  if (text == "y" || text == "yes" || text == "true" || text == "1" || text == "x") return true;
  if (text == "n" || text == "no" || text == "false" || text == "0" || text.empty()) return false;
  return std::nullopt;
}

std::string header_key(std::string_view header) {
  std::string out;
  for (unsigned char c : header) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

}  // namespace caseload
