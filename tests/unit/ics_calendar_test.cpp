#include "caseload/ics_calendar.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "caseload/deadline_engine.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

std::vector<std::string> physical_lines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t at; (at = ics.find("\r\n", start)) != std::string::npos; start = at + 2) {
    lines.push_back(ics.substr(start, at - start));
  }
  CHECK(start == ics.size());  // every line ends with CRLF
  return lines;
}

// Unfolds (RFC 5545 3.1) to read the file back.
std::vector<std::string> content_lines(const std::string& ics) {
  std::vector<std::string> out;
  for (const auto& line : physical_lines(ics)) {
    if (!line.empty() && line[0] == ' ') out.back() += line.substr(1);
    else out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("ICS text escaping and folding at 75 octets without splitting UTF-8") {
  CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
  const std::string long_line = "DESCRIPTION:" + std::string(70, 'x') + "\xC3\xA9" + std::string(80, 'y');
  const std::string folded = ics_fold(long_line);
  std::size_t start = 0;
  for (std::size_t at; start < folded.size(); start = at + 2) {
    at = folded.find("\r\n", start);
    if (at == std::string::npos) at = folded.size();
    CHECK(at - start <= 75);
  }
  CHECK(folded.find("\xC3\r\n") == std::string::npos);
  std::string unfolded = folded;
  for (std::size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
  CHECK(unfolded == long_line);
}

TEST_CASE("the caseload as iCalendar: all-day deadlines, timed meetings, initials only, stable UIDs") {
  Caseload caseload;
  caseload.settings = fixtures::settings();
  Student s = fixtures::student();
  s.first_name = "Zed, \"the; kid\"";
  s.last_name = "Quartermaine";
  s.key_dates.last_iep_meeting = d("2026-03-02");
  Meeting m;
  m.meta = fixtures::meta(7);
  m.date = d("2026-12-03");
  m.time = TimeOfDay{14 * 60 + 30};
  m.duration_minutes = 45;
  m.location = "Room 12, B wing";
  s.meetings.push_back(m);
  caseload.students.push_back(s);
  const auto profile = fixtures::profile(caseload.settings);
  const auto calendar = make_calendar(caseload.settings);
  const auto deadlines = caseload_deadlines(caseload, {profile, calendar, caseload.settings, d("2026-11-23")});
  const Timestamp now = Timestamp{day_number(d("2026-11-23"))} + std::chrono::hours{15} + std::chrono::minutes{4};

  const std::string ics = caseload_ics(caseload, deadlines, now);
  const auto lines = content_lines(ics);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  CHECK(std::find(lines.begin(), lines.end(), "VERSION:2.0") != lines.end());
  CHECK(ics.find("Quartermaine") == std::string::npos);  // initials only
  CHECK(ics.find("Zed") == std::string::npos);
  CHECK(std::find(lines.begin(), lines.end(), "DTSTART:20261203T143000") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "DTEND:20261203T151500") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "LOCATION:Room 12\\, B wing") != lines.end());
  CHECK(std::find(lines.begin(), lines.end(), "DTSTAMP:20261123T150400Z") != lines.end());
  int events = 0, all_day = 0;
  for (const auto& line : lines) {
    events += line == "BEGIN:VEVENT";
    all_day += line.rfind("DTSTART;VALUE=DATE:", 0) == 0;
  }
  CHECK(all_day >= 1);  // the annual review at least
  CHECK(events == all_day + 1);
  // An export tomorrow gives the same UIDs, so calendars update instead of doubling events.
  const std::string again = caseload_ics(caseload, deadlines, now + std::chrono::hours{24});
  auto uids = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& line : content_lines(text)) {
      if (line.rfind("UID:", 0) == 0) out.push_back(line);
    }
    return out;
  };
  CHECK(uids(ics) == uids(again));
  CHECK(uids(ics).size() == static_cast<std::size_t>(events));
}
