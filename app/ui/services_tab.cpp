#include "ui/services_tab.hpp"

#include <imgui.h>

#include <algorithm>

#include "caseload/service_minutes.hpp"
#include "ui/controls.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {

void ServicesTab::draw(const StudentView& view) {
  if (loaded_for_ != view.student.meta.id) {
    editing_.close();
    delivery_editing_.close();
    selected_.reset();
    loaded_for_ = view.student.meta.id;
  }
  const float list_width = std::max(300.0f, ImGui::GetContentRegionAvail().x * 0.38f);
  ImGui::BeginChild("service-list", ImVec2(list_width, 0));
  ui::heading("Services", 2);
  for (const auto& s : view.student.services) {
    const std::string detail = std::to_string(s.minutes) + " min " + std::string(to_label(s.frequency)) +
                               (s.provider.empty() ? "" : " · " + s.provider);
    if (record_row(s.type.empty() ? "(service)" : s.type, detail, selected_ == s.meta.id, &s)) {
      selected_ = s.meta.id;
      editing_.close();
      delivery_editing_.close();
    }
  }
  if (view.student.services.empty()) ui::text("No services yet.", ui::Tone::kMuted);
  if (ui::button("New service")) {
    editing_ = {view.new_meta().id, true, false};
    form_ = {};
    form_.start = format_date(view.today());
    selected_.reset();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("service-detail", ImVec2(0, 0));
  if (editing_.open()) {
    draw_service_form(view);
  } else if (selected_) {
    for (const auto& s : view.student.services) {
      if (s.meta.id == selected_) draw_selected(view, s);
    }
  } else {
    ui::wrapped_text("Select a service to log sessions and see minutes delivered against required.",
                     ui::Tone::kMuted);
  }
  ImGui::EndChild();
}

void ServicesTab::draw_service_form(const StudentView& view) {
  ui::heading(editing_.is_new ? "New service" : "Service", 2);
  const bool typed = ui::required_text_field("Service", form_.type, "Specialized academic instruction, Speech…");
  const bool minutes_ok = ui::whole_number_field("Minutes", form_.minutes, 0, 10000, true, 160);
  ui::choice("Frequency", form_.frequency, 220);
  ui::text_field("Provider", form_.provider);
  ui::text_field("Setting", form_.setting, "General education classroom, Resource room…");
  const bool start_ok = ui::date_field("Starts", form_.start, false);
  const bool end_ok = ui::date_field("Ends", form_.end, false);
  switch (form_buttons(editing_, typed && minutes_ok && start_ok && end_ok, "service")) {
    case FormAction::kSave: {
      Student s = view.student;
      Service service;
      if (Service* existing = find_record(s.services, *editing_.id)) service = *existing;
      else service.meta = view.new_meta();
      service.meta.id = *editing_.id;
      service.meta.modified = view.session.clock().now();
      service.type = form_.type;
      service.minutes = *ui::parse_form_int(form_.minutes);
      service.frequency = form_.frequency;
      service.provider = form_.provider;
      service.setting = form_.setting;
      service.start = ui::parse_form_date(form_.start);
      service.end = ui::parse_form_date(form_.end);
      selected_ = service.meta.id;
      upsert_record(s.services, std::move(service));
      view.save(std::move(s));
      editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(s.services, *editing_.id);
      view.save(std::move(s));
      editing_.close();
      selected_.reset();
      break;
    }
    case FormAction::kCancel: editing_.close(); break;
    case FormAction::kNone: break;
  }
}

void ServicesTab::draw_selected(const StudentView& view, const Service& service) {
  ui::heading(service.type, 2);
  ui::text(std::to_string(service.minutes) + " minutes " + std::string(to_label(service.frequency)) +
               (service.setting.empty() ? "" : " · " + service.setting),
           ui::Tone::kMuted);
  if (ui::button("Edit service")) {
    editing_ = {service.meta.id, false, false};
    form_ = {service.type, std::to_string(service.minutes), service.provider, service.setting,
             ui::date_text(service.start), ui::date_text(service.end), service.frequency};
    return;
  }
  const ServiceMinutes minutes = summarize_service(service, view.session.calendar(), view.today());
  ImGui::Separator();
  ui::heading("Minutes", 3);
  ui::text("Required so far: " + std::to_string(minutes.required_to_date) + " · delivered: " +
           std::to_string(minutes.delivered_to_date) + " · make-up delivered: " +
           std::to_string(minutes.makeup_delivered));
  ui::status("Make-up owed: " + std::to_string(minutes.makeup_owed) + " minutes",
             minutes.makeup_owed > 0 ? ui::Tone::kWarning : ui::Tone::kGood);
  if (!minutes.weeks.empty() && ImGui::BeginTable("weeks", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH,
                                                  ImVec2(0, 150))) {
    ImGui::TableSetupColumn("Week of");
    ImGui::TableSetupColumn("Required");
    ImGui::TableSetupColumn("Delivered");
    ImGui::TableSetupColumn("Missed");
    ui::table_headers();
    for (auto it = minutes.weeks.rbegin(); it != minutes.weeks.rend(); ++it) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ui::text(format_date(it->start) + (it->complete ? "" : " (this week)"));
      ImGui::TableNextColumn();
      ui::text(std::to_string(it->required));
      ImGui::TableNextColumn();
      ui::text(std::to_string(it->delivered + it->makeup));
      ImGui::TableNextColumn();
      ui::text(std::to_string(it->missed_sessions));
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  ui::heading("Sessions", 3);
  if (!delivery_editing_.open() && ui::primary_button("Log a session")) {
    delivery_editing_ = {view.new_meta().id, true, false};
    delivery_ = {format_date(view.today()), std::to_string(service.frequency == ServiceFrequency::kPerDay
                                                               ? service.minutes
                                                               : std::min(service.minutes, 60)),
                 "", false, false};
  }
  if (delivery_editing_.open()) draw_delivery_form(view, service);
  std::vector<const ServiceDelivery*> sessions;
  for (const auto& d : service.deliveries) sessions.push_back(&d);
  std::sort(sessions.begin(), sessions.end(), [](auto* a, auto* b) { return a->date > b->date; });
  for (const ServiceDelivery* d : sessions) {
    const std::string title = format_date_long(d->date) + " · " +
                              (d->missed ? "missed" : std::to_string(d->minutes) + " min") + (d->makeup ? " · make-up" : "");
    if (record_row(title, d->missed_reason, delivery_editing_.id == d->meta.id, d)) {
      delivery_editing_ = {d->meta.id, false, false};
      delivery_ = {format_date(d->date), std::to_string(d->minutes), d->missed_reason, d->missed, d->makeup};
    }
  }
}

void ServicesTab::draw_delivery_form(const StudentView& view, const Service& service) {
  const bool date_ok = ui::date_field("Date##session", delivery_.date, true, 200);
  ui::checkbox("Missed", delivery_.missed);
  bool minutes_ok = true;
  if (delivery_.missed) {
    ui::text_field("Reason", delivery_.reason, "Student absent, provider out…");
  } else {
    minutes_ok = ui::whole_number_field("Minutes delivered", delivery_.minutes, 0, 1440, true, 160);
    ui::checkbox("Make-up session", delivery_.makeup);
  }
  switch (form_buttons(delivery_editing_, date_ok && minutes_ok, "session")) {
    case FormAction::kSave: {
      Student s = view.student;
      Service* target = find_record(s.services, service.meta.id);
      ServiceDelivery d;
      if (ServiceDelivery* existing = find_record(target->deliveries, *delivery_editing_.id)) d = *existing;
      else d.meta = view.new_meta();
      d.meta.id = *delivery_editing_.id;
      d.meta.modified = view.session.clock().now();
      d.date = *ui::parse_form_date(delivery_.date);
      d.missed = delivery_.missed;
      d.minutes = delivery_.missed ? 0 : *ui::parse_form_int(delivery_.minutes);
      d.missed_reason = delivery_.missed ? delivery_.reason : "";
      d.makeup = !delivery_.missed && delivery_.makeup;
      upsert_record(target->deliveries, std::move(d));
      target->meta.modified = view.session.clock().now();
      view.save(std::move(s));
      delivery_editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(find_record(s.services, service.meta.id)->deliveries, *delivery_editing_.id);
      view.save(std::move(s));
      delivery_editing_.close();
      break;
    }
    case FormAction::kCancel: delivery_editing_.close(); break;
    case FormAction::kNone: break;
  }
  ImGui::Separator();
}

}  // namespace caseload::app
