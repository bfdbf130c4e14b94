#include "caseload/record_enums.hpp"

namespace caseload {

std::optional<Grade> parse_grade(std::string_view code) {
  if (code == "PK") return Grade{-2};
  if (code == "TK") return Grade{-1};
  if (code == "K") return Grade{0};
  if (code == "18-22") return Grade{13};
  if (code.empty() || code.size() > 2) return std::nullopt;
  int level = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
    level = level * 10 + (c - '0');
  }
  if (level < 1 || level > 12 || code.front() == '0') return std::nullopt;
  return Grade{level};
}

std::string grade_code(Grade grade) {
  switch (grade.level) {
    case -2: return "PK";
    case -1: return "TK";
    case 0: return "K";
    case 13: return "18-22";
    default: return std::to_string(grade.level);
  }
}

}  // namespace caseload
