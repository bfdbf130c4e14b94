#include "caseload/progress_report.hpp"

#include <algorithm>

#include "caseload/html_writer.hpp"
#include "caseload/progress_chart.hpp"
#include "caseload/record_enums.hpp"

namespace caseload {
namespace {

std::string with_unit(double value, const Goal& goal) {
  return format_measure(value) + (goal.unit.empty() ? "" : " " + goal.unit);
}

std::string family_status(const GoalReport& r) {
  if (r.progress.decision == ProgressDecision::kGoalMet) return "Goal met";
  if (r.points_in_period == 0) return "No new data this period";
  switch (r.progress.decision) {
    case ProgressDecision::kOnTrack: return "Sufficient progress to meet the goal";
    case ProgressDecision::kBelowAimline:
    case ProgressDecision::kChangeInstruction: return "Progress not yet sufficient to meet the goal";
    default: return "Too early to tell";
  }
}

std::string sufficiency(const Student& s, const Goal& goal, const GoalProgress& p) {
  const std::string by = format_date_long(goal.target_date);
  switch (p.decision) {
    case ProgressDecision::kOnTrack:
      return "At this rate " + s.first_name + " would reach about " + with_unit(*p.projected, goal) + " by " + by +
             " (goal: " + format_measure(goal.target) + "): the progress is sufficient to meet the goal by its date.";
    case ProgressDecision::kBelowAimline:
    case ProgressDecision::kChangeInstruction:
      return (p.projected ? "At this rate " + s.first_name + " would reach about " + with_unit(*p.projected, goal) +
                                " by " + by + " (goal: " + format_measure(goal.target) + "): "
                          : std::string()) +
             "the progress is not yet sufficient to meet the goal by its date." +
             (p.decision == ProgressDecision::kChangeInstruction
                  ? " The team is looking at a change in instruction and will tell you about it."
                  : "");
    default:
      return "There are not yet enough measurements to tell whether the progress is sufficient to meet the goal by " +
             by + ".";
  }
}

std::string generated_statement(const Student& s, const Goal& goal, const GoalReport& r, const ReportingPeriod& period) {
  const GoalProgress& p = r.progress;
  if (p.points == 0) return "No progress data has been recorded for this goal yet.";
  if (p.decision == ProgressDecision::kGoalMet) {
    return s.first_name + " has met this goal: " + with_unit(*p.latest, goal) + " on " + format_date_long(*p.latest_date) +
           " (goal: " + format_measure(goal.target) + ", starting from " + format_measure(goal.baseline) + ").";
  }
  std::string text;
  if (r.points_in_period == 0) {
    text = "No new measurements were taken during " + period.name + ". The latest, on " +
           format_date_long(*p.latest_date) + ", was " + with_unit(*p.latest, goal) + ". ";
  } else if (r.points_in_period == 1) {
    text = "During " + period.name + ", " + s.first_name + " was measured once: " + with_unit(*r.last_in_period, goal) +
           " (starting point " + format_measure(goal.baseline) + "). ";
  } else {
    text = "During " + period.name + ", " + s.first_name + " went from " + format_measure(*r.first_in_period) +
           " to " + with_unit(*r.last_in_period, goal) + " over " + std::to_string(r.points_in_period) +
           " measurements (starting point " + format_measure(goal.baseline) + "). ";
  }
  return text + sufficiency(s, goal, p);
}

GoalReport report_goal(const Student& student, const Goal& goal, const ReportingPeriod& period,
                       const DecisionRules& rules) {
  GoalReport r;
  r.goal = &goal;
  Goal as_of_end = goal;  // the report speaks of the period: later data is left out
  std::erase_if(as_of_end.data, [&](const DataPoint& p) { return p.date > period.end; });
  std::sort(as_of_end.data.begin(), as_of_end.data.end(), [](auto& a, auto& b) { return a.date < b.date; });
  r.progress = assess_goal(as_of_end, rules);
  for (const auto& p : as_of_end.data) {
    if (p.date < period.start) continue;
    if (!r.first_in_period) r.first_in_period = p.value;
    r.last_in_period = p.value;
    ++r.points_in_period;
  }
  r.status = family_status(r);
  r.generated = generated_statement(student, goal, r, period);
  const ProgressStatement* saved = find_statement(student, period.id, goal.meta.id);
  r.edited = saved != nullptr;
  r.statement = saved ? saved->text : r.generated;
  return r;
}

std::string paragraphs(std::string_view text) {
  std::string html = escape_html(text), out;
  for (char c : html) out += c == '\n' ? std::string("<br>") : std::string(1, c);
  return out;
}

void write_goal(HtmlDocument& doc, const GoalReport& r, const ReportingPeriod& period) {
  const Goal& g = *r.goal;
  doc.element("h2", g.area.empty() ? "Goal" : g.area);
  if (!g.description.empty()) doc.element("p", g.description);
  doc.element("p",
              "Starting point " + with_unit(g.baseline, g) + " · goal " + with_unit(g.target, g) + " by " +
                  format_date_long(g.target_date) + (g.measurement.empty() ? "" : " · measured by " + g.measurement),
              "meta");
  const bool good = r.progress.decision == ProgressDecision::kGoalMet || r.progress.decision == ProgressDecision::kOnTrack;
  doc.element("p", "Progress: " + r.status, good ? "status ok" : "status");
  if (r.progress.points > 0) {
    Goal shown = g;
    std::erase_if(shown.data, [&](const DataPoint& p) { return p.date > period.end; });
    doc.raw("<div class=\"chart\">" + goal_chart_svg(shown, r.progress, 640, 200, std::pair{period.start, period.end}) +
            "</div>\n");
    doc.element("p", "Blue dots: measurements. Green line: the expected path to the goal. Dashed orange: the "
                     "trend of the measurements. Dotted red: the goal. Shaded: this reporting period.",
                "meta");
  }
  doc.raw("<div class=\"statement\">" + paragraphs(r.statement) + "</div>\n");
}

}  // namespace

const ProgressStatement* find_statement(const Student& student, std::string_view period_id,
                                        const std::optional<Uuid>& goal) {
  for (const auto& s : student.progress_statements) {
    if (s.period_id == period_id && s.goal_id == goal) return &s;
  }
  return nullptr;
}

StudentReport build_student_report(const Student& student, const ReportingPeriod& period, const DecisionRules& rules) {
  StudentReport report;
  report.student = &student;
  report.period = &period;
  for (const auto& goal : student.goals) report.goals.push_back(report_goal(student, goal, period, rules));
  if (const ProgressStatement* narrative = find_statement(student, period.id, std::nullopt)) report.narrative = narrative->text;
  return report;
}

std::string progress_reports_html(const std::vector<StudentReport>& reports, const CaseloadSettings& settings,
                                  Date today) {
  const std::string title = reports.size() == 1 && reports[0].student
                                ? "Progress report: " + full_name(*reports[0].student)
                                : "Progress reports (" + std::to_string(reports.size()) + " students)";
  HtmlDocument doc(title);
  for (const StudentReport& report : reports) {
    const Student& s = *report.student;
    const ReportingPeriod& period = *report.period;
    doc.raw("<div class=\"page\">\n");
    doc.element("h1", "Progress report: " + full_name(s));
    doc.element("p",
                period.name + " (" + format_date_long(period.start) + " to " + format_date_long(period.end) + ")" +
                    (s.grade ? " · grade " + grade_code(*s.grade) : "") + (s.school.empty() ? "" : " · " + s.school),
                "meta");
    if (report.goals.empty()) doc.element("p", "There are no goals in this plan.");
    for (const GoalReport& goal : report.goals) write_goal(doc, goal, period);
    if (!report.narrative.empty()) {
      doc.element("h2", "Comments from the case manager");
      doc.raw("<p>" + paragraphs(report.narrative) + "</p>\n");
    }
    const auto& cm = settings.case_manager;
    doc.element("p",
                "Prepared " + format_date_long(today) + (cm.name.empty() ? "" : " by " + cm.name) +
                    (cm.role.empty() ? "" : ", " + cm.role) + (cm.email.empty() ? "" : " · " + cm.email) +
                    ". Questions about this report are welcome at any time.",
                "footer");
    doc.raw("</div>\n");
  }
  return doc.finish();
}

}  // namespace caseload
