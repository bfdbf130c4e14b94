#include "ui/csv_import_screen.hpp"

#include <imgui.h>

#include "ui/controls.hpp"

namespace caseload::app {
namespace {

const char* action_label(RosterAction action) {
  switch (action) {
    case RosterAction::kAdd: return "Add";
    case RosterAction::kUpdate: return "Update";
    case RosterAction::kUnchanged: return "No change";
    case RosterAction::kError: return "Error";
  }
  return "";
}

const char* agreement_label(Agreement a) {
  switch (a) {
    case Agreement::kAgrees: return "Agrees";
    case Agreement::kDiffers: return "Differs";
    case Agreement::kOnlyDistrict: return "Missing in Caseload";
    case Agreement::kUnknownStudent: return "Unknown student";
    case Agreement::kUnreadable: return "Unreadable";
  }
  return "";
}

std::vector<std::string> due_choices() {
  std::vector<std::string> out = {"(skip this column)", "Student ID"};
  for (DeadlineKind k : kReconciledKinds) out.push_back(std::string(to_label(k)) + " due");
  return out;
}

}  // namespace

void CsvImportScreen::open(ReceivedFile file, FileRequest kind) {
  kind_ = kind;
  file_name_ = file.name;
  error_.clear();
  done_message_.clear();
  preview_.reset();
  reconciliation_.reset();
  table_.reset();
  auto table = parse_csv(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
  if (!table) {
    error_ = "\"" + file.name + "\" could not be read: " + table.error().message;
    return;
  }
  table_ = std::move(*table);
  roster_mapping_ = guess_roster_mapping(table_->header);
  due_mapping_ = guess_due_date_mapping(table_->header);
}

void CsvImportScreen::draw(UiState& ui) {
  ui::heading(kind_ == FileRequest::kRoster ? "Import students from a roster CSV" : "Check district due dates", 1);
  if (ui::button("Back to the caseload")) {
    ui.screen = Screen::kCaseload;
    return;
  }
  ImGui::SameLine();
  if (ui::button("Choose another file…")) {
    ui.file_request = kind_;
    pick_file();
  }
  if (built_revision_ != session_.workspace().revision()) {  // an edit or undo elsewhere: compare again
    built_revision_ = session_.workspace().revision();
    preview_.reset();
    reconciliation_.reset();
  }
  if (!done_message_.empty()) ui::status(done_message_, ui::Tone::kGood);
  if (!error_.empty()) {
    ui::status(error_, ui::Tone::kDanger);
    return;
  }
  if (!table_) {
    ui::wrapped_text("Choose a CSV file exported from your student information system (File, Download, CSV).",
                     ui::Tone::kMuted);
    return;
  }
  ui::text("\"" + file_name_ + "\": " + std::to_string(table_->rows.size()) + " rows, " +
               std::to_string(table_->header.size()) + " columns",
           ui::Tone::kMuted);
  if (kind_ == FileRequest::kRoster) {
    draw_roster_mapping();
    draw_roster_preview(ui);
  } else {
    draw_due_date_mapping();
    draw_reconciliation(ui);
  }
}

void CsvImportScreen::draw_roster_mapping() {
  ui::heading("1. Match the columns", 2);
  std::vector<const char*> fields;
  for (RosterField f : kRosterFields) fields.push_back(roster_field_label(f));
  bool changed = false;
  for (std::size_t c = 0; c < table_->header.size(); ++c) {
    ImGui::PushID(static_cast<int>(c));
    int index = static_cast<int>(roster_mapping_[c]);
    const std::string label = "Column \"" + table_->header[c] + "\"##map";
    if (ui::choice_index(label.c_str(), index, fields, 260)) {
      roster_mapping_[c] = static_cast<RosterField>(index);
      changed = true;
    }
    ImGui::PopID();
  }
  if (changed) preview_.reset();
}

void CsvImportScreen::draw_roster_preview(UiState& ui) {
  ui::heading("2. Check the preview", 2);
  if (const auto problem = roster_mapping_problem(roster_mapping_)) {
    ui::status(*problem, ui::Tone::kWarning);
    return;
  }
  if (!preview_) preview_ = preview_roster(*table_, roster_mapping_, session_.workspace().caseload());
  const RosterPreview& p = *preview_;
  ui::text(std::to_string(p.added) + " to add, " + std::to_string(p.updated) + " to update, " +
               std::to_string(p.unchanged) + " unchanged, " + std::to_string(p.errors) + " with errors (not imported)",
           p.errors ? ui::Tone::kWarning : ui::Tone::kNormal);
  const int to_save = p.added + p.updated;
  if (ui::primary_button(("Import " + std::to_string(to_save) + (to_save == 1 ? " student" : " students")).c_str(),
                         to_save > 0)) {
    session_.workspace().put_students(p.to_save(), "the roster import");
    done_message_ = "Imported: " + std::to_string(p.added) + " added, " + std::to_string(p.updated) +
                    " updated. Undo takes the whole import back.";
    table_.reset();
    preview_.reset();
    (void)ui;
    return;
  }
  if (!ImGui::BeginTable("roster-preview", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                         ImVec2(0, ImGui::GetContentRegionAvail().y))) {
    return;
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Line", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 3);
  ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
  ImGui::TableSetupColumn("Student");
  ImGui::TableSetupColumn("Details");
  ui::table_headers();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(p.rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const RosterRow& row = p.rows[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d", row.line);
      ImGui::TableNextColumn();
      ui::text(action_label(row.action), row.action == RosterAction::kError ? ui::Tone::kDanger : ui::Tone::kNormal);
      ImGui::TableNextColumn();
      const std::string who = row.action == RosterAction::kError ? "" : display_name(row.student, ui) + " (" + row.student.external_id + ")";
      ImGui::TextUnformatted(who.c_str());
      ImGui::TableNextColumn();
      ui::text("Line " + std::to_string(row.line) + ": " + row.message,
               row.action == RosterAction::kError ? ui::Tone::kDanger : ui::Tone::kMuted);
    }
  }
  ImGui::EndTable();
}

void CsvImportScreen::draw_due_date_mapping() {
  ui::heading("1. Match the columns", 2);
  static const std::vector<std::string> choices = due_choices();
  std::vector<const char*> labels;
  for (const auto& c : choices) labels.push_back(c.c_str());
  bool changed = false;
  for (std::size_t c = 0; c < table_->header.size(); ++c) {
    ImGui::PushID(static_cast<int>(c));
    int index = 0;
    if (due_mapping_[c].student_id) index = 1;
    for (std::size_t k = 0; k < std::size(kReconciledKinds); ++k) {
      if (due_mapping_[c].kind == kReconciledKinds[k]) index = static_cast<int>(k) + 2;
    }
    const std::string label = "Column \"" + table_->header[c] + "\"##due";
    if (ui::choice_index(label.c_str(), index, labels, 260)) {
      due_mapping_[c] = {index == 1, index >= 2 ? std::optional(kReconciledKinds[index - 2]) : std::nullopt};
      changed = true;
    }
    ImGui::PopID();
  }
  if (changed) reconciliation_.reset();
}

void CsvImportScreen::draw_reconciliation(UiState& ui) {
  ui::heading("2. Where the dates disagree", 2);
  if (!reconciliation_) {
    reconciliation_ = reconcile_due_dates(*table_, due_mapping_, session_.workspace().caseload(), session_.deadlines());
  }
  const Reconciliation& r = *reconciliation_;
  ui::text(std::to_string(r.differs) + " differ, " + std::to_string(r.only_district) + " missing in Caseload, " +
               std::to_string(r.unknown_students) + " unknown students, " + std::to_string(r.unreadable) +
               " unreadable, " + std::to_string(r.agrees) + " agree",
           r.differs + r.only_district ? ui::Tone::kWarning : ui::Tone::kGood);
  ui::text("Nothing is changed here: open a student to correct a key date.", ui::Tone::kMuted);
  if (!ImGui::BeginTable("reconcile", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                         ImVec2(0, ImGui::GetContentRegionAvail().y))) {
    return;
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const char* h : {"Line", "Student", "Deadline", "District", "Caseload", "Result"}) ImGui::TableSetupColumn(h);
  ui::table_headers();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(r.rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const DueDateComparison& row = r.rows[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d", row.line);
      ImGui::TableNextColumn();
      if (row.student) {
        if (ui::button(display_name(*row.student, ui).c_str())) ui.open_student(row.student->meta.id, StudentTab::kProfile);
      } else {
        ImGui::TextUnformatted(row.student_id.c_str());
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.kind ? std::string(to_label(*row.kind)).c_str() : "");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.district ? format_date(*row.district).c_str() : "");
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.caseload ? format_date(*row.caseload).c_str() : "");
      ImGui::TableNextColumn();
      ui::text(std::string(agreement_label(row.agreement)) + ": " + row.message,
               row.agreement == Agreement::kAgrees ? ui::Tone::kGood : ui::Tone::kWarning);
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace caseload::app
