#include "ui/profile_tab.hpp"

#include <imgui.h>

#include "caseload/caseload_json.hpp"
#include "ui/controls.hpp"

namespace caseload::app {
namespace {

bool same(const StudentForm& a, const StudentForm& b) { return form_to_json(a) == form_to_json(b); }

}  // namespace

ProfileTab::ProfileTab(AppSession& session) : session_(session) {
  session_.add_draft_source({"student_form",
                             [this]() -> Json {
                               if (!editing_ || same(form_, saved_form_)) return nullptr;
                               if (save()) return nullptr;  // valid edits are simply saved
                               return {{"id", editing_->str()}, {"new", is_new_}, {"form", form_to_json(form_)},
                                       {"base", student_to_json(base_)}};
                             },
                             [this](const Json& draft) {
                               auto base = student_from_json(draft.value("base", Json::object()));
                               if (!base) return;
                               base_ = std::move(*base);
                               editing_ = base_.meta.id;
                               is_new_ = draft.value("new", false);
                               form_ = form_from_json(draft.value("form", Json::object()));
                               saved_form_ = form_from_student(base_);
                               message_ = "Restored the changes you had not saved before the lock.";
                               restored_ = editing_;
                             }});
}

void ProfileTab::start_new_student(UiState& ui) {
  if (editing_ && !same(form_, saved_form_) && !save()) return;  // keep the invalid edit in view
  base_ = Student{};
  base_.meta = session_.workspace().new_meta();
  is_new_ = true;
  editing_ = base_.meta.id;
  form_ = saved_form_ = form_from_student(base_);
  errors_.clear();
  message_.clear();
  ui.open_student(base_.meta.id, StudentTab::kProfile);
  focus_first_field_ = true;
}

void ProfileTab::load(const Uuid& id) {
  const Student* student = session_.workspace().find_student(id);
  if (!student) return;
  base_ = *student;
  is_new_ = false;
  editing_ = id;
  form_ = saved_form_ = form_from_student(base_);
  errors_.clear();
  message_.clear();
  confirm_delete_ = false;
  loaded_revision_ = session_.workspace().revision();
}

bool ProfileTab::save() {
  if (!editing_) return true;
  auto applied = apply_form(form_, base_, session_.today());
  if (!applied) {
    message_ = "Not saved: fix the highlighted fields.";
    return false;
  }
  if (is_new_) session_.workspace().add_student(*applied);
  else session_.workspace().update_student(*applied);
  base_ = *session_.workspace().find_student(applied->meta.id);
  is_new_ = false;
  saved_form_ = form_;
  message_.clear();
  return true;
}

const char* ProfileTab::error_for(const char* field) const {
  for (const auto& e : errors_) {
    if (e.field == field) return e.message.c_str();
  }
  return nullptr;
}

void ProfileTab::draw(UiState& ui) {
  if (ui.selected && (!editing_ || *editing_ != *ui.selected)) {
    // Leaving a student saves valid edits; an invalid one keeps the selection until fixed.
    if (editing_ && !same(form_, saved_form_) && !save()) ui.selected = editing_;
    else load(*ui.selected);
  }
  if (!editing_) return;
  // An unedited form follows its record when it changes underneath (an undo, an import).
  if (!is_new_ && loaded_revision_ != session_.workspace().revision() && same(form_, saved_form_)) {
    if (session_.workspace().find_student(*editing_)) load(*editing_);
  }
  draw_profile();
}

void ProfileTab::draw_profile() {
  errors_ = validate_form(form_, session_.today());
  const bool dirty = !same(form_, saved_form_);
  ImGui::BeginChild("profile-form", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2.2f));
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  auto pair_start = [&] { ImGui::BeginGroup(); ImGui::PushItemWidth(half); };
  auto pair_end = [&] { ImGui::PopItemWidth(); ImGui::EndGroup(); };

  pair_start();
  if (focus_first_field_) {
    ui::request_focus(ImGui::GetID("##First name"));
    focus_first_field_ = false;
  }
  ui::text_field("First name", form_.first_name, nullptr, error_for("first_name"), half);
  pair_end();
  ImGui::SameLine();
  pair_start();
  ui::text_field("Last name", form_.last_name, nullptr, error_for("last_name"), half);
  pair_end();

  pair_start();
  ui::text_field("Date of birth", form_.date_of_birth, "MM/DD/YYYY", error_for("date_of_birth"), half);
  ui::text_field("Grade", form_.grade, "K, 1-12", error_for("grade"), half);
  ui::choice("Plan", form_.plan_type, half);
  pair_end();
  ImGui::SameLine();
  pair_start();
  ui::text_field("Student number", form_.external_id, "from the district system", nullptr, half);
  ui::text_field("School", form_.school, nullptr, nullptr, half);
  ui::text_field("Eligibility", form_.eligibility, "e.g. Specific learning disability", nullptr, half);
  pair_end();
  ui::checkbox("English learner", form_.english_learner);
  ImGui::SameLine(0, 24);
  ui::checkbox("Behavior plan (BIP)", form_.behavior_plan);

  ImGui::Spacing();
  ui::heading("Key dates", 3);
  int column = 0;
  for (const auto& field : key_date_fields()) {
    if (column == 1) ImGui::SameLine();
    ImGui::BeginGroup();
    ui::text_field(field.label, form_.*field.text, "MM/DD/YYYY", error_for(field.name), half);
    ImGui::EndGroup();
    column = 1 - column;
  }
  ImGui::EndChild();

  ImGui::Separator();
  const bool enter = ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)
                     && ui::key_pressed(ImGuiKey_Enter, false) && !ImGui::GetIO().KeyShift;
  if ((ui::primary_button("Save", dirty && errors_.empty()) || (enter && dirty)) && !save()) {
    // save() explains what to fix
  }
  ImGui::SameLine();
  if (ui::button("Revert", dirty)) {
    form_ = saved_form_;
    message_.clear();
  }
  if (!is_new_) {
    ImGui::SameLine(0, 32);
    if (!confirm_delete_) {
      if (ui::button("Remove student…")) confirm_delete_ = true;
    } else {
      if (ui::button("Yes, remove this student and all their records")) {
        session_.workspace().remove_student(base_.meta.id);
        editing_.reset();
        confirm_delete_ = false;
        removed_ = true;
        return;
      }
      ImGui::SameLine();
      if (ui::button("Keep")) confirm_delete_ = false;
    }
  }
  ImGui::SameLine(0, 24);
  if (!message_.empty()) ui::status(message_, ui::Tone::kWarning);
  else if (dirty) ui::status("Unsaved changes", ui::Tone::kMuted);
}

}  // namespace caseload::app
