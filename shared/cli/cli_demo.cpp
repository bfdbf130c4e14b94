// `caseload demo`: writes a synthetic caseload (obviously fake people) for trying the app,
// tests and benchmarks.
#include <iostream>

#include "caseload/caseload_json.hpp"
#include "caseload/demo_caseload.hpp"
#include "caseload/rule_profile.hpp"
#include "cli/cli_args.hpp"
#include "cli/cli_common.hpp"
#include "cli/file_text.hpp"

namespace caseload::cli {

int run_demo(Args raw, CliStreams io) {
  auto args = parse_args(raw, {"--students", "--seed", "--today", "--profile", "--out"});
  if (!args || !args->positional.empty()) {
    return fail(io, args ? make_error("demo takes no positional arguments") : args.error(), kExitUsage);
  }
  auto students = args->integer("--students", 25, 0, 100'000);
  auto seed = args->integer("--seed", 1, 0, 2'000'000'000);
  auto today = args->today();
  if (!students) return fail(io, students.error(), kExitUsage);
  if (!seed) return fail(io, seed.error(), kExitUsage);
  if (!today) return fail(io, today.error(), kExitUsage);
  DemoOptions options{*students, static_cast<std::uint64_t>(*seed), *today,
                      args->option("--profile").value_or("federal")};
  if (auto profile = resolve_profile(options.rule_profile, CaseloadSettings{}); !profile) {
    return fail(io, profile.error(), kExitUsage);
  }
  const std::string text = save_caseload(generate_demo_caseload(options), true) + "\n";
  if (const auto out = args->option("--out")) {
    if (Status written = write_file_text(*out, text); !written) return fail(io, written.error());
    io.err << "wrote " << options.students << " demo students to " << *out << '\n';
  } else {
    io.out << text;
  }
  return kExitOk;
}

}  // namespace caseload::cli
