#include "caseload/validation.hpp"

#include <algorithm>

namespace caseload {

bool ValidationReport::has_errors() const { return error_count() > 0; }

std::size_t ValidationReport::error_count() const {
  return static_cast<std::size_t>(std::count_if(problems_.begin(), problems_.end(), [](const Problem& p) {
    return p.severity == Severity::kError;
  }));
}

std::string ValidationReport::summary(std::size_t limit) const {
  const std::size_t errors = error_count();
  std::string text = std::to_string(errors) + (errors == 1 ? " problem" : " problems");
  std::size_t listed = 0;
  for (const auto& problem : problems_) {
    if (problem.severity != Severity::kError) continue;
    if (listed == limit) {
      text += "; ...";
      break;
    }
    text += (listed == 0 ? ": " : "; ") + (problem.path.empty() ? "" : problem.path + ": ")
            + problem.message;
    ++listed;
  }
  return text;
}

}  // namespace caseload
