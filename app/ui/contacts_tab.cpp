#include "ui/contacts_tab.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/controls.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {

void ContactsTab::draw(const StudentView& view) {
  if (loaded_for_ != view.student.meta.id) {
    contact_editing_.close();
    log_editing_.close();
    loaded_for_ = view.student.meta.id;
  }
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::BeginChild("contacts-column", ImVec2(half, 0));
  draw_contacts(view);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("log-column", ImVec2(0, 0));
  draw_log(view);
  ImGui::EndChild();
}

void ContactsTab::draw_contacts(const StudentView& view) {
  ui::heading("Contacts", 2);
  for (const auto& c : view.student.contacts) {
    std::string flags;
    if (c.decision_maker) flags += "Decision maker · ";
    if (c.ferpa_authorized) flags += "FERPA authorized · ";
    flags += c.phone.empty() ? c.email : c.phone;
    const std::string title = c.name + (c.relationship.empty() ? "" : " (" + c.relationship + ")");
    if (record_row(title, flags, contact_editing_.id == c.meta.id, &c)) {
      contact_editing_ = {c.meta.id, false, false};
      contact_ = {c.name, c.relationship, c.phone, c.email, c.language, c.decision_maker, c.ferpa_authorized,
                  c.preferred_method ? static_cast<int>(*c.preferred_method) + 1 : 0};
    }
  }
  if (view.student.contacts.empty()) ui::text("No contacts yet.", ui::Tone::kMuted);
  if (ui::button("New contact")) {
    contact_editing_ = {view.new_meta().id, true, false};
    contact_ = {};
    contact_.decision_maker = view.student.contacts.empty();
    contact_.ferpa = true;
  }
  if (contact_editing_.open()) draw_contact_form(view);
}

void ContactsTab::draw_contact_form(const StudentView& view) {
  ImGui::Separator();
  const bool named = ui::required_text_field("Name##contact", contact_.name);
  ui::text_field("Relationship", contact_.relationship, "Mother, Guardian, Foster parent…");
  ui::checkbox("Legal education decision maker", contact_.decision_maker);
  ui::checkbox("FERPA authorized (may receive records)", contact_.ferpa);
  ui::text_field("Phone", contact_.phone);
  ui::text_field("Email", contact_.email);
  std::vector<const char*> methods = {"No preference"};
  for (const auto& entry : kContactMethods) methods.push_back(entry.label.data());
  ui::choice_index("Preferred method", contact_.preferred, methods);
  ui::text_field("Language", contact_.language, "English, Spanish…");
  switch (form_buttons(contact_editing_, named, "contact")) {
    case FormAction::kSave: {
      Student s = view.student;
      Contact c;
      if (Contact* existing = find_record(s.contacts, *contact_editing_.id)) c = *existing;
      else c.meta = view.new_meta();
      c.meta.id = *contact_editing_.id;
      c.meta.modified = view.session.clock().now();
      c.name = contact_.name;
      c.relationship = contact_.relationship;
      c.phone = contact_.phone;
      c.email = contact_.email;
      c.language = contact_.language;
      c.decision_maker = contact_.decision_maker;
      c.ferpa_authorized = contact_.ferpa;
      c.preferred_method = contact_.preferred ? std::optional(static_cast<ContactMethod>(contact_.preferred - 1))
                                              : std::nullopt;
      upsert_record(s.contacts, std::move(c));
      view.save(std::move(s));
      contact_editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(s.contacts, *contact_editing_.id);
      for (auto& entry : s.contact_log) {
        if (entry.contact_id == contact_editing_.id) entry.contact_id.reset();
      }
      view.save(std::move(s));
      contact_editing_.close();
      break;
    }
    case FormAction::kCancel: contact_editing_.close(); break;
    case FormAction::kNone: break;
  }
}

void ContactsTab::reset_log_form(const StudentView& view) {
  log_ = {};
  log_.date = format_date(view.today());
  log_.time = format_time_of_day(view.session.clock().local_time());
  log_.contact = view.student.contacts.empty() ? 0 : 1;
  if (!view.student.contacts.empty() && view.student.contacts[0].preferred_method) {
    log_.method = *view.student.contacts[0].preferred_method;
  }
}

void ContactsTab::draw_log(const StudentView& view) {
  ui::heading("Contact log", 2);
  if (!log_editing_.open() && ui::primary_button("Log a contact")) {
    log_editing_ = {view.new_meta().id, true, false};
    reset_log_form(view);
  }
  if (log_editing_.open()) draw_log_form(view);
  std::vector<const ContactLogEntry*> entries;
  for (const auto& e : view.student.contact_log) entries.push_back(&e);
  std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) {
    return a->date != b->date ? a->date > b->date : a->time.value_or(TimeOfDay{}) > b->time.value_or(TimeOfDay{});
  });
  for (const ContactLogEntry* e : entries) {
    std::string who = "—";
    for (const auto& c : view.student.contacts) {
      if (e->contact_id == c.meta.id) who = c.name;
    }
    const std::string title = format_date_long(e->date) + (e->time ? " " + format_time_of_day(*e->time) : "") + " · " +
                              std::string(to_label(e->method)) + " · " + std::string(to_label(e->outcome));
    if (record_row(title, who + (e->purpose.empty() ? "" : " · " + e->purpose), log_editing_.id == e->meta.id, e)) {
      log_editing_ = {e->meta.id, false, false};
      log_.date = format_date(e->date);
      log_.time = ui::time_text(e->time);
      log_.method = e->method;
      log_.outcome = e->outcome;
      log_.purpose = e->purpose;
      log_.notes = e->notes;
      log_.contact = 0;
      for (std::size_t i = 0; i < view.student.contacts.size(); ++i) {
        if (e->contact_id == view.student.contacts[i].meta.id) log_.contact = static_cast<int>(i) + 1;
      }
    }
  }
  if (entries.empty()) ui::text("Nothing logged yet.", ui::Tone::kMuted);
}

void ContactsTab::draw_log_form(const StudentView& view) {
  const float third = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f;
  ImGui::BeginGroup();
  ui::choice("Method", log_.method, third);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  std::vector<const char*> people = {"Nobody in particular"};
  for (const auto& c : view.student.contacts) people.push_back(c.name.c_str());
  ui::choice_index("Contact", log_.contact, people, third);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ui::choice("Outcome", log_.outcome, third);
  ImGui::EndGroup();
  ImGui::BeginGroup();
  const bool date_ok = ui::date_field("Date##log", log_.date, true, third);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  const bool time_ok = ui::time_field("Time##log", log_.time, false, third);
  ImGui::EndGroup();
  ui::text_field("Purpose", log_.purpose, "Schedule the annual IEP meeting");
  ui::text_field("Notes##log", log_.notes);
  switch (form_buttons(log_editing_, date_ok && time_ok, "entry")) {
    case FormAction::kSave: {
      Student s = view.student;
      ContactLogEntry e;
      if (ContactLogEntry* existing = find_record(s.contact_log, *log_editing_.id)) e = *existing;
      else e.meta = view.new_meta();
      e.meta.id = *log_editing_.id;
      e.meta.modified = view.session.clock().now();
      e.date = *ui::parse_form_date(log_.date);
      e.time = ui::parse_form_time(log_.time);
      e.method = log_.method;
      e.outcome = log_.outcome;
      e.purpose = log_.purpose;
      e.notes = log_.notes;
      e.contact_id = log_.contact > 0 ? std::optional(s.contacts[static_cast<std::size_t>(log_.contact - 1)].meta.id)
                                      : std::nullopt;
      upsert_record(s.contact_log, std::move(e));
      view.save(std::move(s));
      log_editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(s.contact_log, *log_editing_.id);
      view.save(std::move(s));
      log_editing_.close();
      break;
    }
    case FormAction::kCancel: log_editing_.close(); break;
    case FormAction::kNone: break;
  }
  ImGui::Separator();
}

}  // namespace caseload::app
