#include "ui/goals_tab.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/controls.hpp"
#include "ui/form_fields.hpp"
#include "ui/goal_chart.hpp"

namespace caseload::app {
namespace {

std::string number_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

ui::Tone tone_of(ProgressDecision decision) {
  switch (decision) {
    case ProgressDecision::kGoalMet:
    case ProgressDecision::kOnTrack: return ui::Tone::kGood;
    case ProgressDecision::kBelowAimline: return ui::Tone::kWarning;
    case ProgressDecision::kChangeInstruction: return ui::Tone::kDanger;
    default: return ui::Tone::kMuted;
  }
}

std::optional<Date> last_point(const Goal& goal) {
  std::optional<Date> last;
  for (const auto& p : goal.data) {
    if (!last || p.date > *last) last = p.date;
  }
  return last;
}

}  // namespace

void GoalsTab::draw(const StudentView& view) {
  if (loaded_for_ != view.student.meta.id) {
    editing_.close();
    selected_.reset();
    loaded_for_ = view.student.meta.id;
    progress_revision_ = ~0ull;
  }
  const float list_width = std::max(300.0f, ImGui::GetContentRegionAvail().x * 0.38f);
  ImGui::BeginChild("goal-list", ImVec2(list_width, 0));
  ui::heading("Goals", 2);
  for (const auto& g : view.student.goals) {
    const auto last = last_point(g);
    const int age = last ? days_between(*last, view.today()) : -1;
    std::string detail = std::to_string(g.data.size()) + " data points";
    detail += last ? " · last " + format_date(*last) + (age > 14 ? " (stale)" : "") : " · no data yet";
    if (record_row(g.area.empty() ? g.description : g.area, detail, selected_ == g.meta.id, &g)) {
      selected_ = g.meta.id;
      editing_.close();
      value_.clear();
      note_.clear();
      point_date_ = format_date(view.today());
      focus_value_ = true;
    }
  }
  if (view.student.goals.empty()) ui::text("No goals yet.", ui::Tone::kMuted);
  if (ui::button("New goal")) {
    editing_ = {view.new_meta().id, true, false};
    form_ = {};
    form_.start = format_date(view.today());
    form_.target_date = format_date(add_years_clamped(view.today(), 1));
    selected_.reset();
  }
  if (selected_ && !editing_.open()) {
    ImGui::SameLine();
    if (ui::button("All charts")) selected_.reset();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("goal-detail", ImVec2(0, 0));
  if (editing_.open()) {
    draw_goal_form(view);
  } else if (selected_) {
    for (const auto& g : view.student.goals) {
      if (g.meta.id == selected_) draw_selected(view, g);
    }
  } else {
    draw_overview(view);
  }
  ImGui::EndChild();
}

const GoalProgress& GoalsTab::progress_of(const StudentView& view, const Goal& goal) {
  const std::uint64_t revision = view.session.workspace().revision();
  if (revision != progress_revision_) {
    progress_.clear();
    progress_revision_ = revision;
  }
  for (const auto& [id, progress] : progress_) {
    if (id == goal.meta.id) return progress;
  }
  const DecisionRules rules = decision_rules_of(view.session.workspace().caseload().settings.thresholds);
  progress_.emplace_back(goal.meta.id, assess_goal(goal, rules));
  return progress_.back().second;
}

// Every goal's chart, two side by side when there is room: the student's progress at a glance.
void GoalsTab::draw_overview(const StudentView& view) {
  if (view.student.goals.empty()) {
    ui::wrapped_text("Add a goal to start monitoring progress.", ui::Tone::kMuted);
    return;
  }
  ui::heading("Progress on every goal", 2);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float available = ImGui::GetContentRegionAvail().x;
  const int columns = available > ImGui::GetFontSize() * 40 ? 2 : 1;
  const float width = (available - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  int column = 0;
  for (const auto& g : view.student.goals) {
    if (column > 0) ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushID(&g);
    const GoalProgress& progress = progress_of(view, g);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ui::text(g.area.empty() ? "Goal" : g.area);
    ui::text(decision_label(progress.decision), tone_of(progress.decision));
    ImGui::PopTextWrapPos();
    ui::goal_chart("##chart", g, progress, ImVec2(width, ImGui::GetFontSize() * 11));
    ImGui::PopID();
    ImGui::EndGroup();
    column = (column + 1) % columns;
  }
}

void GoalsTab::draw_goal_form(const StudentView& view) {
  ui::heading(editing_.is_new ? "New goal" : "Goal", 2);
  ui::text_field("Area", form_.area, "Reading fluency, Self-regulation…");
  const bool described = ui::required_text_field("Goal", form_.description, "What the student will do, and how well");
  const float third = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
  ImGui::BeginGroup();
  const bool baseline_ok = ui::decimal_field("Baseline", form_.baseline, true, third);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  const bool target_ok = ui::decimal_field("Target", form_.target, true, third);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::text_field("Unit", form_.unit, "words per minute", nullptr, third);
  ImGui::EndGroup();
  ui::text_field("Measured by", form_.measurement, "Weekly 1-minute probe");
  const bool start_ok = ui::date_field("Start##goal", form_.start, true);
  const bool end_ok = ui::date_field("Target date", form_.target_date, true);
  const auto start = ui::parse_form_date(form_.start), end = ui::parse_form_date(form_.target_date);
  const bool order_ok = !start || !end || *end >= *start;
  if (!order_ok) ui::status("The target date is before the start.", ui::Tone::kDanger);
  switch (form_buttons(editing_, described && baseline_ok && target_ok && start_ok && end_ok && order_ok, "goal")) {
    case FormAction::kSave: {
      Student s = view.student;
      Goal g;
      if (Goal* existing = find_record(s.goals, *editing_.id)) g = *existing;
      else g.meta = view.new_meta();
      g.meta.id = *editing_.id;
      g.meta.modified = view.session.clock().now();
      g.area = form_.area;
      g.description = form_.description;
      g.baseline = *ui::parse_form_double(form_.baseline);
      g.target = *ui::parse_form_double(form_.target);
      g.unit = form_.unit;
      g.measurement = form_.measurement;
      g.start = *start;
      g.target_date = *end;
      selected_ = g.meta.id;
      upsert_record(s.goals, std::move(g));
      view.save(std::move(s));
      editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(s.goals, *editing_.id);
      view.save(std::move(s));
      editing_.close();
      selected_.reset();
      break;
    }
    case FormAction::kCancel: editing_.close(); break;
    case FormAction::kNone: break;
  }
}

void GoalsTab::draw_selected(const StudentView& view, const Goal& goal) {
  ui::heading(goal.area.empty() ? "Goal" : goal.area, 2);
  ui::wrapped_text(goal.description);
  ui::text("From " + number_text(goal.baseline) + " to " + number_text(goal.target) + " " + goal.unit + " by " +
               format_date_long(goal.target_date),
           ui::Tone::kMuted);
  if (ui::button("Edit goal")) {
    editing_ = {goal.meta.id, false, false};
    form_ = {goal.area, goal.description, number_text(goal.baseline), number_text(goal.target), goal.unit,
             goal.measurement, format_date(goal.start), format_date(goal.target_date)};
    return;
  }
  const GoalProgress& progress = progress_of(view, goal);
  ui::status(progress.words, tone_of(progress.decision));
  ui::goal_chart("##chart", goal, progress, ImVec2(-1, ImGui::GetFontSize() * 13));
  ui::text("Green line: the aimline from baseline to target. Orange dashes: the trend of the data. Red dotted line: the target.",
           ui::Tone::kMuted);
  ImGui::Separator();
  ui::heading("Add a data point", 3);
  if (focus_value_) {
    ui::request_focus(ImGui::GetID("##Value"));
    focus_value_ = false;
  }
  const float third = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
  ImGui::BeginGroup();
  const bool value_ok = ui::decimal_field("Value", value_, true, third);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  const bool date_ok = ui::date_field("Date##point", point_date_, true, third);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::text_field("Note##point", note_, nullptr, nullptr, third);
  ImGui::EndGroup();
  const bool enter = ui::key_pressed(ImGuiKey_Enter, false) && !value_.empty();
  if ((ui::primary_button("Add data point", value_ok && date_ok) || enter) && value_ok && date_ok) {
    Student s = view.student;
    Goal* g = find_record(s.goals, goal.meta.id);
    DataPoint p;
    p.meta = view.new_meta();
    p.date = *ui::parse_form_date(point_date_);
    p.value = *ui::parse_form_double(value_);
    p.note = note_;
    g->data.push_back(std::move(p));
    g->meta.modified = view.session.clock().now();
    view.save(std::move(s));
    value_.clear();
    note_.clear();
    focus_value_ = true;
  }
  ImGui::Separator();
  ui::heading("Data", 3);
  std::vector<const DataPoint*> points;
  for (const auto& p : goal.data) points.push_back(&p);
  std::sort(points.begin(), points.end(), [](auto* a, auto* b) { return a->date > b->date; });
  for (const DataPoint* p : points) {
    ImGui::PushID(p);
    ui::text(format_date_long(p->date) + "  ·  " + number_text(p->value) + " " + goal.unit +
             (p->note.empty() ? "" : "  ·  " + p->note));
    ImGui::SameLine();
    if (ui::button("Remove")) {
      Student s = view.student;
      erase_record(find_record(s.goals, goal.meta.id)->data, p->meta.id);
      view.save(std::move(s));
    }
    ImGui::PopID();
  }
  if (points.empty()) ui::text("No data yet.", ui::Tone::kMuted);
}

}  // namespace caseload::app
