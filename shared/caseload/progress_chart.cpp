#include "caseload/progress_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "caseload/html_writer.hpp"

namespace caseload {
namespace {

constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// 1, 2 or 5 times a power of ten, giving about four to six ticks over `span`.
double nice_step(double span) {
  const double rough = span / 5;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * power >= rough) return m * power;
  }
  return 10 * power;
}

Date first_of_next_month(Date date) {
  const auto next = std::chrono::year_month{date.year(), date.month()} + std::chrono::months{1};
  return Date{next.year(), next.month(), std::chrono::day{1}};
}

std::vector<ChartTick> month_ticks_of(const ChartScale& s) {
  std::vector<ChartTick> ticks;
  const int span_days = std::max(1, days_between(s.first, s.last));
  const int every = span_days > 400 ? 3 : span_days > 200 ? 2 : 1;  // months between labels
  Date month{s.first.year(), s.first.month(), std::chrono::day{1}};
  if (month < s.first) month = first_of_next_month(s.first);
  for (int i = 0; month <= s.last; ++i) {
    if (i % every == 0) ticks.push_back({s.x(month), kMonths[static_cast<unsigned>(month.month()) - 1]});
    month = first_of_next_month(month);
  }
  return ticks;
}

std::string fixed(double v) {
  char text[24];
  std::snprintf(text, sizeof text, "%.1f", v);
  return text;
}

}  // namespace

double ChartScale::x(Date date) const {
  const int span = std::max(1, days_between(first, last));
  return static_cast<double>(days_between(first, date)) / span;
}

double ChartScale::y(double value) const { return high > low ? (value - low) / (high - low) : 0.5; }

ChartScale chart_scale_of(const Goal& goal, const GoalProgress& progress) {
  (void)progress;
  ChartScale s;
  s.first = goal.start;
  s.last = goal.target_date;
  double low = std::min(goal.baseline, goal.target), high = std::max(goal.baseline, goal.target);
  for (const auto& p : goal.data) {
    s.first = std::min(s.first, p.date);
    s.last = std::max(s.last, p.date);
    low = std::min(low, p.value);
    high = std::max(high, p.value);
  }
  if (days_between(s.first, s.last) < 14) s.last = add_days(s.first, 14);
  if (high - low < 1e-9) {
    low -= 1;
    high += 1;
  }
  const double step = nice_step(high - low);
  s.low = std::floor(low / step) * step;
  s.high = std::ceil(high / step) * step;
  if (s.low < 0 && low >= 0) s.low = 0;
  for (double v = s.low; v <= s.high + step / 2; v += step) s.value_ticks.push_back({s.y(v), format_measure(v)});
  s.month_ticks = month_ticks_of(s);
  return s;
}

std::string goal_chart_svg(const Goal& goal, const GoalProgress& progress, int width, int height,
                           const std::optional<std::pair<Date, Date>>& shaded) {
  const ChartScale s = chart_scale_of(goal, progress);
  const double left = 40, right = width - 10.0, top = 10, bottom = height - 24.0;
  auto px = [&](Date d) { return fixed(left + s.x(d) * (right - left)); };
  auto py = [&](double v) { return fixed(bottom - s.y(v) * (bottom - top)); };
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(width) + " " +
                    std::to_string(height) + "\" role=\"img\" aria-label=\"" +
                    escape_html("Progress chart: " + goal.area) + "\" font-family=\"sans-serif\" font-size=\"10\">";
  if (shaded && shaded->second >= s.first && shaded->first <= s.last) {
    const Date a = std::max(shaded->first, s.first), b = std::min(shaded->second, s.last);
    svg += "<rect x=\"" + px(a) + "\" y=\"" + fixed(top) + "\" width=\"" +
           fixed((s.x(b) - s.x(a)) * (right - left)) + "\" height=\"" + fixed(bottom - top) + "\" fill=\"#eef3fb\"/>";
  }
  for (const auto& t : s.value_ticks) {
    const std::string y = fixed(bottom - t.at * (bottom - top));
    svg += "<line x1=\"" + fixed(left) + "\" x2=\"" + fixed(right) + "\" y1=\"" + y + "\" y2=\"" + y +
           "\" stroke=\"#e1e4e8\"/><text x=\"" + fixed(left - 4) + "\" y=\"" + y +
           "\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#5a626b\">" + escape_html(t.label) + "</text>";
  }
  for (const auto& t : s.month_ticks) {
    svg += "<text x=\"" + fixed(left + t.at * (right - left)) + "\" y=\"" + fixed(height - 8.0) +
           "\" text-anchor=\"middle\" fill=\"#5a626b\">" + t.label + "</text>";
  }
  svg += "<line x1=\"" + fixed(left) + "\" x2=\"" + fixed(right) + "\" y1=\"" + py(goal.target) + "\" y2=\"" +
         py(goal.target) + "\" stroke=\"#8a1c12\" stroke-dasharray=\"2 3\"/>";
  svg += "<line x1=\"" + px(goal.start) + "\" y1=\"" + py(goal.baseline) + "\" x2=\"" + px(goal.target_date) +
         "\" y2=\"" + py(goal.target) + "\" stroke=\"#0d5c2b\" stroke-width=\"1.5\"/>";
  if (progress.trend) {
    // The trend may leave the plot on its way to the target date: clip it to the plot area.
    const std::string clip = "plot-" + goal.meta.id.str();
    svg += "<clipPath id=\"" + clip + "\"><rect x=\"" + fixed(left) + "\" y=\"" + fixed(top) + "\" width=\"" +
           fixed(right - left) + "\" height=\"" + fixed(bottom - top) + "\"/></clipPath>";
    const Date from = progress.trend->origin;
    svg += "<line clip-path=\"url(#" + clip + ")\" x1=\"" + px(from) + "\" y1=\"" + py(progress.trend->at(from)) + "\" x2=\"" + px(s.last) +
           "\" y2=\"" + py(progress.trend->at(s.last)) + "\" stroke=\"#b15c00\" stroke-width=\"1.5\" "
           "stroke-dasharray=\"6 4\"/>";
  }
  for (const auto& p : goal.data) {
    svg += "<circle cx=\"" + px(p.date) + "\" cy=\"" + py(p.value) + "\" r=\"3\" fill=\"#1f5fbf\"><title>" +
           escape_html(format_date_long(p.date) + ": " + format_measure(p.value)) + "</title></circle>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace caseload
