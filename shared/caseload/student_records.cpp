#include "caseload/student_records.hpp"

namespace caseload {
namespace {

// The first character of a UTF-8 string (all bytes of a multi-byte sequence), uppercased if ASCII.
std::string first_letter(const std::string& name) {
  std::size_t start = name.find_first_not_of(' ');
  if (start == std::string::npos) return {};
  std::size_t end = start + 1;
  while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) ++end;
  std::string letter = name.substr(start, end - start);
  if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'z') {
    letter[0] = static_cast<char>(letter[0] - 'a' + 'A');
  }
  return letter;
}

}  // namespace

std::string initials(const Student& student) {
  const std::string first = first_letter(student.first_name);
  const std::string last = first_letter(student.last_name);
  std::string text;
  if (!first.empty()) text += first + ".";
  if (!last.empty()) text += (text.empty() ? "" : " ") + last + ".";
  return text.empty() ? "?" : text;
}

std::string full_name(const Student& student) {
  if (student.first_name.empty()) return student.last_name;
  if (student.last_name.empty()) return student.first_name;
  return student.first_name + " " + student.last_name;
}

}  // namespace caseload
