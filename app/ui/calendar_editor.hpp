// The school calendar and reporting periods as editable text: school years (first and last day,
// closures such as holidays and breaks, minimum days), holidays outside school years (for
// business days), and progress-reporting periods. parse() turns the text back into settings and
// says what is wrong, field by field.
#pragma once

#include <string>
#include <vector>

#include "caseload/caseload.hpp"

namespace caseload::app {

class CalendarEditor {
 public:
  void load(const CaseloadSettings& settings);
  // Draws the editor; returns true if anything was typed or changed.
  bool draw(Date today);
  // Writes the parsed calendar into `settings`; false (and `error`) if some field is not valid.
  bool apply(CaseloadSettings& settings, std::string& error) const;

 private:
  struct ClosureForm {
    std::string first, last, name;
    ClosureKind kind = ClosureKind::kHoliday;
  };
  struct YearForm {
    std::string name, first_day, last_day, minimum_days;
    std::vector<ClosureForm> closures;
  };
  struct HolidayForm {
    std::string date, name;
  };
  struct PeriodForm {
    std::string id, name, start, end, due;
  };
  bool draw_years(Date today);
  bool draw_holidays();
  bool draw_periods();

  std::vector<YearForm> years_;
  std::vector<HolidayForm> holidays_;
  std::vector<PeriodForm> periods_;
  int year_ = 0;
};

}  // namespace caseload::app
