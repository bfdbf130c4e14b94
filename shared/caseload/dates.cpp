#include "caseload/dates.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace caseload {
namespace {

using namespace std::chrono;

// Parses exactly `count` ASCII digits at `text[at]`; -1 if any is not a digit.
int digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

Date clamp_to_month(year y, month m, unsigned wanted_day) {
  const unsigned month_end = static_cast<unsigned>(year_month_day_last{y / m / std::chrono::last}.day());
  return Date{y, m, day{wanted_day <= month_end ? wanted_day : month_end}};
}

}  // namespace

Date add_years_clamped(Date date, int years) {
  return clamp_to_month(date.year() + std::chrono::years{years}, date.month(),
                        static_cast<unsigned>(date.day()));
}

Date add_months_clamped(Date date, int months) {
  const year_month shifted = year_month{date.year(), date.month()} + std::chrono::months{months};
  return clamp_to_month(shifted.year(), shifted.month(), static_cast<unsigned>(date.day()));
}

int age_on(Date birth, Date on) {
  int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  const auto birthday_md = month_day{birth.month(), birth.day()};
  const auto on_md = month_day{on.month(), on.day()};
  if (on_md < birthday_md) --age;
  return age;
}

Date week_start(Date date) {
  const sys_days days = day_number(date);
  const unsigned iso = weekday{days}.iso_encoding();  // Monday = 1 ... Sunday = 7
  return Date{days - std::chrono::days{iso - 1}};
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
  if (y < 1900 || y > 2200 || m < 1 || d < 1) return std::nullopt;
  const Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

// Written by hand, not with snprintf: the engine formats a date for every deadline it explains.
std::optional<Date> parse_user_date(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (auto iso = parse_date(text)) return iso;
  // M/D/YYYY or M/D/YY
  const auto first = text.find('/');
  const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  const auto m_text = text.substr(0, first), d_text = text.substr(first + 1, second - first - 1),
             y_text = text.substr(second + 1);
  if (m_text.empty() || m_text.size() > 2 || d_text.empty() || d_text.size() > 2
      || (y_text.size() != 4 && y_text.size() != 2)) {
    return std::nullopt;
  }
  const int m = digits(m_text, 0, m_text.size()), d = digits(d_text, 0, d_text.size());
  int y = digits(y_text, 0, y_text.size());
  if (m < 1 || d < 1 || y < 0) return std::nullopt;
  if (y_text.size() == 2) y += 2000;
  const Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok() || y < 1900 || y > 2200) return std::nullopt;
  return date;
}

std::string format_date(Date date) {
  const int y = static_cast<int>(date.year());
  const auto m = static_cast<unsigned>(date.month());
  const auto d = static_cast<unsigned>(date.day());
  std::string text(10, '-');
  text[0] = static_cast<char>('0' + y / 1000 % 10);
  text[1] = static_cast<char>('0' + y / 100 % 10);
  text[2] = static_cast<char>('0' + y / 10 % 10);
  text[3] = static_cast<char>('0' + y % 10);
  text[5] = static_cast<char>('0' + m / 10);
  text[6] = static_cast<char>('0' + m % 10);
  text[8] = static_cast<char>('0' + d / 10);
  text[9] = static_cast<char>('0' + d % 10);
  return text;
}

std::string format_date_long(Date date) {
  static constexpr std::array<const char*, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%s, %s %u, %d",
                kDays[weekday_of(date).c_encoding()],
                kMonths[static_cast<unsigned>(date.month()) - 1],
                static_cast<unsigned>(date.day()), static_cast<int>(date.year()));
  return buffer.data();
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const int h = digits(text, 0, 2), m = digits(text, 3, 2);
  if (h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
  return TimeOfDay{h * 60 + m};
}

std::string format_time_of_day(TimeOfDay time) {
  const int minutes = std::clamp(time.minutes, 0, 24 * 60 - 1);
  std::array<char, 8> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%02u:%02u", static_cast<unsigned>(minutes / 60) % 24u,
                static_cast<unsigned>(minutes % 60));
  return buffer.data();
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fff]Z
  if (text.size() < 20 || text[10] != 'T' || text.back() != 'Z') return std::nullopt;
  const auto date = parse_date(text.substr(0, 10));
  const int h = digits(text, 11, 2), m = digits(text, 14, 2), s = digits(text, 17, 2);
  if (!date || text[13] != ':' || text[16] != ':' || h < 0 || h > 23 || m < 0 || m > 59 || s < 0
      || s > 60) {
    return std::nullopt;
  }
  if (text.size() > 20) {
    if (text[19] != '.' || text.size() == 21) return std::nullopt;
    for (std::size_t i = 20; i + 1 < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
    }
  }
  return Timestamp{day_number(*date) + hours{h} + minutes{m} + seconds{s}};
}

std::string format_timestamp(Timestamp time) {
  const auto days = floor<std::chrono::days>(time);
  const hh_mm_ss clock{time - days};
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%sT%02d:%02d:%02dZ",
                format_date(Date{days}).c_str(), static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
  return buffer.data();
}

}  // namespace caseload
