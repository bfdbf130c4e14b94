#include "ui/dashboard_frame.hpp"

#include <imgui.h>

#include "caseload/version.hpp"

namespace caseload::app {
namespace {

constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove
                                        | ImGuiWindowFlags_NoSavedSettings
                                        | ImGuiWindowFlags_NoBringToFrontOnFocus;

void draw_top_bar(const DashboardFrameModel& model, const Fonts& fonts) {
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(kProductName);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", kVersion);
  ImGui::SameLine(0, 24);
  if (model.student_count == 1) {
    ImGui::TextUnformatted("1 student");
  } else {
    ImGui::Text("%zu students", model.student_count);
  }
  ImGui::Separator();
}

void empty_state(const char* heading, const char* body, const Fonts& fonts) {
  ImGui::PushFont(fonts.heading);
  ImGui::TextUnformatted(heading);
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", body);
  ImGui::PopStyleColor();
}

void draw_caseload_area(const DashboardFrameModel& model, const Fonts& fonts) {
  ImGui::BeginChild("caseload", ImVec2(ImGui::GetContentRegionAvail().x * 0.42f, 0), true);
  if (model.student_count == 0) {
    empty_state("Caseload", "No students yet. Students you add appear here with their plan type, "
                "grade and next deadline.", fonts);
  }
  ImGui::EndChild();
}

void draw_deadlines_area(const DashboardFrameModel& model, const Fonts& fonts) {
  ImGui::BeginChild("deadlines", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.45f), true);
  if (model.overdue_count == 0 && model.due_soon_count == 0) {
    empty_state("Deadlines", "Nothing is overdue or due soon. Annual reviews, triennials and "
                "evaluation timelines will be listed here by urgency.", fonts);
  }
  ImGui::EndChild();
}

void draw_student_area(const Fonts& fonts) {
  ImGui::BeginChild("student", ImVec2(0, 0), true);
  empty_state("Student", "Select a student in the caseload to see their plan, key dates, "
              "contacts, meetings and goals.", fonts);
  ImGui::EndChild();
}

}  // namespace

void draw_dashboard_frame(const DashboardFrameModel& model, const Fonts& fonts) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::Begin("Caseload##root", nullptr, kRootFlags);
  draw_top_bar(model, fonts);
  draw_caseload_area(model, fonts);
  ImGui::SameLine();
  ImGui::BeginGroup();
  draw_deadlines_area(model, fonts);
  draw_student_area(fonts);
  ImGui::EndGroup();
  ImGui::End();
}

}  // namespace caseload::app
