// A synthetic caseload for the demo mode, tests and benchmarks: a realistic spread of plan types,
// key dates (some overdue), contacts, meetings, services, goals with data, discipline and records
// requests, around a given "today". Names are obviously fake ("Waffle Demoford"), phone numbers
// are in the fictional 555-01xx range and e-mail addresses use example.org. Deterministic: the
// same count, seed and today give the same caseload natively and in wasm.
#pragma once

#include <cstdint>

#include "caseload/caseload.hpp"

namespace caseload {

struct DemoOptions {
  int students = 25;
  std::uint64_t seed = 1;
  Date today{};
  std::string rule_profile = "federal";
};

Caseload generate_demo_caseload(const DemoOptions& options);

}  // namespace caseload
