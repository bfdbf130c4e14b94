// CPU time spent building each frame (input, UI, draw lists), kept for the last few hundred
// frames so benchmarks can read the median and the 95th percentile from inside the app.
#pragma once

#include <array>
#include <cstddef>

namespace caseload::app {

class FrameTimer {
 public:
  void add(double milliseconds) {
    samples_[next_] = milliseconds;
    next_ = (next_ + 1) % samples_.size();
    if (count_ < samples_.size()) ++count_;
  }
  void clear() { count_ = next_ = 0; }
  std::size_t count() const { return count_; }
  // p in [0, 1]; 0 when there are no samples.
  double percentile(double p) const;

 private:
  std::array<double, 600> samples_{};
  std::size_t next_ = 0;
  std::size_t count_ = 0;
};

}  // namespace caseload::app
