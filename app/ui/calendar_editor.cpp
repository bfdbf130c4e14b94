#include "ui/calendar_editor.hpp"

#include <imgui.h>

#include <algorithm>
#include <sstream>

#include "caseload/school_year_template.hpp"
#include "ui/controls.hpp"
#include "ui/form_fields.hpp"

#include <imgui_stdlib.h>

namespace caseload::app {
namespace {

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, ',');) {
    const auto first = part.find_first_not_of(' ');
    if (first != std::string::npos) parts.push_back(part.substr(first, part.find_last_not_of(' ') - first + 1));
  }
  return parts;
}

}  // namespace

void CalendarEditor::load(const CaseloadSettings& settings) {
  years_.clear();
  for (const auto& y : settings.school_years) {
    YearForm form{y.name, format_date(y.first_day), format_date(y.last_day), "", {}};
    for (const auto& d : y.minimum_days) form.minimum_days += (form.minimum_days.empty() ? "" : ", ") + format_date(d);
    for (const auto& c : y.closures) form.closures.push_back({format_date(c.first), format_date(c.last), c.name, c.kind});
    years_.push_back(std::move(form));
  }
  holidays_.clear();
  for (const auto& h : settings.holidays) holidays_.push_back({format_date(h.date), h.name});
  periods_.clear();
  for (const auto& p : settings.reporting_periods) {
    periods_.push_back({p.id, p.name, format_date(p.start), format_date(p.end), format_date(p.report_due)});
  }
  year_ = std::max(0, static_cast<int>(years_.size()) - 1);
}

bool CalendarEditor::draw(Date today) {
  bool changed = draw_years(today);
  ImGui::Separator();
  changed = draw_holidays() || changed;
  ImGui::Separator();
  changed = draw_periods() || changed;
  return changed;
}

bool CalendarEditor::draw_years(Date today) {
  bool changed = false;
  ui::heading("School years", 3);
  std::vector<std::string> names;
  for (const auto& y : years_) names.push_back(y.name.empty() ? y.first_day : y.name);
  std::vector<const char*> labels;
  for (const auto& n : names) labels.push_back(n.c_str());
  if (!years_.empty()) {
    year_ = std::clamp(year_, 0, static_cast<int>(years_.size()) - 1);
    ui::choice_index("School year", year_, labels, 240);
    ImGui::SameLine();
  }
  if (ui::button("Add a school year")) {
    int start = school_year_start_for(today);
    if (!years_.empty()) {
      if (auto last = parse_user_date(years_.back().first_day)) start = static_cast<int>(last->year()) + 1;
    }
    const SchoolYear template_year = typical_school_year(start);
    YearForm form{template_year.name, format_date(template_year.first_day), format_date(template_year.last_day), "", {}};
    for (const auto& c : template_year.closures) {
      form.closures.push_back({format_date(c.first), format_date(c.last), c.name, c.kind});
    }
    years_.push_back(std::move(form));
    year_ = static_cast<int>(years_.size()) - 1;
    changed = true;
  }
  if (years_.empty()) {
    ui::wrapped_text("No school year yet: school-day timelines are estimated from weekdays until you add one. "
                     "\"Add a school year\" starts from a typical calendar to adjust to your district's.",
                     ui::Tone::kWarning);
    return changed;
  }
  YearForm& y = years_[static_cast<std::size_t>(year_)];
  ImGui::SameLine();
  if (ui::button("Remove this year")) {
    years_.erase(years_.begin() + year_);
    return true;
  }
  changed = ui::text_field("Name##year", y.name, "2026-27", nullptr, 160) || changed;
  ImGui::SameLine();
  ImGui::BeginGroup();
  changed = ui::text_field("First day of instruction", y.first_day, "MM/DD/YYYY", nullptr, 200) || changed;
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  changed = ui::text_field("Last day of instruction", y.last_day, "MM/DD/YYYY", nullptr, 200) || changed;
  ImGui::EndGroup();
  changed = ui::text_field("Minimum days (dates, separated by commas)", y.minimum_days) || changed;
  ui::text("Holidays, breaks and other days without school:");
  for (std::size_t i = 0; i < y.closures.size(); ++i) {
    ClosureForm& c = y.closures[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::SetNextItemWidth(130);
    changed = ImGui::InputText("##first", &c.first) || changed;
    ui::control_log().add(ui::Role::kTextField, ui::last_item_id(), "Closure first day").value = c.first;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(130);
    changed = ImGui::InputText("##last", &c.last) || changed;
    ui::control_log().add(ui::Role::kTextField, ui::last_item_id(), "Closure last day").value = c.last;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(220);
    changed = ImGui::InputText("##name", &c.name) || changed;
    ui::control_log().add(ui::Role::kTextField, ui::last_item_id(), "Closure name").value = c.name;
    ImGui::SameLine();
    int kind = static_cast<int>(c.kind);
    static constexpr const char* kKinds[] = {"Holiday", "Break", "Non-instructional"};
    ImGui::SetNextItemWidth(170);
    if (ImGui::Combo("##kind", &kind, kKinds, 3)) {
      c.kind = static_cast<ClosureKind>(kind);
      changed = true;
    }
    ui::control_log().add(ui::Role::kComboBox, ui::last_item_id(), "Closure kind").value = kKinds[kind];
    ImGui::SameLine();
    if (ui::button("Remove##closure")) {
      y.closures.erase(y.closures.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      return true;
    }
    ImGui::PopID();
  }
  if (ui::button("Add a closure")) {
    y.closures.push_back({"", "", "", ClosureKind::kHoliday});
    changed = true;
  }
  return changed;
}

bool CalendarEditor::draw_holidays() {
  bool changed = false;
  ui::heading("Holidays outside the school year", 3);
  ui::wrapped_text("Business-day deadlines (records requests) skip these, including in summer.", ui::Tone::kMuted);
  for (std::size_t i = 0; i < holidays_.size(); ++i) {
    ImGui::PushID(static_cast<int>(1000 + i));
    ImGui::SetNextItemWidth(130);
    changed = ImGui::InputText("##date", &holidays_[i].date) || changed;
    ui::control_log().add(ui::Role::kTextField, ui::last_item_id(), "Holiday date").value = holidays_[i].date;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(260);
    changed = ImGui::InputText("##name", &holidays_[i].name) || changed;
    ui::control_log().add(ui::Role::kTextField, ui::last_item_id(), "Holiday name").value = holidays_[i].name;
    ImGui::SameLine();
    if (ui::button("Remove##holiday")) {
      holidays_.erase(holidays_.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      return true;
    }
    ImGui::PopID();
  }
  if (ui::button("Add a holiday")) {
    holidays_.push_back({});
    changed = true;
  }
  ImGui::SameLine();
  if (!years_.empty() && ui::button("Add US federal holidays for the selected school year")) {
    if (auto first = parse_user_date(years_[static_cast<std::size_t>(year_)].first_day)) {
      const int start = static_cast<int>(first->year());
      for (int y = start; y <= start + 1; ++y) {
        for (const auto& h : us_federal_holidays(y)) {
          const std::string date = format_date(h.date);
          const bool present = std::any_of(holidays_.begin(), holidays_.end(),
                                           [&](const HolidayForm& f) { return f.date == date; });
          if (!present) holidays_.push_back({date, h.name});
        }
      }
      changed = true;
    }
  }
  return changed;
}

bool CalendarEditor::draw_periods() {
  bool changed = false;
  ui::heading("Reporting periods (progress reports are due on the report date)", 3);
  for (std::size_t i = 0; i < periods_.size(); ++i) {
    PeriodForm& p = periods_[i];
    ImGui::PushID(static_cast<int>(2000 + i));
    ImGui::SetNextItemWidth(180);
    changed = ImGui::InputText("##name", &p.name) || changed;
    ui::control_log().add(ui::Role::kTextField, ui::last_item_id(), "Period name").value = p.name;
    for (auto [field, label] : {std::pair{&p.start, "Period start"}, {&p.end, "Period end"}, {&p.due, "Report due"}}) {
      ImGui::SameLine();
      ImGui::SetNextItemWidth(120);
      changed = ImGui::InputText((std::string("##") + label).c_str(), field) || changed;
      ui::control_log().add(ui::Role::kTextField, ui::last_item_id(), label).value = *field;
    }
    ImGui::SameLine();
    if (ui::button("Remove##period")) {
      periods_.erase(periods_.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      return true;
    }
    ImGui::PopID();
  }
  if (ui::button("Add a period")) {
    periods_.push_back({"period-" + std::to_string(periods_.size() + 1), "", "", "", ""});
    changed = true;
  }
  ImGui::SameLine();
  if (!years_.empty() && ui::button("Quarters for the selected school year")) {
    const YearForm& y = years_[static_cast<std::size_t>(year_)];
    const auto first = parse_user_date(y.first_day), last = parse_user_date(y.last_day);
    if (first && last) {
      SchoolYear year;
      year.name = y.name.empty() ? std::to_string(static_cast<int>(first->year())) : y.name;
      year.first_day = *first;
      year.last_day = *last;
      for (const auto& p : quarterly_reporting_periods(year)) {
        periods_.push_back({p.id, p.name, format_date(p.start), format_date(p.end), format_date(p.report_due)});
      }
      changed = true;
    }
  }
  return changed;
}

bool CalendarEditor::apply(CaseloadSettings& settings, std::string& error) const {
  auto date = [&](const std::string& text, const std::string& what) -> std::optional<Date> {
    auto parsed = parse_user_date(text);
    if (!parsed) error = what + ": \"" + text + "\" is not a date (use 11/23/2026)";
    return parsed;
  };
  std::vector<SchoolYear> years;
  for (const auto& y : years_) {
    SchoolYear year;
    year.name = y.name;
    const auto first = date(y.first_day, "first day of " + y.name), last = date(y.last_day, "last day of " + y.name);
    if (!first || !last) return false;
    year.first_day = *first;
    year.last_day = *last;
    for (const auto& text : split_list(y.minimum_days)) {
      const auto d = date(text, "minimum day of " + y.name);
      if (!d) return false;
      year.minimum_days.push_back(*d);
    }
    for (const auto& c : y.closures) {
      const auto cf = date(c.first, "closure \"" + c.name + "\""), cl = date(c.last.empty() ? c.first : c.last, "closure \"" + c.name + "\"");
      if (!cf || !cl) return false;
      year.closures.push_back({*cf, *cl, c.name, c.kind});
    }
    years.push_back(std::move(year));
  }
  std::vector<Holiday> holidays;
  for (const auto& h : holidays_) {
    const auto d = date(h.date, "holiday \"" + h.name + "\"");
    if (!d) return false;
    holidays.push_back({*d, h.name});
  }
  std::vector<ReportingPeriod> periods;
  for (const auto& p : periods_) {
    const auto s = date(p.start, "start of " + p.name), e = date(p.end, "end of " + p.name), r = date(p.due, "report date of " + p.name);
    if (!s || !e || !r) return false;
    periods.push_back({p.id.empty() ? p.name : p.id, p.name, *s, *e, *r});
  }
  settings.school_years = std::move(years);
  settings.holidays = std::move(holidays);
  settings.reporting_periods = std::move(periods);
  return true;
}

}  // namespace caseload::app
