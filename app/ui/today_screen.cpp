#include "ui/today_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "caseload/meeting_checklist.hpp"
#include "ui/controls.hpp"
#include "ui/deadline_table.hpp"
#include "ui/student_screen.hpp"

namespace caseload::app {
namespace {

bool cadence(DeadlineKind kind) {
  return kind == DeadlineKind::kStaleProgressData || kind == DeadlineKind::kParentContact;
}

// A big number over its meaning; recorded as one line ("3 overdue") for the accessibility mirror.
void summary_card(const char* label, const std::string& value, ui::Tone tone) {
  ImGui::BeginGroup();
  ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(tone));
  ui::draw_heading_text(value, 1);
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::kMuted));
  ImGui::TextUnformatted(label);
  ImGui::PopStyleColor();
  ImGui::EndGroup();
  ui::control_log().add(ui::Role::kText, 0, value + " " + label);
  ImGui::SameLine(0, 40);
}

std::string percent(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", value);
  return text;
}

}  // namespace

// The lists change only with the caseload or the day.
void TodayScreen::rebuild() {
  built_revision_ = session_.workspace().revision();
  built_day_ = session_.today();
  overdue_.clear();
  this_week_.clear();
  next_30_.clear();
  stale_.clear();
  contact_.clear();
  for (const auto& d : session_.deadlines()) {
    if (d.kind == DeadlineKind::kStaleProgressData && d.status != DeadlineStatus::kLater) stale_.push_back(&d);
    else if (d.kind == DeadlineKind::kParentContact && d.status != DeadlineStatus::kLater) contact_.push_back(&d);
    if (cadence(d.kind)) continue;  // shown in their own lists
    switch (d.status) {
      case DeadlineStatus::kOverdue: overdue_.push_back(&d); break;
      case DeadlineStatus::kDueVerySoon: this_week_.push_back(&d); break;
      case DeadlineStatus::kDueSoon: next_30_.push_back(&d); break;
      default: break;
    }
  }
  meetings_.clear();
  const Date today = session_.today();
  const RuleProfile* profile = session_.profile();
  for (const auto& s : session_.workspace().caseload().students) {
    for (const auto& m : s.meetings) {
      if (m.status != MeetingStatus::kScheduled || m.date < today || m.date > add_days(today, 7)) continue;
      MeetingRow row{&s, &m};
      if (profile && has_checklist(m)) {
        const MeetingChecklist list = build_checklist(m, s, *profile, session_.calendar(), today);
        row.done = list.done_count;
        row.steps = static_cast<int>(list.items.size());
        for (const auto& item : list.items) row.overdue_steps += item.status == DeadlineStatus::kOverdue;
      }
      meetings_.push_back(row);
    }
  }
  std::sort(meetings_.begin(), meetings_.end(), [](const MeetingRow& a, const MeetingRow& b) {
    return a.meeting->date != b.meeting->date ? a.meeting->date < b.meeting->date
                                              : a.meeting->time.value_or(TimeOfDay{}) < b.meeting->time.value_or(TimeOfDay{});
  });
}

TodayAction TodayScreen::draw_getting_started() {
  const Caseload& caseload = session_.workspace().caseload();
  TodayAction action = TodayAction::kNone;
  ui::heading("Getting started", 2);
  const bool has_year = !caseload.settings.school_years.empty();
  ui::text(has_year ? "1. School calendar: set up (done)" : "1. Set up your school year: first and last day, "
                                                             "holidays and breaks, reporting periods.",
           has_year ? ui::Tone::kGood : ui::Tone::kNormal);
  if (ui::button(has_year ? "Review the school calendar" : "Set up the school year")) action = TodayAction::kSetUpCalendar;
  ImGui::Spacing();
  ui::text("2. Add your students one by one: plan type and key dates are enough to list every deadline.");
  if (ui::primary_button("Add a student##getting-started")) action = TodayAction::kAddStudent;
  ImGui::Spacing();
  ui::text("3. Or bring in a caseload a colleague exported for you, or your own backup.");
  if (ui::button("Import a bundle…##getting-started")) action = TodayAction::kImport;
  return action;
}

TodayAction TodayScreen::draw(UiState& ui) {
  if (built_revision_ != session_.workspace().revision() || built_day_ != session_.today()) rebuild();
  ui::heading("Today, " + format_date_long(session_.today()), 1);
  if (!session_.profile_error().empty()) ui::status(session_.profile_error(), ui::Tone::kDanger);
  const Caseload& caseload = session_.workspace().caseload();
  if (caseload.students.empty()) {
    ImGui::Separator();
    return draw_getting_started();
  }
  if (caseload.settings.school_years.empty()) {
    ui::status("No school calendar yet: timelines counted in school days are estimated from weekdays. Set it up "
               "in Settings > School calendar.", ui::Tone::kWarning);
  }
  draw_summary();
  ImGui::Separator();
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.58f;
  ImGui::BeginChild("today-left", ImVec2(half, 0));
  const float block = std::max(160.0f, (ImGui::GetContentRegionAvail().y - 120.0f) / 3.0f);
  draw_deadlines("Overdue", "overdue", overdue_, ui, "Nothing is overdue.", block);
  draw_deadlines("Due this week", "this-week", this_week_, ui, "Nothing is due in the next 7 days.", block);
  draw_deadlines("Due in the next 30 days", "next-30", next_30_, ui, "Nothing else is due in the next 30 days.", block);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("today-right", ImVec2(0, 0));
  draw_meetings(ui);
  const float block_right = std::max(140.0f, (ImGui::GetContentRegionAvail().y - 80.0f) / 2.0f);
  draw_deadlines("Goals with stale data", "stale", stale_, ui, "Every active goal has recent data.", block_right, true);
  draw_deadlines("Families to contact", "contact", contact_, ui, "Every family was contacted recently.", block_right, true);
  ImGui::EndChild();
  return TodayAction::kNone;
}

void TodayScreen::draw_summary() {
  const CaseloadSummary& s = session_.summary();
  // What a screen reader hears on opening Today, and again whenever it changes.
  ui::control_log().add(ui::Role::kStatus, 0, std::to_string(overdue_.size()) + " overdue, " +
                                                 std::to_string(this_week_.size()) + " due this week");
  summary_card("overdue", std::to_string(overdue_.size()), overdue_.empty() ? ui::Tone::kGood : ui::Tone::kDanger);
  summary_card("due this week", std::to_string(this_week_.size()), this_week_.empty() ? ui::Tone::kNormal : ui::Tone::kWarning);
  summary_card("due in 30 days", std::to_string(next_30_.size()), ui::Tone::kNormal);
  summary_card("annual reviews current", percent(s.annual_percent()),
               s.annual_current == s.iep_files ? ui::Tone::kGood : ui::Tone::kDanger);
  summary_card("triennials current", percent(s.triennial_percent()),
               s.triennial_current == s.iep_files ? ui::Tone::kGood : ui::Tone::kDanger);
  summary_card("students", std::to_string(s.students) + " (" + std::to_string(s.iep) + " IEP, " +
                               std::to_string(s.plan_504) + " 504, " + std::to_string(s.referral) + (s.referral == 1 ? " referral)" : " referrals)"),
               ui::Tone::kNormal);
  ImGui::NewLine();
}

void TodayScreen::draw_deadlines(const char* title, const char* id, const std::vector<const Deadline*>& list,
                                 UiState& ui, const char* empty, float height, bool compact) {
  ui::heading(std::string(title) + " (" + std::to_string(list.size()) + ")", 2);
  if (list.empty()) {
    ui::text(empty, ui::Tone::kMuted);
    return;
  }
  const float rows = ImGui::GetTextLineHeightWithSpacing() * 2.6f * static_cast<float>(list.size() + 1);
  if (const Deadline* clicked = draw_deadline_table(list, session_.workspace(), ui, session_.today(),
                                                    {id, true, false, std::min(height, rows), compact, title})) {
    ui.open_student(clicked->student_id, tab_for(*clicked));
  }
}

void TodayScreen::draw_meetings(UiState& ui) {
  ui::heading("Meetings this week (" + std::to_string(meetings_.size()) + ")", 2);
  if (meetings_.empty()) ui::text("No meetings in the next 7 days.", ui::Tone::kMuted);
  for (const auto& row : meetings_) {
    ImGui::PushID(row.meeting);
    std::string title = format_date_long(row.meeting->date) +
                        (row.meeting->time ? " " + format_time_of_day(*row.meeting->time) : "") + " · " +
                        display_name(*row.student, ui) + " · " + std::string(to_label(row.meeting->type));
    std::string detail = row.steps ? "checklist " + std::to_string(row.done) + " of " + std::to_string(row.steps) + " done"
                                   : "no checklist";
    if (row.overdue_steps) detail += " · " + std::to_string(row.overdue_steps) + (row.overdue_steps == 1 ? " step overdue" : " steps overdue");
    if (ui::selectable(("##meeting" + title).c_str(), false, ui::Role::kRow, 0,
                       ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 2))) {
      ui.open_student(row.student->meta.id, StudentTab::kMeetings);
    }
    ui::ControlRecord& r = ui::control_log().last();
    r.label = title;
    r.value = detail;
    const ImVec2 min = ImGui::GetItemRectMin();
    ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + 6, min.y + 1), ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
    ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + 6, min.y + 1 + ImGui::GetTextLineHeight()),
                                        ImGui::GetColorU32(row.overdue_steps ? ui::tone_color(ui::Tone::kDanger)
                                                                             : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled)),
                                        detail.c_str());
    ImGui::PopID();
  }
  ImGui::Separator();
}

}  // namespace caseload::app
