#include "ui/meetings_tab.hpp"

#include <imgui.h>

#include <algorithm>
#include <sstream>

#include "caseload/meeting_checklist.hpp"
#include "ui/controls.hpp"
#include "ui/deadline_table.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    if (line.find_first_not_of(' ') != std::string::npos) lines.push_back(line);
  }
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : "\n") + line;
  return text;
}

}  // namespace

void MeetingsTab::load(const Meeting& m) {
  form_.type = m.type;
  form_.status = m.status;
  form_.date = format_date(m.date);
  form_.time = ui::time_text(m.time);
  form_.duration = std::to_string(m.duration_minutes);
  form_.location = m.location;
  form_.is_virtual = m.is_virtual;
  form_.participants = join_lines(m.participants);
  form_.outcome = m.outcome;
  form_.paperwork = ui::date_text(m.paperwork_submitted);
  std::vector<std::string> items;
  for (const auto& item : m.action_items) items.push_back((item.done ? "[x] " : "") + item.text);
  form_.action_items = join_lines(items);
}

void MeetingsTab::draw(const StudentView& view) {
  if (loaded_for_ != view.student.meta.id) {
    editing_.close();
    loaded_for_ = view.student.meta.id;
  }
  const float list_width = std::max(300.0f, ImGui::GetContentRegionAvail().x * 0.38f);
  ImGui::BeginChild("meeting-list", ImVec2(list_width, 0));
  ui::heading("Meetings", 2);
  if (ui::primary_button("Schedule a meeting")) {
    editing_ = {view.new_meta().id, true, false};
    form_ = {};
    form_.date = format_date(add_days(view.today(), 14));
  }
  std::vector<const Meeting*> meetings;
  for (const auto& m : view.student.meetings) meetings.push_back(&m);
  std::sort(meetings.begin(), meetings.end(), [](auto* a, auto* b) { return a->date > b->date; });
  for (const Meeting* m : meetings) {
    const std::string title = format_date_long(m->date) + " · " + std::string(to_label(m->type));
    if (record_row(title, std::string(to_label(m->status)) + (m->location.empty() ? "" : " · " + m->location),
                   editing_.id == m->meta.id, m)) {
      editing_ = {m->meta.id, false, false};
      load(*m);
    }
  }
  if (meetings.empty()) ui::text("No meetings yet.", ui::Tone::kMuted);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("meeting-detail", ImVec2(0, 0));
  if (editing_.open()) {
    // The checklist first: it is what a case manager opens a meeting for.
    for (const auto& m : view.student.meetings) {
      if (m.meta.id == editing_.id && has_checklist(m)) draw_checklist(view, m);
    }
    draw_form(view);
  } else {
    ui::wrapped_text("Select a meeting to see its checklist, or schedule one.", ui::Tone::kMuted);
  }
  ImGui::EndChild();
}

void MeetingsTab::draw_form(const StudentView& view) {
  ui::heading(editing_.is_new ? "New meeting" : "Meeting", 2);
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::BeginGroup();
  ui::choice("Type", form_.type, half);
  const bool date_ok = ui::date_field("Date##meeting", form_.date, true, half);
  const bool duration_ok = ui::whole_number_field("Duration (minutes)", form_.duration, 1, 1440, true, half);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::choice("Status", form_.status, half);
  const bool time_ok = ui::time_field("Time##meeting", form_.time, false, half);
  ui::text_field("Location", form_.location, "Room 114, or the video link's name", nullptr, half);
  ImGui::EndGroup();
  ui::checkbox("Virtual meeting", form_.is_virtual);
  ui::text_area("Participants (one per line)", form_.participants, 3);
  ui::text_field("Outcome", form_.outcome);
  ui::text_area("Action items (one per line; start with [x] when done)", form_.action_items, 3);
  const bool paperwork_ok = ui::date_field("Paperwork submitted", form_.paperwork, false);
  switch (form_buttons(editing_, date_ok && time_ok && duration_ok && paperwork_ok, "meeting")) {
    case FormAction::kSave: {
      Student s = view.student;
      Meeting m;
      if (Meeting* existing = find_record(s.meetings, *editing_.id)) m = *existing;
      else m.meta = view.new_meta();
      m.meta.id = *editing_.id;
      m.meta.modified = view.session.clock().now();
      m.type = form_.type;
      m.status = form_.status;
      m.date = *ui::parse_form_date(form_.date);
      m.time = ui::parse_form_time(form_.time);
      m.duration_minutes = *ui::parse_form_int(form_.duration);
      m.location = form_.location;
      m.is_virtual = form_.is_virtual;
      m.participants = lines_of(form_.participants);
      m.outcome = form_.outcome;
      m.paperwork_submitted = ui::parse_form_date(form_.paperwork);
      m.action_items.clear();
      for (const auto& line : lines_of(form_.action_items)) {
        const bool done = line.rfind("[x] ", 0) == 0;
        m.action_items.push_back({done ? line.substr(4) : line, done});
      }
      upsert_record(s.meetings, std::move(m));
      view.save(std::move(s));
      editing_.is_new = false;
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(s.meetings, *editing_.id);
      view.save(std::move(s));
      editing_.close();
      break;
    }
    case FormAction::kCancel: editing_.close(); break;
    case FormAction::kNone: break;
  }
}

void MeetingsTab::draw_checklist(const StudentView& view, const Meeting& meeting) {
  const RuleProfile* profile = view.session.profile();
  if (!profile) return;
  const MeetingChecklist list = build_checklist(meeting, view.student, *profile, view.session.calendar(), view.today());
  ui::heading("Checklist: " + std::to_string(list.done_count) + " of " + std::to_string(list.items.size()) + " done", 2);
  ui::text("Parent contact attempts in the " + std::to_string(profile->defaults.contact_window_days) +
               " days before: " + std::to_string(list.contact_attempts) + ", by " +
               std::to_string(list.distinct_methods) + (list.distinct_methods == 1 ? " method" : " methods"),
           ui::Tone::kMuted);
  for (const auto& item : list.items) {
    ImGui::PushID(item.step_id.c_str());
    bool done = item.done;
    const bool tickable = item.step_id != "parent-contacts" && item.step_id != "paperwork";
    const std::string label = item.title + "##step";
    if (!tickable) ImGui::BeginDisabled();
    if (ui::checkbox(label.c_str(), done) && tickable) {
      Student s = view.student;
      Meeting* m = find_record(s.meetings, meeting.meta.id);
      std::erase_if(m->checklist, [&](const ChecklistMark& mark) { return mark.step == item.step_id; });
      if (done) m->checklist.push_back({item.step_id, view.today()});
      m->meta.modified = view.session.clock().now();
      view.save(std::move(s));
    }
    if (!tickable) ImGui::EndDisabled();
    std::string detail = "due " + format_date_long(item.due) + " · " + status_words(item.status);
    if (item.done_on) detail += " · done " + format_date(*item.done_on);
    if (!item.detail.empty()) detail += " · " + item.detail;
    ImGui::Indent(32);
    ui::text(detail, item.status == DeadlineStatus::kOverdue ? ui::Tone::kDanger : ui::Tone::kMuted);
    ImGui::Unindent(32);
    ImGui::PopID();
  }
  ImGui::Separator();
}

}  // namespace caseload::app
