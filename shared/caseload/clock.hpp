// Time reaches the core through Clock, so tests can fix "now" and the browser app can use the
// local calendar day of the user (a due date is a day at the school, not a UTC day).
#pragma once

#include "caseload/dates.hpp"

namespace caseload {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;  // UTC
  virtual Date today() const = 0;     // the user's local calendar day
  virtual TimeOfDay local_time() const = 0;  // the user's local time of day (contact log default)
};

// The computer's clock and time zone (native builds: CLI and tests).
class SystemClock final : public Clock {
 public:
  Timestamp now() const override;
  Date today() const override;
  TimeOfDay local_time() const override;
};

// A clock that says what it is told.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Timestamp now) : now_(now) {}
  Timestamp now() const override { return now_; }
  Date today() const override { return date_of(now_); }
  TimeOfDay local_time() const override {
    const auto minutes = std::chrono::floor<std::chrono::minutes>(now_ - std::chrono::floor<std::chrono::days>(now_));
    return TimeOfDay{static_cast<int>(minutes.count())};
  }
  void set(Timestamp now) { now_ = now; }
  void advance(std::chrono::seconds by) { now_ += by; }

 private:
  Timestamp now_;
};

}  // namespace caseload
