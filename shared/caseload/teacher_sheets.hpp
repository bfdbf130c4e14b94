// Accommodations by teacher: for each general-education teacher (or provider) named in students'
// plans, their students, each student's accommodations and whether the teacher acknowledged the
// current plan version; and a printable one-page sheet per teacher, with initials only unless the
// case manager chooses names.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "caseload/caseload.hpp"

namespace caseload {

struct TeacherStudent {
  const Student* student;
  const StaffMember* as_staff;           // the teacher's entry in this student's plan
  std::optional<Date> acknowledged;      // of the current plan version
};

struct Teacher {
  std::string name;
  std::string email;
  std::string subjects;  // "Math 7, Science 7"
  std::vector<TeacherStudent> students;
  int not_acknowledged = 0;
};

// Teachers are matched across students by name (case-insensitive) and e-mail; sorted by name.
std::vector<Teacher> teachers_of(const Caseload& caseload);

std::string teacher_sheet_html(const Teacher& teacher, bool with_names, Date today, std::string_view case_manager);

}  // namespace caseload
