#include "caseload/ics_calendar.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "caseload/record_enums.hpp"

namespace caseload {
namespace {

std::string ics_date(Date date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

std::string ics_local_time(Date date, int minutes) {
  const Date day = add_days(date, minutes / 1440);
  minutes %= 1440;
  char text[16];
  std::snprintf(text, sizeof text, "T%02d%02d00", minutes / 60, minutes % 60);
  return ics_date(day) + text;
}

std::string ics_utc(Timestamp time) {
  const auto day = std::chrono::floor<std::chrono::days>(time);
  const auto seconds = (time - day).count();
  char text[16];
  std::snprintf(text, sizeof text, "T%02d%02d%02dZ", static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60),
                static_cast<int>(seconds % 60));
  return ics_date(Date{day}) + text;
}

// 64-bit FNV-1a: a short opaque UID that stays the same from one export to the next.
std::string stable_hash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  char out[20];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

class IcsWriter {
 public:
  void line(std::string_view text) { out_ += ics_fold(text) + "\r\n"; }
  void text(std::string_view name, std::string_view value) { line(std::string(name) + ":" + ics_escape(value)); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

bool is_monitoring(DeadlineKind kind) {
  return kind == DeadlineKind::kStaleProgressData || kind == DeadlineKind::kParentContact;
}

std::string deadline_uid(const Deadline& d) {
  const std::string key = d.student_id.str() + "|" + std::string(d.rule_id()) + "|" + d.subject + "|" +
                          (d.source.record_id ? d.source.record_id->str() : "") + "|" + d.source.period_id;
  return "deadline-" + stable_hash(key) + "@caseload.app";
}

void write_deadline(IcsWriter& w, const Deadline& d, const Student& s, const std::string& stamp) {
  w.line("BEGIN:VEVENT");
  w.line("UID:" + deadline_uid(d));
  w.line("DTSTAMP:" + stamp);
  w.line("DTSTART;VALUE=DATE:" + ics_date(d.due));
  w.line("DTEND;VALUE=DATE:" + ics_date(add_days(d.due, 1)));
  w.text("SUMMARY", initials(s) + ": " + d.title() + " due");
  std::string description = d.title() + " due " + format_date_long(d.due) + ".";
  if (d.status == DeadlineStatus::kOverdue) description += " OVERDUE.";
  if (!d.basis.empty()) description += "\n" + d.basis;
  if (!d.citation().empty()) description += "\n" + std::string(d.citation());
  w.text("DESCRIPTION", description);
  w.line("CATEGORIES:Caseload deadline");
  w.line("TRANSP:TRANSPARENT");
  w.line("END:VEVENT");
}

void write_meeting(IcsWriter& w, const Meeting& m, const Student& s, const std::string& stamp) {
  w.line("BEGIN:VEVENT");
  w.line("UID:meeting-" + m.meta.id.str() + "@caseload.app");
  w.line("DTSTAMP:" + stamp);
  if (m.time) {
    w.line("DTSTART:" + ics_local_time(m.date, m.time->minutes));
    w.line("DTEND:" + ics_local_time(m.date, m.time->minutes + std::max(m.duration_minutes, 5)));
  } else {
    w.line("DTSTART;VALUE=DATE:" + ics_date(m.date));
    w.line("DTEND;VALUE=DATE:" + ics_date(add_days(m.date, 1)));
  }
  w.text("SUMMARY", initials(s) + ": " + std::string(to_label(m.type)) + " meeting");
  if (m.is_virtual) w.text("LOCATION", "Virtual" + (m.location.empty() ? "" : ": " + m.location));
  else if (!m.location.empty()) w.text("LOCATION", m.location);
  if (m.status == MeetingStatus::kHeld) w.line("STATUS:CONFIRMED");
  w.line("CATEGORIES:Caseload meeting");
  w.line("END:VEVENT");
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      continue;  // control characters are not allowed in TEXT
    } else {
      out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;  // the UTF-8 sequence starting at i is never split
    const auto lead = static_cast<unsigned char>(line[i]);
    if (lead >= 0xF0) length = 4;
    else if (lead >= 0xE0) length = 3;
    else if (lead >= 0xC0) length = 2;
    length = std::min(length, line.size() - i);
    if (width + length > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, length));
    width += length;
    i += length;
  }
  return out;
}

std::string caseload_ics(const Caseload& caseload, const std::vector<Deadline>& deadlines, Timestamp now,
                         const IcsOptions& options) {
  const std::string stamp = ics_utc(now);
  IcsWriter w;
  w.line("BEGIN:VCALENDAR");
  w.line("VERSION:2.0");
  w.line("PRODID:-//Caseload//Caseload deadlines//EN");
  w.line("CALSCALE:GREGORIAN");
  w.line("METHOD:PUBLISH");
  w.text("X-WR-CALNAME", "Caseload deadlines");
  std::map<Uuid, const Student*> students;
  for (const auto& s : caseload.students) students[s.meta.id] = &s;
  for (const auto& d : deadlines) {
    if (d.status == DeadlineStatus::kDone || (!options.monitoring_reminders && is_monitoring(d.kind))) continue;
    const auto s = students.find(d.student_id);
    if (s != students.end()) write_deadline(w, d, *s->second, stamp);
  }
  if (options.meetings) {
    for (const auto& s : caseload.students) {
      for (const auto& m : s.meetings) {
        if (m.status != MeetingStatus::kCancelled) write_meeting(w, m, s, stamp);
      }
    }
  }
  w.line("END:VCALENDAR");
  return w.take();
}

}  // namespace caseload
