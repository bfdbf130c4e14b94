// Internal to the rules engine: the handlers that turn one rule into deadlines for one student,
// grouped by what starts their clock. deadline_engine.cpp dispatches to them.
#pragma once

#include <string>
#include <vector>

#include "caseload/deadline_engine.hpp"

namespace caseload::rules {

struct RuleContext {
  const Student& student;
  const Rule& rule;
  const DeadlineInputs& inputs;
  std::vector<Deadline>& out;
};

// Adds a deadline with the rule's fields filled in; the caller completes the rest.
Deadline& add_deadline(const RuleContext& context, Date trigger, CalendarDate due, std::string basis,
                       SourceRef source);
// The rule's offset from `from`, honouring its annual reading and break exclusions. `basis`
// receives the words describing the count ("60 calendar days after consent received on ...").
CalendarDate offset_from(const Rule& rule, Date from, const SchoolCalendar& calendar,
                         std::string& basis);

// Key dates: assessment plan, initial evaluation and IEP, annual, triennial, 504, transition,
// parent-requested meeting.
void key_date_deadlines(const RuleContext& context);
// Records: manifestation determinations, records requests, meetings scheduled after expiry.
void record_deadlines(const RuleContext& context);
// Cadence: progress reports, stale progress data, parent contact.
void monitoring_deadlines(const RuleContext& context);

}  // namespace caseload::rules
