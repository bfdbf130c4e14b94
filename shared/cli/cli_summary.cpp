// `caseload summary FILE`: the caseload's compliance summary; `--format json` gives the aggregate
// figures for a district roll-up (no student data).
#include <iomanip>
#include <ostream>

#include "caseload/caseload_summary.hpp"
#include "caseload/deadline_engine.hpp"
#include "cli/cli_args.hpp"
#include "cli/cli_common.hpp"

namespace caseload::cli {
namespace {

void print_text(const CaseloadSummary& s, std::ostream& out) {
  out << "Caseload summary as of " << format_date(s.as_of) << " (" << s.profile_name << ")\n"
      << "  Students: " << s.students << " (IEP " << s.iep << ", 504 " << s.plan_504 << ", referral "
      << s.referral << ", exited " << s.exited << ")\n"
      << "  Overdue: " << s.overdue << " items for " << s.students_with_overdue << " students\n"
      << "  Due very soon: " << s.due_very_soon << "; due soon: " << s.due_soon << '\n'
      << std::fixed << std::setprecision(1)
      << "  Annual reviews current: " << s.annual_current << " of " << s.iep_files << " IEP files ("
      << s.annual_percent() << "%)\n"
      << "  Triennials current: " << s.triennial_current << " of " << s.iep_files << " IEP files ("
      << s.triennial_percent() << "%)\n";
  for (const auto& k : s.by_kind) {
    out << "    " << std::left << std::setw(30) << to_label(k.kind) << " overdue " << k.overdue
        << ", due soon " << k.due_soon << '\n';
  }
}

}  // namespace

int run_summary(Args raw, CliStreams io) {
  auto args = parse_args(raw, {"--today", "--profile", "--profile-file", "--format"});
  if (!args || args->positional.size() != 1) {
    return fail(io, args ? make_error("usage: caseload summary FILE --today YYYY-MM-DD") : args.error(),
                kExitUsage);
  }
  const std::string format = args->option("--format").value_or("text");
  if (format != "json" && format != "text") return fail(io, make_error("--format must be text or json"), kExitUsage);
  auto today = args->today();
  if (!today) return fail(io, today.error(), kExitUsage);
  auto caseload = load_caseload_file(args->positional[0]);
  if (!caseload) return fail(io, caseload.error());
  auto profile = profile_for(*args, caseload->settings);
  if (!profile) return fail(io, profile.error());
  const SchoolCalendar calendar = make_calendar(caseload->settings);
  const DeadlineInputs inputs{*profile, calendar, caseload->settings, *today};
  const auto summary = summarize_caseload(*caseload, caseload_deadlines(*caseload, inputs), *profile, *today);
  if (format == "json") {
    io.out << dump_json(summary_to_json(summary), true) << '\n';
  } else {
    print_text(summary, io.out);
  }
  return kExitOk;
}

}  // namespace caseload::cli
