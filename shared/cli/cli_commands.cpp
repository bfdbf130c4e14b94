// The table of commands; each command's implementation lives in its own cli_<name>.cpp.
#include "cli/cli_command.hpp"

namespace caseload::cli {

int run_demo(Args args, CliStreams io);
int run_validate(Args args, CliStreams io);
int run_deadlines(Args args, CliStreams io);
int run_summary(Args args, CliStreams io);
int run_bundle(Args args, CliStreams io);
int run_keygen(Args args, CliStreams io);
int run_calendar(Args args, CliStreams io);
int run_reports(Args args, CliStreams io);
int run_export_csv(Args args, CliStreams io);

const std::vector<CliCommand>& all_commands() {
  static const std::vector<CliCommand> commands = {
      {"demo", "demo [--students N] [--seed S] [--today YYYY-MM-DD] [--profile NAME] [--out FILE]",
       "Write a synthetic demo caseload (obviously fake people), deterministic for a seed.", run_demo},
      {"validate", "validate FILE",
       "Check a caseload file; print every problem with its place; exit 1 if it is invalid.",
       run_validate},
      {"deadlines",
       "deadlines FILE [--today YYYY-MM-DD] [--profile NAME | --profile-file F] [--format json|table] "
       "[--initials]",
       "Print every deadline of the caseload, sorted by due date.", run_deadlines},
      {"summary", "summary FILE [--today YYYY-MM-DD] [--profile NAME] [--format text|json]",
       "Print the compliance summary; the JSON form holds aggregate figures only.", run_summary},
      {"calendar", "calendar FILE [--today YYYY-MM-DD] [--reminders] [--out FILE]",
       "Write the deadlines and meetings as iCalendar (.ics), students by initials only.", run_calendar},
      {"reports", "reports FILE --period ID [--today YYYY-MM-DD] [--out FILE]",
       "Write the progress reports of a reporting period for every IEP student as one HTML document.",
       run_reports},
      {"export-csv", "export-csv FILE [--today YYYY-MM-DD] [--out FILE]",
       "Write the caseload table as CSV (spreadsheet formulas defused).", run_export_csv},
      {"keygen", "keygen [--out FILE]",
       "Create an age identity (AGE-SECRET-KEY-1...) and print its public key (age1...).", run_keygen},
      {"bundle",
       "bundle export CAS --out FILE (--passphrase-file F | --recipient age1...[,age1...]) [--students ID,...] "
       "[--armor]\n  bundle inspect FILE (--passphrase-file F | --identity F)\n  bundle import FILE CAS "
       "(--passphrase-file F | --identity F) [--dry-run]",
       "Encrypted caseload bundles (age v1): export a backup or a transfer, look inside, merge into a caseload.",
       run_bundle},
  };
  return commands;
}

}  // namespace caseload::cli
