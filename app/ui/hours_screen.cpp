#include "ui/hours_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "caseload/work_log.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {
namespace {

constexpr const char* kActivities[] = {"Office hours", "IEP meetings", "Paperwork and compliance", "Direct service",
                                       "Observation", "Assessment", "Parent contact", "Collaboration", "Other"};

std::string week_label(const WeekTotal& w) {
  return "Week of " + format_date_long(w.monday) + ": " + format_hours(w.minutes) + " of " +
         format_hours(w.expected_minutes) + " expected";
}

}  // namespace

void HoursScreen::draw(UiState&) {
  ui::heading("Hours", 1);
  if (date_.empty()) date_ = format_date(session_.today());
  draw_form();
  ImGui::Separator();
  draw_weeks();
  ImGui::Separator();
  draw_entries();
}

void HoursScreen::draw_form() {
  ui::heading("Log time", 2);
  const float w = ImGui::GetFontSize() * 8;
  ImGui::BeginGroup();
  const bool date_ok = ui::date_field("Date##hours", date_, true, w);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  const bool start_ok = ui::time_field("Start##hours", start_, true, w * 0.7f);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  const bool end_ok = ui::time_field("End##hours", end_, true, w * 0.7f);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::choice_index("Activity##hours", activity_choice_, kActivities, w * 2);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::text_field("Note##hours", note_, nullptr, nullptr, w * 2);
  ImGui::EndGroup();
  const auto start = ui::parse_form_time(start_), end = ui::parse_form_time(end_);
  const bool order_ok = !start || !end || end->minutes > start->minutes;
  if (!order_ok) ui::status("The end is before the start.", ui::Tone::kDanger);
  const bool valid = date_ok && start_ok && end_ok && order_ok && start && end;
  if (ui::primary_button("Add time", valid) && valid) {
    CaseloadSettings settings = session_.workspace().caseload().settings;
    settings.work_log.push_back({session_.workspace().new_meta(), *ui::parse_form_date(date_), *start, *end,
                                 kActivities[activity_choice_], note_});
    session_.workspace().update_settings(std::move(settings));
    start_ = end_;  // the next stretch usually starts where this one ended
    end_.clear();
    note_.clear();
  }
}

void HoursScreen::draw_weeks() {
  const auto& settings = session_.workspace().caseload().settings;
  const Date today = session_.today();
  if (weeks_revision_ != session_.workspace().revision() || weeks_today_ != today || weeks_count_ != weeks_shown_) {
    weeks_ = weekly_totals(settings, add_days(today, -7 * (weeks_shown_ - 1)), today);
    weeks_revision_ = session_.workspace().revision();
    weeks_today_ = today;
    weeks_count_ = weeks_shown_;
  }
  const auto& weeks = weeks_;
  ui::heading("Totals", 2);
  if (ui::button("Export log as CSV")) {
    const std::string csv = work_log_csv(settings, add_days(today, -365), today);
    download_file("hours-" + format_date(today) + ".csv", Bytes(csv.begin(), csv.end()), "text/csv");
  }
  ImGui::SameLine();
  if (ui::button("Show 4 more weeks")) weeks_shown_ += 4;
  for (const WeekTotal& week : weeks) {
    const ui::Tone tone = week.minutes >= week.expected_minutes ? ui::Tone::kGood : ui::Tone::kNormal;
    ui::text(week_label(week), tone);
    std::string days;
    for (const DayTotal& d : week.days) {
      if (!days.empty()) days += "   ";
      days += format_date_long(d.date).substr(0, 3) + " " + format_hours(d.minutes);
      if (d.expected_minutes && d.minutes < d.expected_minutes) days += " (short " + format_hours(d.expected_minutes - d.minutes) + ")";
    }
    ImGui::Indent();
    if (!days.empty()) ui::wrapped_text(days, ui::Tone::kMuted);
    std::string activities;
    for (const auto& [activity, minutes] : week.by_activity) {
      if (!activities.empty()) activities += " · ";
      activities += activity + " " + format_hours(minutes);
    }
    if (!activities.empty()) ui::wrapped_text(activities, ui::Tone::kMuted);
    ImGui::Unindent();
  }
}

void HoursScreen::draw_entries() {
  const auto& log = session_.workspace().caseload().settings.work_log;
  ui::heading("Recent entries", 2);
  std::vector<const WorkEntry*> entries;
  for (const auto& e : log) entries.push_back(&e);
  std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return std::tie(a->date, a->start) > std::tie(b->date, b->start); });
  if (entries.size() > 30) entries.resize(30);
  for (const WorkEntry* e : entries) {
    ImGui::PushID(e);
    ui::text(format_date_long(e->date) + "  " + format_time_of_day(e->start) + "-" + format_time_of_day(e->end) + "  " +
             e->activity + (e->note.empty() ? "" : " · " + e->note));
    ImGui::SameLine();
    if (ui::button("Remove")) {
      CaseloadSettings settings = session_.workspace().caseload().settings;
      std::erase_if(settings.work_log, [&](const WorkEntry& w) { return w.meta.id == e->meta.id; });
      session_.workspace().update_settings(std::move(settings));
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  if (entries.empty()) ui::text("Nothing logged yet.", ui::Tone::kMuted);
}

}  // namespace caseload::app
