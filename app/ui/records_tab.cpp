#include "ui/records_tab.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/controls.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {

void RecordsTab::draw(const StudentView& view) {
  if (loaded_for_ != view.student.meta.id) {
    suspension_editing_.close();
    request_editing_.close();
    note_editing_.close();
    report_date_ = format_date(view.today());
    loaded_for_ = view.student.meta.id;
  }
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::BeginChild("records-left", ImVec2(half, 0));
  draw_suspensions(view);
  ImGui::Separator();
  draw_requests(view);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("records-right", ImVec2(0, 0));
  draw_reports(view);
  ImGui::Separator();
  draw_notes(view);
  ImGui::EndChild();
}

void RecordsTab::draw_suspensions(const StudentView& view) {
  ui::heading("Suspensions", 2);
  // School days this school year, as the manifestation determination rule counts them.
  const SchoolCalendar& calendar = view.session.calendar();
  const auto year_end = calendar.session_end(view.today());
  int days = 0;
  for (const auto& s : view.student.suspensions) {
    if (s.kind != SuspensionKind::kOutOfSchool) continue;
    const auto end = calendar.session_end(s.start);
    if (year_end && end && end->date == year_end->date) days += s.school_days;
  }
  const int threshold = view.session.profile() ? view.session.profile()->defaults.suspension_threshold_days : 10;
  ui::status(std::to_string(days) + " school days of out-of-school removal this school year" +
                 (days > threshold ? ": more than " + std::to_string(threshold) + ", a manifestation determination is due"
                  : days >= threshold - 2 ? ": close to the " + std::to_string(threshold) + "-day threshold"
                                          : ""),
             days > threshold ? ui::Tone::kDanger : days >= threshold - 2 ? ui::Tone::kWarning : ui::Tone::kMuted);
  for (const auto& s : view.student.suspensions) {
    const std::string title = format_date(s.start) + " to " + format_date(s.end) + " · " +
                              std::to_string(s.school_days) + " school days";
    if (record_row(title, std::string(to_label(s.kind)) + (s.reason.empty() ? "" : " · " + s.reason),
                   suspension_editing_.id == s.meta.id, &s)) {
      suspension_editing_ = {s.meta.id, false, false};
      suspension_ = {s.kind, format_date(s.start), format_date(s.end), std::to_string(s.school_days), s.reason};
    }
  }
  if (ui::button("New suspension")) {
    suspension_editing_ = {view.new_meta().id, true, false};
    suspension_ = {SuspensionKind::kOutOfSchool, format_date(view.today()), format_date(view.today()), "1", ""};
  }
  if (!suspension_editing_.open()) return;
  ui::choice("Kind##suspension", suspension_.kind, 280);
  const bool start_ok = ui::date_field("First day", suspension_.start, true, 200);
  const bool end_ok = ui::date_field("Last day", suspension_.end, true, 200);
  const bool days_ok = ui::whole_number_field("School days", suspension_.days, 0, 200, true, 120);
  ui::text_field("Reason##suspension", suspension_.reason);
  const auto start = ui::parse_form_date(suspension_.start), end = ui::parse_form_date(suspension_.end);
  const bool order_ok = !start || !end || *end >= *start;
  if (!order_ok) ui::status("The last day is before the first.", ui::Tone::kDanger);
  switch (form_buttons(suspension_editing_, start_ok && end_ok && days_ok && order_ok, "suspension")) {
    case FormAction::kSave: {
      Student st = view.student;
      Suspension s;
      if (Suspension* existing = find_record(st.suspensions, *suspension_editing_.id)) s = *existing;
      else s.meta = view.new_meta();
      s.meta.id = *suspension_editing_.id;
      s.meta.modified = view.session.clock().now();
      s.kind = suspension_.kind;
      s.start = *start;
      s.end = *end;
      s.school_days = std::min(*ui::parse_form_int(suspension_.days), days_between(*start, *end) + 1);
      s.reason = suspension_.reason;
      upsert_record(st.suspensions, std::move(s));
      view.save(std::move(st));
      suspension_editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student st = view.student;
      erase_record(st.suspensions, *suspension_editing_.id);
      view.save(std::move(st));
      suspension_editing_.close();
      break;
    }
    case FormAction::kCancel: suspension_editing_.close(); break;
    case FormAction::kNone: break;
  }
}

void RecordsTab::draw_requests(const StudentView& view) {
  ui::heading("Records requests", 2);
  for (const auto& r : view.student.records_requests) {
    const std::string title = "Received " + format_date(r.received) + (r.requested_by.empty() ? "" : " from " + r.requested_by);
    const std::string detail = r.fulfilled ? "fulfilled " + format_date(*r.fulfilled) : "open";
    if (record_row(title, detail, request_editing_.id == r.meta.id, &r)) {
      request_editing_ = {r.meta.id, false, false};
      request_ = {format_date(r.received), r.requested_by, r.description, ui::date_text(r.fulfilled)};
    }
  }
  if (ui::button("New records request")) {
    request_editing_ = {view.new_meta().id, true, false};
    request_ = {format_date(view.today()), "", "", ""};
  }
  if (!request_editing_.open()) return;
  const bool received_ok = ui::date_field("Received", request_.received, true, 200);
  ui::text_field("Requested by", request_.requested_by);
  ui::text_field("What was asked for", request_.description);
  const bool fulfilled_ok = ui::date_field("Fulfilled", request_.fulfilled, false, 200);
  switch (form_buttons(request_editing_, received_ok && fulfilled_ok, "request")) {
    case FormAction::kSave: {
      Student st = view.student;
      RecordsRequest r;
      if (RecordsRequest* existing = find_record(st.records_requests, *request_editing_.id)) r = *existing;
      else r.meta = view.new_meta();
      r.meta.id = *request_editing_.id;
      r.meta.modified = view.session.clock().now();
      r.received = *ui::parse_form_date(request_.received);
      r.requested_by = request_.requested_by;
      r.description = request_.description;
      r.fulfilled = ui::parse_form_date(request_.fulfilled);
      upsert_record(st.records_requests, std::move(r));
      view.save(std::move(st));
      request_editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student st = view.student;
      erase_record(st.records_requests, *request_editing_.id);
      view.save(std::move(st));
      request_editing_.close();
      break;
    }
    case FormAction::kCancel: request_editing_.close(); break;
    case FormAction::kNone: break;
  }
}

void RecordsTab::draw_reports(const StudentView& view) {
  ui::heading("Progress reports sent", 2);
  const auto& periods = view.session.workspace().caseload().settings.reporting_periods;
  if (periods.empty()) {
    ui::wrapped_text("Add reporting periods in Settings to track progress reports.", ui::Tone::kMuted);
    return;
  }
  for (const auto& period : periods) {
    std::string status = "not sent (due " + format_date(period.report_due) + ")";
    for (const auto& sent : view.student.progress_reports) {
      if (sent.period_id == period.id) status = "sent " + format_date(sent.sent);
    }
    ui::text((period.name.empty() ? period.id : period.name) + ": " + status);
  }
  std::vector<const char*> names;
  for (const auto& p : periods) names.push_back(p.name.empty() ? p.id.c_str() : p.name.c_str());
  report_period_ = std::clamp(report_period_, 0, static_cast<int>(names.size()) - 1);
  ui::choice_index("Period", report_period_, names, 320);
  const bool date_ok = ui::date_field("Sent on", report_date_, true, 200);
  if (ui::button("Mark report sent", date_ok)) {
    Student st = view.student;
    const std::string& period = periods[static_cast<std::size_t>(report_period_)].id;
    std::erase_if(st.progress_reports, [&](const ProgressReportSent& r) { return r.period_id == period; });
    ProgressReportSent sent;
    sent.meta = view.new_meta();
    sent.period_id = period;
    sent.sent = *ui::parse_form_date(report_date_);
    st.progress_reports.push_back(std::move(sent));
    view.save(std::move(st));
  }
}

void RecordsTab::draw_notes(const StudentView& view) {
  ui::heading("Notes", 2);
  if (!note_editing_.open() && ui::button("New note")) {
    note_editing_ = {view.new_meta().id, true, false};
    note_ = {format_date(view.today()), ""};
  }
  if (note_editing_.open()) {
    const bool date_ok = ui::date_field("Date##note", note_.date, true, 200);
    ui::text_area("Note", note_.text, 4);
    switch (form_buttons(note_editing_, date_ok && !note_.text.empty(), "note")) {
      case FormAction::kSave: {
        Student st = view.student;
        Note n;
        if (Note* existing = find_record(st.notes, *note_editing_.id)) n = *existing;
        else n.meta = view.new_meta();
        n.meta.id = *note_editing_.id;
        n.meta.modified = view.session.clock().now();
        n.date = *ui::parse_form_date(note_.date);
        n.text = note_.text;
        upsert_record(st.notes, std::move(n));
        view.save(std::move(st));
        note_editing_.close();
        break;
      }
      case FormAction::kDelete: {
        Student st = view.student;
        erase_record(st.notes, *note_editing_.id);
        view.save(std::move(st));
        note_editing_.close();
        break;
      }
      case FormAction::kCancel: note_editing_.close(); break;
      case FormAction::kNone: break;
    }
  }
  std::vector<const Note*> notes;
  for (const auto& n : view.student.notes) notes.push_back(&n);
  std::sort(notes.begin(), notes.end(), [](auto* a, auto* b) { return a->date > b->date; });
  for (const Note* n : notes) {
    const std::string first_line = n->text.substr(0, n->text.find('\n'));
    if (record_row(format_date_long(n->date), first_line, note_editing_.id == n->meta.id, n)) {
      note_editing_ = {n->meta.id, false, false};
      note_ = {format_date(n->date), n->text};
    }
  }
}

}  // namespace caseload::app
