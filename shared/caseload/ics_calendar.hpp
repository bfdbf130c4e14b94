// The caseload's deadlines and meetings as an iCalendar file (RFC 5545) for Google Calendar or
// Outlook: all-day events for due dates, timed events for meetings, stable UIDs so a re-import
// updates events instead of doubling them, escaped text and lines folded at 75 octets. Events
// name students by initials only: calendars are shared and synced to phones (FERPA).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "caseload/caseload.hpp"
#include "caseload/clock.hpp"
#include "caseload/deadline.hpp"

namespace caseload {

struct IcsOptions {
  bool meetings = true;
  bool monitoring_reminders = false;  // stale progress data, parent contact: many small items
};

// `deadlines` are the caseload's for today (caseload_deadlines); done ones are left out.
std::string caseload_ics(const Caseload& caseload, const std::vector<Deadline>& deadlines, Timestamp now,
                         const IcsOptions& options = {});

// TEXT value escaping (RFC 5545 3.3.11) and content-line folding (3.1), exposed for tests.
std::string ics_escape(std::string_view text);
std::string ics_fold(std::string_view line);

}  // namespace caseload
