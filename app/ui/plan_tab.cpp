#include "ui/plan_tab.hpp"

#include <imgui.h>

#include "ui/controls.hpp"
#include "ui/form_fields.hpp"

namespace caseload::app {

std::optional<Date> acknowledged_current(const Student& student, const Uuid& staff_id) {
  std::optional<Date> when;
  for (const auto& ack : student.acknowledgements) {
    if (ack.staff_id == staff_id && ack.plan_version == student.plan_version) when = ack.date;
  }
  return when;
}

void PlanTab::draw(const StudentView& view) {
  if (loaded_for_ != view.student.meta.id) {
    accommodation_editing_.close();
    staff_editing_.close();
    confirm_amendment_ = false;
    loaded_for_ = view.student.meta.id;
  }
  ui::text("Plan version " + std::to_string(view.student.plan_version), ui::Tone::kMuted);
  ImGui::SameLine();
  if (!confirm_amendment_) {
    if (ui::button("Amendment: new plan version…")) confirm_amendment_ = true;
  } else {
    const std::string confirm = "Yes, start version " + std::to_string(view.student.plan_version + 1);
    if (ui::button(confirm.c_str())) {
      Student s = view.student;
      ++s.plan_version;
      view.save(std::move(s));
      confirm_amendment_ = false;
    }
    ImGui::SameLine();
    if (ui::button("Not now")) confirm_amendment_ = false;
    ui::wrapped_text("Every teacher will be asked to acknowledge the new version.", ui::Tone::kMuted);
  }
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  ImGui::BeginChild("accommodations", ImVec2(half, 0));
  draw_accommodations(view);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("staff", ImVec2(0, 0));
  draw_staff(view);
  ImGui::EndChild();
}

void PlanTab::draw_accommodations(const StudentView& view) {
  ui::heading("Accommodations and modifications", 2);
  for (const auto& a : view.student.accommodations) {
    if (record_row(a.description, std::string(to_label(a.kind)) + (a.applies_in.empty() ? "" : " · " + a.applies_in),
                   accommodation_editing_.id == a.meta.id, &a)) {
      accommodation_editing_ = {a.meta.id, false, false};
      accommodation_ = {a.kind, a.description, a.applies_in};
    }
  }
  if (view.student.accommodations.empty()) ui::text("None yet.", ui::Tone::kMuted);
  if (ui::button("New accommodation")) {
    accommodation_editing_ = {view.new_meta().id, true, false};
    accommodation_ = {};
  }
  if (!accommodation_editing_.open()) return;
  ImGui::Separator();
  ui::choice("Kind", accommodation_.kind, 220);
  const bool described = ui::required_text_field("Description", accommodation_.description,
                                                 "Extended time (1.5x) on tests");
  ui::text_field("Where it applies", accommodation_.applies_in);
  switch (form_buttons(accommodation_editing_, described, "accommodation")) {
    case FormAction::kSave: {
      Student s = view.student;
      Accommodation a;
      if (Accommodation* existing = find_record(s.accommodations, *accommodation_editing_.id)) a = *existing;
      else a.meta = view.new_meta();
      a.meta.id = *accommodation_editing_.id;
      a.meta.modified = view.session.clock().now();
      a.kind = accommodation_.kind;
      a.description = accommodation_.description;
      a.applies_in = accommodation_.applies_in;
      upsert_record(s.accommodations, std::move(a));
      view.save(std::move(s));
      accommodation_editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(s.accommodations, *accommodation_editing_.id);
      view.save(std::move(s));
      accommodation_editing_.close();
      break;
    }
    case FormAction::kCancel: accommodation_editing_.close(); break;
    case FormAction::kNone: break;
  }
}

void PlanTab::draw_staff(const StudentView& view) {
  ui::heading("Teachers and providers", 2);
  for (const auto& member : view.student.staff) {
    const auto acknowledged = acknowledged_current(view.student, member.meta.id);
    const std::string detail = (member.subject.empty() ? member.role : member.subject) + " · " +
                               (acknowledged ? "acknowledged version " + std::to_string(view.student.plan_version) +
                                                   " on " + format_date(*acknowledged)
                                             : "not yet acknowledged version " + std::to_string(view.student.plan_version));
    if (record_row(member.name, detail, staff_editing_.id == member.meta.id, &member)) {
      staff_editing_ = {member.meta.id, false, false};
      staff_ = {member.name, member.role, member.subject, member.email};
    }
    if (!acknowledged) {
      ImGui::PushID(&member);
      if (ui::button("Record acknowledgement today")) {
        Student s = view.student;
        Acknowledgement ack;
        ack.meta = view.new_meta();
        ack.staff_id = member.meta.id;
        ack.plan_version = s.plan_version;
        ack.date = view.today();
        s.acknowledgements.push_back(std::move(ack));
        view.save(std::move(s));
      }
      ImGui::PopID();
    }
  }
  if (view.student.staff.empty()) ui::text("Nobody yet.", ui::Tone::kMuted);
  if (ui::button("New teacher or provider")) {
    staff_editing_ = {view.new_meta().id, true, false};
    staff_ = {};
  }
  if (!staff_editing_.open()) return;
  ImGui::Separator();
  const bool named = ui::required_text_field("Name##staff", staff_.name);
  ui::text_field("Role", staff_.role);
  ui::text_field("Class or subject", staff_.subject, "Math 7, Period 3 Science");
  ui::text_field("Email##staff", staff_.email);
  switch (form_buttons(staff_editing_, named, "person")) {
    case FormAction::kSave: {
      Student s = view.student;
      StaffMember m;
      if (StaffMember* existing = find_record(s.staff, *staff_editing_.id)) m = *existing;
      else m.meta = view.new_meta();
      m.meta.id = *staff_editing_.id;
      m.meta.modified = view.session.clock().now();
      m.name = staff_.name;
      m.role = staff_.role;
      m.subject = staff_.subject;
      m.email = staff_.email;
      upsert_record(s.staff, std::move(m));
      view.save(std::move(s));
      staff_editing_.close();
      break;
    }
    case FormAction::kDelete: {
      Student s = view.student;
      erase_record(s.staff, *staff_editing_.id);
      std::erase_if(s.acknowledgements, [&](const Acknowledgement& a) { return a.staff_id == staff_editing_.id; });
      view.save(std::move(s));
      staff_editing_.close();
      break;
    }
    case FormAction::kCancel: staff_editing_.close(); break;
    case FormAction::kNone: break;
  }
}

}  // namespace caseload::app
