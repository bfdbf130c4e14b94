#include "ui/calendar_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "caseload/ics_calendar.hpp"
#include "platform/browser_files.hpp"
#include "ui/controls.hpp"

namespace caseload::app {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

Date first_of(std::chrono::year_month month) { return Date{month.year(), month.month(), std::chrono::day{1}}; }

bool in_month(Date date, std::chrono::year_month month) {
  return date.year() == month.year() && date.month() == month.month();
}

}  // namespace

void CalendarScreen::rebuild(const UiState& ui) {
  built_revision_ = session_.workspace().revision();
  built_month_ = *month_;
  built_privacy_ = ui.privacy_mode;
  entries_.clear();
  const Caseload& caseload = session_.workspace().caseload();
  for (const Deadline& d : session_.deadlines()) {
    if (d.status == DeadlineStatus::kDone || !in_month(d.due, *month_)) continue;
    const Student* s = session_.workspace().find_student(d.student_id);
    if (!s) continue;
    // Words as well as colour: an overdue entry says so (WCAG 1.4.1).
    const bool overdue = d.status == DeadlineStatus::kOverdue;
    entries_.push_back({d.due, (overdue ? "Overdue: " : "") + display_name(*s, ui) + ": " + d.title(), s->meta.id,
                        d.status == DeadlineStatus::kOverdue, false});
  }
  for (const Student& s : caseload.students) {
    for (const Meeting& m : s.meetings) {
      if (m.status == MeetingStatus::kCancelled || !in_month(m.date, *month_)) continue;
      entries_.push_back({m.date,
                          "Meeting " + (m.time ? format_time_of_day(*m.time) + " " : std::string()) + display_name(s, ui) +
                              ": " + std::string(to_label(m.type)),
                          s.meta.id, false, true});
    }
  }
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.date, b.meeting) < std::tie(b.date, a.meeting);  // meetings first within a day
  });
}

void CalendarScreen::export_ics() {
  IcsOptions options;
  options.monitoring_reminders = include_reminders_;
  const std::string ics =
      caseload_ics(session_.workspace().caseload(), session_.deadlines(), session_.clock().now(), options);
  download_file("caseload-deadlines-" + format_date(session_.today()) + ".ics", Bytes(ics.begin(), ics.end()),
                "text/calendar");
}

void CalendarScreen::draw_more_popup(UiState& ui) {
  if (open_more_) ImGui::OpenPopup("day-more");
  open_more_ = false;
  if (!ImGui::BeginPopup("day-more")) return;
  ui::heading(format_date_long(more_day_), 3);
  for (const Entry& e : entries_) {
    if (e.date != more_day_) continue;
    ImGui::PushID(&e);
    if (ui::button(e.text.c_str())) {
      ui.open_student(e.student, e.meeting ? StudentTab::kMeetings : StudentTab::kDeadlines);
      ImGui::CloseCurrentPopup();
    }
    ImGui::PopID();
  }
  ImGui::EndPopup();
}

void CalendarScreen::draw(UiState& ui) {
  const Date today = session_.today();
  if (!month_) month_ = std::chrono::year_month{today.year(), today.month()};
  ui::heading(std::string(kMonthNames[static_cast<unsigned>(month_->month()) - 1]) + " " +
                  std::to_string(static_cast<int>(month_->year())),
              1);
  if (ui::button("Previous month")) *month_ -= std::chrono::months{1};
  ImGui::SameLine();
  if (ui::button("This month")) month_ = std::chrono::year_month{today.year(), today.month()};
  ImGui::SameLine();
  if (ui::button("Next month")) *month_ += std::chrono::months{1};
  ImGui::SameLine();
  ImGui::TextUnformatted("   ");
  ImGui::SameLine();
  if (ui::button("Export calendar (.ics)")) export_ics();
  ImGui::SameLine();
  ui::checkbox("Include data and contact reminders", include_reminders_);
  ui::text("The .ics file names students by initials only, so it is safe in a synced calendar.", ui::Tone::kMuted);
  if (built_revision_ != session_.workspace().revision() || built_month_ != *month_ || built_privacy_ != ui.privacy_mode) {
    rebuild(ui);
  }

  const Date first = first_of(*month_);
  const int lead = static_cast<int>((weekday_of(first).c_encoding() + 6) % 7);  // Monday first
  const Date grid_start = add_days(first, -lead);
  const SchoolCalendar& calendar = session_.calendar();
  if (!ImGui::BeginTable("month", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) return;
  ui::control_log().begin_group(ui::Role::kTable, 0, "Deadlines and meetings by day");
  for (const char* name : kWeekdays) ImGui::TableSetupColumn(name);
  ui::table_headers();
  const float cell_height = ImGui::GetTextLineHeightWithSpacing() * 4.6f;
  auto entry = entries_.begin();
  for (int week = 0; week < 6; ++week) {
    if (week > 0 && !in_month(add_days(grid_start, week * 7), *month_)) break;
    ImGui::TableNextRow(0, cell_height);
    ui::Group row(ui::Role::kRow, "");  // a week: seven day cells, no header of its own
    for (int dow = 0; dow < 7; ++dow) {
      const Date day = add_days(grid_start, week * 7 + dow);
      ImGui::TableNextColumn();
      ui::Group cell(ui::Role::kCell, !in_month(day, *month_) ? "" : format_date_long(day) + (day == today ? ", today" : ""));
      if (!in_month(day, *month_)) continue;
      if (day == today) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(ImGuiCol_Header));
      const bool closed = calendar.has_school_years() && calendar.in_session(day) && !calendar.is_school_day(day) &&
                          !is_weekend(day);
      ui::text(std::to_string(static_cast<unsigned>(day.day())) + (closed ? "  no school" : ""),
               closed || is_weekend(day) ? ui::Tone::kMuted : ui::Tone::kNormal);
      for (; entry != entries_.end() && entry->date < day; ++entry) {
      }
      int shown = 0;
      for (auto it = entry; it != entries_.end() && it->date == day; ++it, ++shown) {
        if (shown == 3) {
          const auto more = std::count_if(it, entries_.end(), [&](const Entry& e) { return e.date == day; });
          ImGui::PushID(static_cast<int>(day_number(day).time_since_epoch().count()));
          if (ui::button(("+ " + std::to_string(more) + " more").c_str())) {
            more_day_ = day;
            open_more_ = true;  // opened outside the table, where the popup's id is looked up
          }
          ImGui::PopID();
          break;
        }
        ImGui::PushID(&*it);
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(it->overdue ? ui::Tone::kDanger
                                                            : it->meeting ? ui::Tone::kGood : ui::Tone::kNormal));
        ImGui::PushTextWrapPos(0);
        if (ui::button(it->text.c_str())) ui.open_student(it->student, it->meeting ? StudentTab::kMeetings : StudentTab::kDeadlines);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", it->text.c_str());  // cells cut long entries
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::PopID();
      }
    }
  }
  ui::control_log().end_group();
  ImGui::EndTable();
  draw_more_popup(ui);
  ui::text("Overdue deadlines in red, meetings in green. Select an entry to open the student.", ui::Tone::kMuted);
}

}  // namespace caseload::app
