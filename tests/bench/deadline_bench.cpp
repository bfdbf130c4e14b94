// Benchmark: all deadlines of a generated caseload (default 10,000 students), plus loading and
// saving the caseload file. Prints figures only; scripts/bench.sh runs it natively and in wasm
// under Node and prints the ratio. Not a test: nothing here asserts a time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "caseload/caseload_json.hpp"
#include "caseload/deadline_engine.hpp"
#include "caseload/demo_caseload.hpp"

namespace {

using Clock = std::chrono::steady_clock;

template <class F>
double median_ms(int runs, F&& body) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    body();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  using namespace caseload;
  const int students = argc > 1 ? std::atoi(argv[1]) : 10'000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 9;
  const Date today = *parse_date("2026-11-23");
  const Caseload caseload = generate_demo_caseload({students, 1, today, "california"});
  auto profile = resolve_profile(caseload.settings.rule_profile, caseload.settings);
  if (!profile) {
    std::fprintf(stderr, "%s\n", profile.error().describe().c_str());
    return 1;
  }
  const SchoolCalendar calendar = make_calendar(caseload.settings);
  const DeadlineInputs inputs{*profile, calendar, caseload.settings, today};
  std::size_t count = 0;
  const double deadlines_ms = median_ms(runs, [&] { count = caseload_deadlines(caseload, inputs).size(); });
  std::string text;
  const double save_ms = median_ms(std::max(1, runs / 3), [&] { text = save_caseload(caseload, false); });
  std::size_t loaded = 0;
  const double load_ms = median_ms(std::max(1, runs / 3), [&] { loaded = load_caseload(text)->students.size(); });
  std::printf("students=%d deadlines=%zu file_bytes=%zu\n", students, count, text.size());
  std::printf("deadlines_ms=%.2f\nsave_ms=%.2f\nload_ms=%.2f\n", deadlines_ms, save_ms, load_ms);
  return loaded == caseload.students.size() ? 0 : 1;
}
