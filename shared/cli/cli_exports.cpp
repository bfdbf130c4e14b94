// `caseload calendar FILE`: the deadlines and meetings as iCalendar (initials only);
// `caseload reports FILE --period ID`: the progress reports of a period as one HTML document;
// `caseload export-csv FILE`: the caseload table as CSV (formula-protected).
#include <ostream>

#include "caseload/caseload_csv.hpp"
#include "caseload/deadline_engine.hpp"
#include "caseload/ics_calendar.hpp"
#include "caseload/progress_report.hpp"
#include "cli/cli_args.hpp"
#include "cli/cli_common.hpp"
#include "cli/file_text.hpp"

namespace caseload::cli {
namespace {

int emit(const ParsedArgs& args, const std::string& text, CliStreams io) {
  if (const auto out = args.option("--out")) {
    if (Status written = write_file_text(*out, text); !written) return fail(io, written.error());
    io.err << "wrote " << *out << '\n';
  } else {
    io.out << text;
  }
  return kExitOk;
}

struct Loaded {
  Caseload caseload;
  RuleProfile profile;
  Date today;
};

Result<Loaded> load(const ParsedArgs& args, const char* usage) {
  if (args.positional.size() != 1) return make_error(std::string("usage: caseload ") + usage);
  auto today = args.today();
  if (!today) return today.error();
  auto caseload = load_caseload_file(args.positional[0]);
  if (!caseload) return caseload.error();
  auto profile = profile_for(args, caseload->settings);
  if (!profile) return profile.error();
  return Loaded{std::move(*caseload), std::move(*profile), *today};
}

std::vector<Deadline> deadlines_of(const Loaded& l) {
  const SchoolCalendar calendar = make_calendar(l.caseload.settings);
  return caseload_deadlines(l.caseload, {l.profile, calendar, l.caseload.settings, l.today});
}

}  // namespace

int run_calendar(Args raw, CliStreams io) {
  auto args = parse_args(raw, {"--today", "--profile", "--profile-file", "--out"}, {"--reminders"});
  if (!args) return fail(io, args.error(), kExitUsage);
  auto loaded = load(*args, "calendar FILE --today YYYY-MM-DD [--out F]");
  if (!loaded) return fail(io, loaded.error(), kExitUsage);
  IcsOptions options;
  options.monitoring_reminders = args->option("--reminders").has_value();
  const Timestamp now{day_number(loaded->today)};
  return emit(*args, caseload_ics(loaded->caseload, deadlines_of(*loaded), now, options), io);
}

int run_reports(Args raw, CliStreams io) {
  auto args = parse_args(raw, {"--today", "--profile", "--profile-file", "--out", "--period"});
  if (!args) return fail(io, args.error(), kExitUsage);
  auto loaded = load(*args, "reports FILE --period ID --today YYYY-MM-DD [--out F]");
  if (!loaded) return fail(io, loaded.error(), kExitUsage);
  const auto& settings = loaded->caseload.settings;
  const auto period_id = args->option("--period");
  const ReportingPeriod* period = nullptr;
  for (const auto& p : settings.reporting_periods) {
    if (period_id && p.id == *period_id) period = &p;
  }
  if (!period) return fail(io, make_error("--period must be the id of a reporting period of the caseload"), kExitUsage);
  std::vector<StudentReport> reports;
  for (const auto& s : loaded->caseload.students) {
    if (s.plan_type == PlanType::kIep) reports.push_back(build_student_report(s, *period, decision_rules_of(settings.thresholds)));
  }
  return emit(*args, progress_reports_html(reports, settings, loaded->today), io);
}

int run_export_csv(Args raw, CliStreams io) {
  auto args = parse_args(raw, {"--today", "--profile", "--profile-file", "--out"});
  if (!args) return fail(io, args.error(), kExitUsage);
  auto loaded = load(*args, "export-csv FILE --today YYYY-MM-DD [--out F]");
  if (!loaded) return fail(io, loaded.error(), kExitUsage);
  return emit(*args, caseload_csv(loaded->caseload, deadlines_of(*loaded)), io);
}

}  // namespace caseload::cli
