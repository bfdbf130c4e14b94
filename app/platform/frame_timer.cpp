#include "platform/frame_timer.hpp"

#include <algorithm>
#include <vector>

namespace caseload::app {

double FrameTimer::percentile(double p) const {
  if (count_ == 0) return 0;
  std::vector<double> sorted(samples_.begin(), samples_.begin() + static_cast<std::ptrdiff_t>(count_));
  std::sort(sorted.begin(), sorted.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(count_ - 1) + 0.5);
  return sorted[std::min(index, count_ - 1)];
}

}  // namespace caseload::app
