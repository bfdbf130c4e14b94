#include "ui/reports_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "caseload/progress_report.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/student_tab.hpp"

namespace caseload::app {
namespace {

// The period whose report is due next (or the last one), as the default choice.
int current_period(const std::vector<ReportingPeriod>& periods, Date today) {
  for (std::size_t i = 0; i < periods.size(); ++i) {
    if (periods[i].report_due >= today) return static_cast<int>(i);
  }
  return periods.empty() ? -1 : static_cast<int>(periods.size()) - 1;
}

bool sent_for(const Student& s, const std::string& period_id) {
  return std::any_of(s.progress_reports.begin(), s.progress_reports.end(),
                     [&](const ProgressReportSent& r) { return r.period_id == period_id; });
}

}  // namespace

void ReportsScreen::draw(UiState& ui) {
  ui::heading("Progress reports", 1);
  const auto& settings = session_.workspace().caseload().settings;
  if (settings.reporting_periods.empty()) {
    ui::wrapped_text("No reporting periods yet. Add them with the school year (Settings, School calendar).",
                     ui::Tone::kMuted);
    return;
  }
  if (period_index_ < 0 || period_index_ >= static_cast<int>(settings.reporting_periods.size())) {
    period_index_ = current_period(settings.reporting_periods, session_.today());
  }
  std::vector<std::string> names;
  std::vector<const char*> labels;
  for (const auto& p : settings.reporting_periods) {
    names.push_back(p.name + " (due " + format_date(p.report_due) + ")");
  }
  for (const auto& n : names) labels.push_back(n.c_str());
  ui::choice_index("Reporting period", period_index_, labels, 340);
  const ReportingPeriod& period = settings.reporting_periods[static_cast<std::size_t>(period_index_)];

  std::vector<const Student*> students;
  for (const auto& s : session_.workspace().caseload().students) {
    if (s.plan_type == PlanType::kIep) students.push_back(&s);
  }
  std::sort(students.begin(), students.end(), [](const Student* a, const Student* b) {
    return std::tie(a->last_name, a->first_name) < std::tie(b->last_name, b->first_name);
  });
  ImGui::SameLine();
  if (ui::primary_button("Open reports for all IEP students", !students.empty())) open_reports(period, students);

  const float list_width = std::max(280.0f, ImGui::GetContentRegionAvail().x * 0.32f);
  ImGui::BeginChild("report-students", ImVec2(list_width, 0));
  for (const Student* s : students) {
    const bool sent = sent_for(*s, period.id);
    const std::string detail = std::to_string(s->goals.size()) + (s->goals.size() == 1 ? " goal" : " goals") +
                               (sent ? " · sent" : "");
    if (record_row(display_name(*s, ui), detail, student_ == s->meta.id, s)) student_ = s->meta.id;
  }
  if (students.empty()) ui::text("No students with an IEP.", ui::Tone::kMuted);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("report-editor", ImVec2(0, 0));
  const Student* selected = student_ ? session_.workspace().find_student(*student_) : nullptr;
  if (selected) draw_editor(period, *selected, ui);
  else ui::wrapped_text("Select a student to read and edit their report.", ui::Tone::kMuted);
  ImGui::EndChild();
}

void ReportsScreen::load_texts(const ReportingPeriod& period, const Student& student) {
  const std::string key = period.id + "|" + student.meta.id.str() + "|" + std::to_string(session_.workspace().revision());
  if (key == loaded_key_) return;
  if (unsaved_) save_texts();  // another student or period was chosen while a text was edited
  loaded_key_ = key;
  texts_student_ = student.meta.id;
  texts_period_ = period.id;
  report_ = build_student_report(student, period, decision_rules_of(session_.workspace().caseload().settings.thresholds));
  texts_.clear();
  for (const auto& g : report_->goals) texts_.push_back(g.statement);
  texts_.push_back(report_->narrative);
}

void ReportsScreen::save_texts() {
  unsaved_ = false;
  const Student* student = session_.workspace().find_student(texts_student_);
  if (!student || !report_) return;
  const std::string& period_id = texts_period_;
  Student changed = *student;
  const StudentReport& report = *report_;
  auto put = [&](const std::optional<Uuid>& goal, const std::string& text, const std::string& generated) {
    std::erase_if(changed.progress_statements,
                  [&](const ProgressStatement& s) { return s.period_id == period_id && s.goal_id == goal; });
    if (text.empty() || text == generated) return;  // the generated text is not stored: it follows the data
    changed.progress_statements.push_back({session_.workspace().new_meta(), period_id, goal, text});
  };
  for (std::size_t i = 0; i < report.goals.size() && i < texts_.size(); ++i) {
    put(report.goals[i].goal->meta.id, texts_[i], report.goals[i].generated);
  }
  put(std::nullopt, texts_.back(), "");
  session_.workspace().update_student(std::move(changed));
}

void ReportsScreen::draw_editor(const ReportingPeriod& period, const Student& student, const UiState& ui) {
  load_texts(period, student);
  const StudentReport& report = *report_;
  ui::heading("Report for " + display_name(student, ui) + ": " + period.name, 2);
  ui::text(format_date_long(period.start) + " to " + format_date_long(period.end) + " · due " +
               format_date_long(period.report_due),
           ui::Tone::kMuted);
  bool edited = false;
  for (std::size_t i = 0; i < report.goals.size(); ++i) {
    const GoalReport& g = report.goals[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    ui::heading(g.goal->area.empty() ? "Goal" : g.goal->area, 3);
    ui::text(g.status + " · " + std::to_string(g.points_in_period) + " data points this period",
             g.progress.decision == ProgressDecision::kOnTrack || g.progress.decision == ProgressDecision::kGoalMet
                 ? ui::Tone::kGood
                 : ui::Tone::kWarning);
    const std::string before = texts_[i];
    ui::text_area("Statement of progress", texts_[i], 4.0f);
    edited |= before != texts_[i];
    if (g.edited || texts_[i] != g.generated) {
      if (ui::button("Use the generated statement")) {
        texts_[i] = g.generated;
        edited = true;
      }
    }
    ImGui::PopID();
  }
  ImGui::Separator();
  const std::string before = texts_.back();
  ui::text_area("Comments for the family (narrative)", texts_.back(), 4.0f);
  edited |= before != texts_.back();
  // Saved when the user leaves the text, not on every keystroke: one undo step per edit.
  unsaved_ |= edited;
  if (unsaved_ && !ImGui::IsAnyItemActive()) save_texts();
  if (ui::primary_button("Open this report")) open_reports(period, {&student});
  ImGui::SameLine();
  ui::text("Opens in a new tab: print it or save it as PDF there.", ui::Tone::kMuted);
}

void ReportsScreen::open_reports(const ReportingPeriod& period, const std::vector<const Student*>& students) {
  const auto& settings = session_.workspace().caseload().settings;
  std::vector<StudentReport> reports;
  for (const Student* s : students) reports.push_back(build_student_report(*s, period, decision_rules_of(settings.thresholds)));
  std::string name = "progress-reports";
  if (students.size() == 1) {
    name = "progress-report-";
    for (char c : initials(*students[0])) {
      if (c != ' ' && c != '.') name += c;
    }
  }
  open_document(progress_reports_html(reports, settings, session_.today()), name + "-" + period.id + ".html");
}

}  // namespace caseload::app
