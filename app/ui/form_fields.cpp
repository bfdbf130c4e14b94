#include "ui/form_fields.hpp"

#include <cctype>
#include <charconv>
#include <cstdlib>

#include "ui/controls.hpp"

namespace caseload::app::ui {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

const char* required_error(const std::string& text, bool required) {
  return required && trimmed(text).empty() ? "required" : nullptr;
}

}  // namespace

std::optional<Date> parse_form_date(const std::string& text) { return parse_user_date(trimmed(text)); }

std::optional<TimeOfDay> parse_form_time(const std::string& text) {
  std::string t = trimmed(text);
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool pm = false, am = false;
  if (t.size() > 2 && (t.substr(t.size() - 2) == "pm" || t.substr(t.size() - 2) == "am")) {
    pm = t.substr(t.size() - 2) == "pm";
    am = !pm;
    t = trimmed(t.substr(0, t.size() - 2));
  }
  const auto colon = t.find(':');
  int hours = 0, minutes = 0;
  const std::string h = t.substr(0, colon);
  const std::string m = colon == std::string::npos ? "0" : t.substr(colon + 1);
  if (h.empty() || h.size() > 2 || m.size() > 2 || m.empty()) return std::nullopt;
  if (std::from_chars(h.data(), h.data() + h.size(), hours).ec != std::errc() ||
      std::from_chars(m.data(), m.data() + m.size(), minutes).ec != std::errc()) {
    return std::nullopt;
  }
  if (am || pm) {
    if (hours < 1 || hours > 12) return std::nullopt;
    hours = hours % 12 + (pm ? 12 : 0);
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  return TimeOfDay{hours * 60 + minutes};
}

std::optional<int> parse_form_int(const std::string& text) {
  const std::string t = trimmed(text);
  int value = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_form_double(const std::string& text) {
  const std::string t = trimmed(text);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(t.c_str(), &end);
  if (end != t.c_str() + t.size()) return std::nullopt;
  return value;
}

std::string date_text(const std::optional<Date>& date) { return date ? format_date(*date) : std::string(); }
std::string time_text(const std::optional<TimeOfDay>& time) {
  return time ? format_time_of_day(*time) : std::string();
}

bool date_field(const char* label, std::string& text, bool required, float width) {
  const char* error = required_error(text, required);
  if (!error && !trimmed(text).empty() && !parse_form_date(text)) error = "use a date like 11/23/2026";
  text_field(label, text, "MM/DD/YYYY", trimmed(text).empty() && required ? nullptr : error, width);
  return error == nullptr;
}

bool time_field(const char* label, std::string& text, bool required, float width) {
  const char* error = required_error(text, required);
  if (!error && !trimmed(text).empty() && !parse_form_time(text)) error = "use a time like 14:30 or 2:30 pm";
  text_field(label, text, "HH:MM", trimmed(text).empty() && required ? nullptr : error, width);
  return error == nullptr;
}

bool whole_number_field(const char* label, std::string& text, int min, int max, bool required, float width) {
  const char* error = required_error(text, required);
  static std::string range;
  if (!error && !trimmed(text).empty()) {
    const auto value = parse_form_int(text);
    if (!value || *value < min || *value > max) {
      range = "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
      error = range.c_str();
    }
  }
  text_field(label, text, nullptr, trimmed(text).empty() && required ? nullptr : error, width);
  return error == nullptr;
}

bool decimal_field(const char* label, std::string& text, bool required, float width) {
  const char* error = required_error(text, required);
  if (!error && !trimmed(text).empty() && !parse_form_double(text)) error = "a number, like 42 or 3.5";
  text_field(label, text, nullptr, trimmed(text).empty() && required ? nullptr : error, width);
  return error == nullptr;
}

bool required_text_field(const char* label, std::string& text, const char* hint, float width) {
  text_field(label, text, hint, nullptr, width);
  return !trimmed(text).empty();
}

}  // namespace caseload::app::ui
