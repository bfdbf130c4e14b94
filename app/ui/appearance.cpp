#include "ui/appearance.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace caseload::app {
namespace {

constexpr std::array<std::string_view, 4> kThemeNames = {"system", "light", "dark", "high-contrast"};

float nearest_text_size(float wanted) {
  float best = kTextSizes[1];
  for (float size : kTextSizes) {
    if (std::fabs(size - wanted) < std::fabs(best - wanted)) best = size;
  }
  return best;
}

void apply_pair(std::string_view key, std::string_view value, Appearance& appearance) {
  if (key == "theme") {
    for (std::size_t i = 0; i < kThemeNames.size(); ++i) {
      if (value == kThemeNames[i]) appearance.theme = static_cast<ThemeChoice>(i);
    }
  } else if (key == "text") {
    int size = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), size);
    if (error == std::errc() && end == value.data() + value.size()) {
      appearance.text_size = nearest_text_size(static_cast<float>(size));
    }
  }
}

}  // namespace

std::string encode_appearance(const Appearance& appearance) {
  return "theme=" + std::string(kThemeNames[static_cast<std::size_t>(appearance.theme)])
         + ";text=" + std::to_string(static_cast<int>(appearance.text_size));
}

Appearance decode_appearance(std::string_view text) {
  Appearance appearance;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(';'), text.size());
    const std::string_view pair = text.substr(0, end);
    if (const std::size_t equals = pair.find('='); equals != std::string_view::npos) {
      apply_pair(pair.substr(0, equals), pair.substr(equals + 1), appearance);
    }
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return appearance;
}

}  // namespace caseload::app
