// `caseload keygen` and `caseload bundle export|inspect|import`: encrypted caseload bundles in
// the age format, interoperable with the standard age tool.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "caseload/bundle.hpp"
#include "caseload/bundle_merge.hpp"
#include "caseload/caseload_json.hpp"
#include "caseload/clock.hpp"
#include "caseload/hkdf.hpp"
#include "cli/cli_args.hpp"
#include "cli/cli_common.hpp"
#include "cli/file_text.hpp"

namespace caseload::cli {
namespace {

Result<std::string> read_passphrase_file(const std::string& path) {
  auto text = read_file_text(path);
  if (!text) return text.error();
  std::string line = text->substr(0, text->find('\n'));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  wipe(*text);
  if (line.empty()) return make_error("the passphrase file is empty", path);
  return line;
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

// Keys for opening a bundle from --passphrase-file or --identity.
struct OpenKeys {
  std::vector<AgeIdentity> identities;
  AgeDecryptKeys keys;
};

Result<std::unique_ptr<OpenKeys>> open_keys(const ParsedArgs& args) {
  auto keys = std::make_unique<OpenKeys>();
  if (const auto file = args.option("--passphrase-file")) {
    auto passphrase = read_passphrase_file(*file);
    if (!passphrase) return passphrase.error();
    keys->keys.passphrase = std::move(*passphrase);
  }
  if (const auto file = args.option("--identity")) {
    auto text = read_file_text(*file);
    if (!text) return text.error();
    auto identities = parse_identity_file(*text);
    wipe(*text);
    if (!identities) return make_error(identities.error().describe(), *file);
    keys->identities = std::move(*identities);
    for (const auto& identity : keys->identities) keys->keys.identities.push_back(&identity);
  }
  if (!keys->keys.passphrase && keys->keys.identities.empty()) {
    return make_error("give --passphrase-file FILE or --identity FILE to open the bundle");
  }
  return keys;
}

Result<Bytes> read_binary(const std::string& path) {
  auto text = read_file_text(path);
  if (!text) return text.error();
  return Bytes(text->begin(), text->end());
}

void print_contents(const BundleContents& c, std::ostream& out) {
  out << "Bundle: " << to_label(c.manifest.kind) << (c.demo ? " (DEMO data)" : "") << '\n'
      << "  exported " << format_timestamp(c.manifest.exported_at) << " by "
      << (c.manifest.exported_by.empty() ? "(unnamed case manager)" : c.manifest.exported_by) << " with Caseload "
      << c.manifest.app_version << '\n'
      << "  " << c.students.size() << " students" << (c.settings ? ", with settings" : "") << '\n';
  for (const auto& s : c.students) {
    out << "    " << initials(s) << "  " << to_label(s.plan_type) << "  " << s.contact_log.size() << " contacts logged, "
        << s.meetings.size() << " meetings, " << s.goals.size() << " goals\n";
  }
}

int run_export(const ParsedArgs& args, CliStreams io) {
  if (args.positional.size() != 1 || !args.option("--out")) {
    return fail(io, make_error("usage: caseload bundle export CAS --out FILE (--passphrase-file F | --recipient age1...)"),
                kExitUsage);
  }
  auto caseload = load_caseload_file(args.positional[0]);
  if (!caseload) return fail(io, caseload.error());
  AgeEncryptOptions options;
  options.armor = args.option("--armor").has_value();
  if (const auto file = args.option("--passphrase-file")) {
    auto passphrase = read_passphrase_file(*file);
    if (!passphrase) return fail(io, passphrase.error());
    options.passphrase = std::move(*passphrase);
  }
  for (const auto& text : split_commas(args.option("--recipient").value_or(""))) {
    auto recipient = parse_recipient(text);
    if (!recipient) return fail(io, make_error(recipient.error().message, text), kExitUsage);
    options.recipients.push_back(*recipient);
  }
  std::vector<Uuid> selected;
  for (const auto& text : split_commas(args.option("--students").value_or(""))) {
    auto id = parse_uuid(text);
    if (!id) return fail(io, make_error("not a student id", text), kExitUsage);
    selected.push_back(*id);
  }
  const BundleKind kind = selected.empty() ? BundleKind::kBackup : BundleKind::kTransfer;
  const BundleContents contents = make_bundle(*caseload, kind, selected, SystemClock().now());
  if (kind == BundleKind::kTransfer && contents.students.size() != selected.size()) {
    return fail(io, make_error("some --students ids are not in the caseload"));
  }
  auto sealed = seal_bundle(contents, options);
  if (!sealed) return fail(io, sealed.error(), kExitUsage);
  const std::string out = *args.option("--out");
  if (Status written = write_file_text(out, std::string(sealed->begin(), sealed->end())); !written) {
    return fail(io, written.error());
  }
  io.err << "wrote " << contents.students.size() << " students to " << out << " (suggested name: "
         << bundle_file_name(contents, SystemClock().today(), options.armor) << ")\n";
  return kExitOk;
}

int run_inspect(const ParsedArgs& args, CliStreams io) {
  if (args.positional.size() != 1) return fail(io, make_error("usage: caseload bundle inspect FILE ..."), kExitUsage);
  auto keys = open_keys(args);
  if (!keys) return fail(io, keys.error(), kExitUsage);
  auto file = read_binary(args.positional[0]);
  if (!file) return fail(io, file.error());
  auto contents = open_bundle(*file, (*keys)->keys);
  if (!contents) return fail(io, contents.error());
  print_contents(*contents, io.out);
  return kExitOk;
}

int run_import(const ParsedArgs& args, CliStreams io) {
  if (args.positional.size() != 2) {
    return fail(io, make_error("usage: caseload bundle import FILE CAS (--passphrase-file F | --identity F) [--dry-run]"),
                kExitUsage);
  }
  auto keys = open_keys(args);
  if (!keys) return fail(io, keys.error(), kExitUsage);
  auto file = read_binary(args.positional[0]);
  if (!file) return fail(io, file.error());
  auto contents = open_bundle(*file, (*keys)->keys);
  if (!contents) return fail(io, contents.error());
  auto caseload = load_caseload_file(args.positional[1]);
  if (!caseload) return fail(io, caseload.error());
  const MergePlan plan = plan_merge(*caseload, *contents);
  io.out << describe(plan.summary) << '\n';
  for (const auto& c : plan.summary.conflicts) io.out << "  conflict: " << c.student << " " << c.what << ": " << c.resolution << '\n';
  if (args.option("--dry-run")) return kExitOk;
  for (const auto& student : plan.changed) {
    auto it = std::find_if(caseload->students.begin(), caseload->students.end(),
                           [&](const Student& s) { return s.meta.id == student.meta.id; });
    if (it == caseload->students.end()) caseload->students.push_back(student);
    else *it = student;
  }
  if (plan.settings) {
    caseload->settings = *plan.settings;
    caseload->demo = plan.mark_demo;
  }
  // Written to a temporary file and renamed: the caseload file is replaced whole or not at all.
  if (Status written = write_file_text(args.positional[1], save_caseload(*caseload) + "\n"); !written) {
    return fail(io, written.error());
  }
  return kExitOk;
}

}  // namespace

int run_bundle(Args raw, CliStreams io) {
  if (raw.empty()) return fail(io, make_error("usage: caseload bundle export|inspect|import ..."), kExitUsage);
  const std::string_view verb = raw[0];
  auto args = parse_args(raw.subspan(1), {"--out", "--passphrase-file", "--recipient", "--students", "--identity"},
                         {"--armor", "--dry-run"});
  if (!args) return fail(io, args.error(), kExitUsage);
  if (verb == "export") return run_export(*args, io);
  if (verb == "inspect") return run_inspect(*args, io);
  if (verb == "import") return run_import(*args, io);
  return fail(io, make_error("unknown bundle command '" + std::string(verb) + "' (export, inspect, import)"), kExitUsage);
}

int run_keygen(Args raw, CliStreams io) {
  auto args = parse_args(raw, {"--out"});
  if (!args || !args->positional.empty()) return fail(io, make_error("usage: caseload keygen [--out FILE]"), kExitUsage);
  if (Status ready = crypto_init(); !ready) return fail(io, ready.error());
  const AgeIdentity identity = generate_age_identity();
  const std::string recipient = encode_recipient(recipient_of(identity));
  std::string text = "# created: " + format_timestamp(SystemClock().now()) + "\n# public key: " + recipient + "\n" +
                     encode_identity(identity) + "\n";
  if (const auto out = args->option("--out")) {
    if (Status written = write_file_text(*out, text); !written) return fail(io, written.error());
  } else {
    io.out << text;
  }
  wipe(text);
  io.err << "Public key: " << recipient << '\n';
  return kExitOk;
}

}  // namespace caseload::cli
