// `caseload deadlines FILE`: every deadline of the caseload as JSON (or a table for people),
// sorted by due date.
#include <iomanip>
#include <map>
#include <ostream>

#include "caseload/deadline_engine.hpp"
#include "cli/cli_args.hpp"
#include "cli/cli_common.hpp"

namespace caseload::cli {
namespace {

void print_table(const std::vector<Deadline>& deadlines, const Caseload& caseload, bool initials_only,
                 std::ostream& out) {
  std::map<Uuid, const Student*> students;
  for (const auto& s : caseload.students) students[s.meta.id] = &s;
  out << std::left << std::setw(11) << "DUE" << std::setw(14) << "STATUS" << std::setw(22) << "STUDENT"
      << std::setw(44) << "WHAT" << "CITATION\n";
  for (const auto& d : deadlines) {
    const Student* s = students[d.student_id];
    std::string who = s ? (initials_only ? initials(*s) : full_name(*s)) : d.student_id.str();
    if (who.size() > 20) who = who.substr(0, 19) + "~";
    std::string what = d.title() + (d.estimated ? " (estimated)" : "");
    if (what.size() > 42) what = what.substr(0, 41) + "~";
    out << std::setw(11) << format_date(d.due) << std::setw(14) << to_label(d.status) << std::setw(22)
        << who << std::setw(44) << what << d.citation() << '\n';
  }
  out << deadlines.size() << " deadlines\n";
}

}  // namespace

int run_deadlines(Args raw, CliStreams io) {
  auto args = parse_args(raw, {"--today", "--profile", "--profile-file", "--format"}, {"--initials"});
  if (!args || args->positional.size() != 1) {
    return fail(io, args ? make_error("usage: caseload deadlines FILE --today YYYY-MM-DD") : args.error(),
                kExitUsage);
  }
  const std::string format = args->option("--format").value_or("json");
  if (format != "json" && format != "table") {
    return fail(io, make_error("--format must be json or table"), kExitUsage);
  }
  auto today = args->today();
  if (!today) return fail(io, today.error(), kExitUsage);
  auto caseload = load_caseload_file(args->positional[0]);
  if (!caseload) return fail(io, caseload.error());
  auto profile = profile_for(*args, caseload->settings);
  if (!profile) return fail(io, profile.error());
  const SchoolCalendar calendar = make_calendar(caseload->settings);
  const DeadlineInputs inputs{*profile, calendar, caseload->settings, *today};
  const std::vector<Deadline> deadlines = caseload_deadlines(*caseload, inputs);
  if (format == "table") {
    print_table(deadlines, *caseload, args->option("--initials").has_value(), io.out);
    return kExitOk;
  }
  Json list = Json::array();
  for (const auto& d : deadlines) list.push_back(deadline_to_json(d));
  io.out << dump_json({{"today", format_date(*today)}, {"rule_profile", profile->id}, {"deadlines", list}}, true)
         << '\n';
  return kExitOk;
}

}  // namespace caseload::cli
