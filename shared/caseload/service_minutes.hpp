// Service minutes: what the plan requires against what was delivered, per week and per month,
// and the make-up balance owed for missed minutes.
//
// How much a period requires: a weekly service owes its minutes in every week with at least
// kMinSchoolDaysForFullWeek school days (a week of break owes nothing); a daily service owes its
// minutes on every school day; a monthly service owes its minutes in a month with at least
// kMinSchoolDaysForFullMonth school days and a prorated share in shorter months. Only periods
// that have ended count toward the make-up balance; the current one is shown as in progress.
#pragma once

#include <vector>

#include "caseload/school_calendar.hpp"
#include "caseload/student_records.hpp"

namespace caseload {

inline constexpr int kMinSchoolDaysForFullWeek = 3;
inline constexpr int kMinSchoolDaysForFullMonth = 10;

struct MinutesPeriod {
  Date start{};
  Date end{};
  int school_days = 0;
  int required = 0;
  int delivered = 0;  // regular sessions
  int makeup = 0;     // make-up sessions
  int missed_sessions = 0;
  bool complete = false;  // the period ended before today
};

struct ServiceMinutes {
  std::vector<MinutesPeriod> weeks;
  std::vector<MinutesPeriod> months;
  int required_to_date = 0;   // over complete periods of the service's frequency
  int delivered_to_date = 0;
  int makeup_delivered = 0;
  int shortfall = 0;          // minutes missed in complete periods
  int makeup_owed = 0;        // shortfall minus make-up delivered, never negative
};

ServiceMinutes summarize_service(const Service& service, const SchoolCalendar& calendar, Date today);

}  // namespace caseload
