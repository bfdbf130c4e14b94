// Typed form fields over the text a person types: dates, times and numbers are checked as they
// are typed and the message shows under the field. Each returns whether the text is acceptable;
// the parse_* functions turn accepted text into values.
#pragma once

#include <optional>
#include <string>

#include "caseload/dates.hpp"

namespace caseload::app::ui {

bool date_field(const char* label, std::string& text, bool required, float width = -1.0f);
bool time_field(const char* label, std::string& text, bool required, float width = -1.0f);
bool whole_number_field(const char* label, std::string& text, int min, int max, bool required, float width = -1.0f);
bool decimal_field(const char* label, std::string& text, bool required, float width = -1.0f);
bool required_text_field(const char* label, std::string& text, const char* hint = nullptr, float width = -1.0f);

std::optional<Date> parse_form_date(const std::string& text);  // nullopt for blank or invalid
std::optional<TimeOfDay> parse_form_time(const std::string& text);  // "14:30", "2:30 pm"
std::optional<int> parse_form_int(const std::string& text);
std::optional<double> parse_form_double(const std::string& text);

std::string date_text(const std::optional<Date>& date);  // "" or "2026-11-23"
std::string time_text(const std::optional<TimeOfDay>& time);

}  // namespace caseload::app::ui
