#include "ui/goal_chart.hpp"

#include <cmath>

#include "caseload/progress_chart.hpp"
#include "ui/controls.hpp"

namespace caseload::app::ui {
namespace {

struct Plot {
  ImVec2 min, max;  // the plotting area inside the axes
  const ChartScale& scale;
  ImVec2 at(Date date, double value) const {
    return {min.x + static_cast<float>(scale.x(date)) * (max.x - min.x),
            max.y - static_cast<float>(scale.y(value)) * (max.y - min.y)};
  }
};

ImU32 color(Tone tone, float alpha = 1.0f) {
  ImVec4 c = tone_color(tone);
  c.w *= alpha;
  return ImGui::GetColorU32(c);
}

void dashed_line(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash, float gap) {
  const float length = std::hypot(b.x - a.x, b.y - a.y);
  if (length < 1.0f) return;
  const ImVec2 step{(b.x - a.x) / length, (b.y - a.y) / length};
  for (float t = 0; t < length; t += dash + gap) {
    const float end = std::min(t + dash, length);
    draw->AddLine({a.x + step.x * t, a.y + step.y * t}, {a.x + step.x * end, a.y + step.y * end}, col, thickness);
  }
}

void draw_axes(ImDrawList* draw, const Plot& plot) {
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.6f);
  const ImU32 label = color(Tone::kMuted);
  const float font = ImGui::GetFontSize();
  for (const auto& tick : plot.scale.value_ticks) {
    const float y = plot.max.y - static_cast<float>(tick.at) * (plot.max.y - plot.min.y);
    draw->AddLine({plot.min.x, y}, {plot.max.x, y}, grid);
    const ImVec2 size = ImGui::CalcTextSize(tick.label.c_str());
    draw->AddText({plot.min.x - size.x - font * 0.3f, y - size.y / 2}, label, tick.label.c_str());
  }
  for (const auto& tick : plot.scale.month_ticks) {
    const float x = plot.min.x + static_cast<float>(tick.at) * (plot.max.x - plot.min.x);
    const ImVec2 size = ImGui::CalcTextSize(tick.label.c_str());
    draw->AddText({x - size.x / 2, plot.max.y + font * 0.2f}, label, tick.label.c_str());
  }
}

void draw_lines(ImDrawList* draw, const Plot& plot, const Goal& goal, const GoalProgress& progress) {
  const float scale = ImGui::GetFontSize() / 16.0f;
  dashed_line(draw, {plot.min.x, plot.at(goal.start, goal.target).y}, {plot.max.x, plot.at(goal.start, goal.target).y},
              color(Tone::kDanger, 0.8f), 1.5f * scale, 2 * scale, 4 * scale);
  draw->AddLine(plot.at(goal.start, goal.baseline), plot.at(goal.target_date, goal.target), color(Tone::kGood), 2 * scale);
  if (progress.trend) {
    const Date from = progress.trend->origin, to = plot.scale.last;
    dashed_line(draw, plot.at(from, progress.trend->at(from)), plot.at(to, progress.trend->at(to)),
                color(Tone::kWarning), 2 * scale, 8 * scale, 5 * scale);
  }
}

// The data points; returns the one under the mouse, if any.
const DataPoint* draw_points(ImDrawList* draw, const Plot& plot, const Goal& goal, bool hovered) {
  const float radius = ImGui::GetFontSize() * 0.26f;
  const ImU32 fill = ImGui::GetColorU32(ImGuiCol_CheckMark);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const DataPoint* nearest = nullptr;
  float best = radius * radius * 9;
  for (const auto& p : goal.data) {
    const ImVec2 at = plot.at(p.date, p.value);
    draw->AddCircleFilled(at, radius, fill);
    const float d2 = (at.x - mouse.x) * (at.x - mouse.x) + (at.y - mouse.y) * (at.y - mouse.y);
    if (hovered && d2 < best) {
      best = d2;
      nearest = &p;
    }
  }
  if (nearest) draw->AddCircle(plot.at(nearest->date, nearest->value), radius * 2, fill, 0, 2.0f);
  return nearest;
}

}  // namespace

void goal_chart(const char* id, const Goal& goal, const GoalProgress& progress, ImVec2 size) {
  if (size.x <= 0) size.x = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  const bool hovered = ImGui::IsItemHovered();
  auto& record = control_log().add(Role::kRegion, last_item_id(), "Progress chart: " + goal.area);
  record.value = progress.words;  // the words start with the decision

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float font = ImGui::GetFontSize();
  draw->AddRectFilled(origin, {origin.x + size.x, origin.y + size.y}, ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
  const ChartScale scale = chart_scale_of(goal, progress);
  const Plot plot{{origin.x + font * 2.6f, origin.y + font * 0.6f}, {origin.x + size.x - font * 0.6f, origin.y + size.y - font * 1.5f},
                  scale};
  draw_axes(draw, plot);
  draw->PushClipRect(plot.min, plot.max, true);
  draw_lines(draw, plot, goal, progress);
  const DataPoint* under_mouse = draw_points(draw, plot, goal, hovered);
  draw->PopClipRect();
  if (under_mouse) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted((format_date_long(under_mouse->date) + ": " + format_measure(under_mouse->value) + " " + goal.unit).c_str());
    if (!under_mouse->note.empty()) ImGui::TextUnformatted(under_mouse->note.c_str());
    ImGui::EndTooltip();
  }
}

}  // namespace caseload::app::ui
