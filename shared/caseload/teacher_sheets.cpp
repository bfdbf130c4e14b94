#include "caseload/teacher_sheets.hpp"

#include <algorithm>
#include <map>

#include "caseload/html_writer.hpp"

namespace caseload {
namespace {

std::string key_of(const StaffMember& m) {
  std::string key;
  for (const char c : m.name) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return key + "|" + m.email;
}

}  // namespace

std::vector<Teacher> teachers_of(const Caseload& caseload) {
  std::map<std::string, Teacher> by_key;
  for (const auto& student : caseload.students) {
    if (student.plan_type == PlanType::kExited) continue;
    for (const auto& member : student.staff) {
      Teacher& t = by_key[key_of(member)];
      if (t.name.empty()) {
        t.name = member.name;
        t.email = member.email;
      }
      if (!member.subject.empty() && t.subjects.find(member.subject) == std::string::npos) {
        t.subjects += (t.subjects.empty() ? "" : ", ") + member.subject;
      }
      std::optional<Date> acknowledged;
      for (const auto& ack : student.acknowledgements) {
        if (ack.staff_id == member.meta.id && ack.plan_version == student.plan_version) acknowledged = ack.date;
      }
      t.not_acknowledged += !acknowledged;
      t.students.push_back({&student, &member, acknowledged});
    }
  }
  std::vector<Teacher> teachers;
  for (auto& [key, teacher] : by_key) teachers.push_back(std::move(teacher));
  std::sort(teachers.begin(), teachers.end(), [](const Teacher& a, const Teacher& b) { return a.name < b.name; });
  return teachers;
}

std::string teacher_sheet_html(const Teacher& teacher, bool with_names, Date today, std::string_view case_manager) {
  HtmlDocument doc("Accommodations: " + teacher.name);
  doc.raw("<div class=\"page\">\n");
  doc.element("h1", "Accommodations for " + teacher.name);
  doc.element("p", (teacher.subjects.empty() ? std::string() : teacher.subjects + " · ") + "printed " +
                       format_date_long(today) + (case_manager.empty() ? "" : " by " + std::string(case_manager)),
              "meta");
  doc.element("p", "Confidential: student information protected by FERPA. Keep it with you; do not post or share.",
              "meta");
  for (const auto& entry : teacher.students) {
    const Student& s = *entry.student;
    doc.element("h2", (with_names ? full_name(s) : initials(s)) + (s.grade ? " · grade " + grade_code(*s.grade) : ""));
    doc.element("p", entry.acknowledged ? "You acknowledged plan version " + std::to_string(s.plan_version) + " on " +
                                              format_date(*entry.acknowledged) + "."
                                        : "Please confirm you received and understood plan version " +
                                              std::to_string(s.plan_version) + ".",
                entry.acknowledged ? "status ok" : "status pending");
    if (s.accommodations.empty()) {
      doc.element("p", "No accommodations are listed.", "meta");
      continue;
    }
    doc.raw("<table>\n<tr><th>Accommodation or modification</th><th>Where</th></tr>\n");
    for (const auto& a : s.accommodations) {
      doc.raw("<tr><td>" + escape_html(a.description) + (a.kind == AccommodationKind::kModification ? " (modification)" : "") +
              "</td><td>" + escape_html(a.applies_in) + "</td></tr>\n");
    }
    doc.raw("</table>\n");
  }
  doc.element("p", "Questions: ask the case manager.", "footer");
  doc.raw("</div>\n");
  return doc.finish();
}

}  // namespace caseload
