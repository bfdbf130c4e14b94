#include "caseload/bundle.hpp"

#include <doctest/doctest.h>

#include "caseload/bundle_merge.hpp"
#include "caseload/caseload_json.hpp"
#include "caseload/demo_caseload.hpp"
#include "caseload/hkdf.hpp"
#include "caseload/workspace.hpp"
#include "test_fixtures.hpp"

using namespace caseload;
using fixtures::d;

namespace {

const Timestamp kNow = Timestamp{day_number(fixtures::d("2026-11-23"))} + std::chrono::hours{10};

AgeEncryptOptions with_passphrase(const char* passphrase) {
  AgeEncryptOptions options;
  options.passphrase = passphrase;
  options.scrypt_log_n = 10;  // fast for tests; real bundles use kAgeScryptWriteLogN
  return options;
}

AgeDecryptKeys passphrase_keys(const char* passphrase) {
  AgeDecryptKeys keys;
  keys.passphrase = passphrase;
  return keys;
}

Caseload demo(int n, std::uint64_t seed = 4) { return generate_demo_caseload({n, seed, d("2026-11-23"), "federal"}); }

}  // namespace

TEST_CASE("a backup bundle round-trips through age with a passphrase") {
  const Caseload caseload = demo(12);
  const BundleContents contents = make_bundle(caseload, BundleKind::kBackup, {}, kNow);
  CHECK(contents.manifest.student_count == 12);
  CHECK(contents.settings.has_value());
  auto sealed = seal_bundle(contents, with_passphrase("correct horse battery"));
  REQUIRE(sealed.ok());
  const std::string_view head(reinterpret_cast<const char*>(sealed->data()), 40);
  CHECK(head.substr(0, 22) == "age-encryption.org/v1\n");
  CHECK(head.find("-> scrypt ") != std::string_view::npos);
  auto opened = open_bundle(*sealed, passphrase_keys("correct horse battery"));
  REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().describe()));
  CHECK(bundle_to_json_text(*opened) == bundle_to_json_text(contents));
  CHECK(opened->manifest.exported_at == kNow);
}

TEST_CASE("a transfer bundle for a colleague's age key holds only the chosen students") {
  const Caseload caseload = demo(8);
  const AgeIdentity colleague = generate_age_identity();
  const std::vector<Uuid> chosen = {caseload.students[2].meta.id, caseload.students[5].meta.id};
  const BundleContents contents = make_bundle(caseload, BundleKind::kTransfer, chosen, kNow);
  CHECK_FALSE(contents.settings.has_value());
  AgeEncryptOptions options;
  options.recipients = {recipient_of(colleague)};
  options.armor = true;
  auto sealed = seal_bundle(contents, options);
  REQUIRE(sealed.ok());
  CHECK(std::string_view(reinterpret_cast<const char*>(sealed->data()), 34) == "-----BEGIN AGE ENCRYPTED FILE-----");
  AgeDecryptKeys keys;
  keys.identities = {&colleague};
  auto opened = open_bundle(*sealed, keys);
  REQUIRE(opened.ok());
  REQUIRE(opened->students.size() == 2);
  CHECK(opened->manifest.kind == BundleKind::kTransfer);
  const std::string name = bundle_file_name(contents, d("2026-11-23"));
  CHECK(name.rfind("transfer-", 0) == 0);
  CHECK(name.find(caseload.students[2].last_name) == std::string::npos);  // initials only
  CHECK(bundle_file_name(make_bundle(caseload, BundleKind::kBackup, {}, kNow), d("2026-11-23")) ==
        "caseload-2026-11-23.age");
  // Another identity cannot open it.
  const AgeIdentity stranger = generate_age_identity();
  AgeDecryptKeys wrong;
  wrong.identities = {&stranger};
  auto refused = open_bundle(*sealed, wrong);
  REQUIRE_FALSE(refused.ok());
  CHECK(age_failure(refused.error()) == AgeFailure::kNoMatch);
}

TEST_CASE("bad bundles get a specific message and nothing is read") {
  const BundleContents contents = make_bundle(demo(3), BundleKind::kBackup, {}, kNow);
  const Bytes good = *seal_bundle(contents, with_passphrase("right passphrase"));
  auto failure_of = [](const Result<BundleContents>& r) { return r.ok() ? AgeFailure::kNone : age_failure(r.error()); };

  SUBCASE("wrong passphrase") {
    auto r = open_bundle(good, passphrase_keys("wrong passphrase"));
    CHECK(failure_of(r) == AgeFailure::kNoMatch);
    CHECK(r.error().message == "the passphrase does not open this file");
  }
  SUBCASE("no passphrase given") {
    CHECK(open_bundle(good, AgeDecryptKeys{}).error().message.find("protected by a passphrase") != std::string::npos);
  }
  SUBCASE("truncated") {
    CHECK(failure_of(open_bundle(std::span(good).first(good.size() - 100), passphrase_keys("right passphrase"))) ==
          AgeFailure::kPayload);
  }
  SUBCASE("a flipped bit in the header") {
    Bytes bad = good;
    bad[40] ^= 0x01;  // inside the scrypt stanza's salt
    const AgeFailure failure = failure_of(open_bundle(bad, passphrase_keys("right passphrase")));
    CHECK((failure == AgeFailure::kHeader || failure == AgeFailure::kNoMatch || failure == AgeFailure::kHmac));
  }
  SUBCASE("a flipped bit in the payload") {
    Bytes bad = good;
    bad[bad.size() - 20] ^= 0x80;
    CHECK(failure_of(open_bundle(bad, passphrase_keys("right passphrase"))) == AgeFailure::kPayload);
  }
  SUBCASE("not an age file") {
    const std::string text = R"({"format": "caseload", "students": []})";
    auto r = open_bundle(as_bytes(text), passphrase_keys("x"));
    CHECK(failure_of(r) == AgeFailure::kNotAge);
    CHECK(r.error().message == "this is not an age-encrypted file");
  }
  SUBCASE("an age file that is not a bundle") {
    const std::string text = "Dear parent, the meeting is on Tuesday.";
    auto sealed = age_encrypt(as_bytes(text), with_passphrase("right passphrase"));
    auto r = open_bundle(*sealed, passphrase_keys("right passphrase"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("not valid JSON") != std::string::npos);
    const std::string json = R"({"format": "something-else"})";
    r = open_bundle(*age_encrypt(as_bytes(json), with_passphrase("p")), passphrase_keys("p"));
    CHECK(r.error().message.find("not a Caseload bundle") != std::string::npos);
  }
  SUBCASE("a bundle from a newer version") {
    Json doc = parse_json(bundle_to_json_text(contents)).value();
    doc["schema_version"] = 9;
    const std::string text = dump_json(doc);
    auto r = open_bundle(*age_encrypt(as_bytes(text), with_passphrase("p")), passphrase_keys("p"));
    CHECK(r.error().message.find("newer version of Caseload") != std::string::npos);
  }
  SUBCASE("deeply nested JSON is refused before parsing") {
    std::string text = R"({"format": "caseload-bundle", "schema_version": 1, "x": )";
    text += std::string(100000, '[') + std::string(100000, ']') + "}";
    auto r = bundle_from_json_text(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("nested too deeply") != std::string::npos);
  }
  SUBCASE("a manifest that does not match its contents") {
    Json doc = parse_json(bundle_to_json_text(contents)).value();
    doc["students"].erase(doc["students"].begin());
    auto r = bundle_from_json_text(dump_json(doc));
    CHECK(r.error().message.find("may be incomplete") != std::string::npos);
  }
}

TEST_CASE("import merges record by record by modification time and reports conflicts") {
  Caseload mine = demo(5, 21);
  Caseload theirs = mine;
  const Timestamp later = kNow + std::chrono::hours{24};
  // Their copy: a new note on student 0 (added), a newer contact log entry on student 1
  // (updated), an older edit of student 2's note that we also changed (conflict), and a student
  // we do not have.
  theirs.students[0].notes.push_back({fixtures::meta(700), d("2026-11-24"), "From the sending school"});
  theirs.students[0].meta.modified = later;
  if (mine.students[1].contacts.empty()) {
    Contact c;
    c.meta = fixtures::meta(701);
    c.name = "Parent";
    mine.students[1].contacts.push_back(c);
    theirs.students[1].contacts.push_back(c);
  }
  theirs.students[1].contacts[0].phone = "555-0199";
  theirs.students[1].contacts[0].meta.modified = later;
  Note shared_note{fixtures::meta(702), d("2026-11-01"), "original"};
  mine.students[2].notes.push_back(shared_note);
  theirs.students[2].notes.push_back(shared_note);
  mine.students[2].notes.back().text = "our newer wording";
  mine.students[2].notes.back().meta.modified = later;
  theirs.students[2].notes.back().text = "their older wording";
  Student newcomer = fixtures::student();
  newcomer.meta = fixtures::meta(800);
  newcomer.first_name = "Transfer";
  theirs.students.push_back(newcomer);

  const BundleContents incoming = make_bundle(theirs, BundleKind::kTransfer,
                                              {theirs.students[0].meta.id, theirs.students[1].meta.id,
                                               theirs.students[2].meta.id, newcomer.meta.id, theirs.students[3].meta.id},
                                              later);
  const MergePlan plan = plan_merge(mine, incoming);
  CHECK(plan.summary.students_added == 1);
  CHECK(plan.summary.students_updated == 2);
  CHECK(plan.summary.students_unchanged == 2);
  CHECK(plan.summary.records_added >= 1);
  CHECK(plan.summary.records_updated >= 1);
  REQUIRE(plan.summary.conflicts.size() == 1);
  CHECK(plan.summary.conflicts[0].what == "note");
  CHECK(plan.summary.conflicts[0].resolution == "yours is newer: kept yours");
  CHECK_FALSE(plan.settings.has_value());
  for (const auto& s : plan.changed) {
    if (s.meta.id == mine.students[1].meta.id) CHECK(s.contacts[0].phone == "555-0199");
    CHECK(s.meta.id != mine.students[2].meta.id);  // the conflict left student 2 as it was
  }
  CHECK(describe(plan.summary).find("1 students added, 2 updated") == 0);
}

TEST_CASE("nested records merge whichever side's parent wins") {
  Caseload mine = demo(1, 33);
  Student& s = mine.students[0];
  Service service;
  service.meta = fixtures::meta(900);
  service.type = "Speech";
  service.minutes = 60;
  service.deliveries = {{fixtures::meta(901), d("2026-11-02"), 60, false, "", false}};
  s.services = {service};
  Caseload theirs = mine;
  theirs.students[0].services[0].provider = "New SLP";
  theirs.students[0].services[0].meta.modified = kNow + std::chrono::hours{1};
  theirs.students[0].services[0].deliveries = {{fixtures::meta(902), d("2026-11-09"), 60, false, "", false}};
  mine.students[0].services[0].deliveries.push_back({fixtures::meta(903), d("2026-11-16"), 30, false, "", false});
  const MergePlan plan = plan_merge(mine, make_bundle(theirs, BundleKind::kBackup, {}, kNow));
  REQUIRE(plan.changed.size() == 1);
  const Service& merged = plan.changed[0].services[0];
  CHECK(merged.provider == "New SLP");
  CHECK(merged.deliveries.size() == 3);
}

TEST_CASE("a backup restored into an empty vault brings its settings, in one atomic commit") {
  MemoryStorage storage;
  FixedClock clock(kNow);
  DeterministicRandom random(3);
  Workspace workspace(storage, clock, random);
  workspace.start([] {});
  workspace.create_vault("restore test passphrase", test_kdf_params(), Caseload{}, [](Status s) { REQUIRE(s.ok()); });
  REQUIRE(workspace.identity() != nullptr);
  const Caseload source = demo(20, 44);
  const MergePlan plan = plan_merge(workspace.caseload(), make_bundle(source, BundleKind::kBackup, {}, kNow));
  CHECK(plan.summary.settings_applied);
  const int commits = storage.commits();
  workspace.apply_merge(plan);
  CHECK(storage.commits() == commits + 1);
  CHECK(workspace.caseload().students.size() == 20);
  CHECK(workspace.caseload().settings.school_years.size() == source.settings.school_years.size());
  CHECK(workspace.caseload().demo);
  // Into a caseload that has its own data, the bundle's settings are not applied.
  const MergePlan again = plan_merge(workspace.caseload(), make_bundle(demo(2, 45), BundleKind::kBackup, {}, kNow));
  CHECK(again.summary.settings_ignored);
  CHECK_FALSE(again.settings.has_value());
}

TEST_CASE("age keys encode like age-keygen and reject look-alikes") {
  const AgeIdentity identity = generate_age_identity();
  const std::string secret = encode_identity(identity);
  const std::string recipient = encode_recipient(recipient_of(identity));
  CHECK(secret.rfind("AGE-SECRET-KEY-1", 0) == 0);
  CHECK(recipient.rfind("age1", 0) == 0);
  CHECK(recipient.size() == 62);
  REQUIRE(parse_identity(secret).ok());
  CHECK(recipient_of(*parse_identity(secret)) == recipient_of(identity));
  CHECK(parse_recipient(recipient).ok());
  std::string typo = recipient;
  typo[10] = typo[10] == 'q' ? 'p' : 'q';
  CHECK_FALSE(parse_recipient(typo).ok());                         // checksum
  std::string shouting = recipient;
  for (char& c : shouting) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK_FALSE(parse_recipient(shouting).ok());                     // recipients are lowercase
  CHECK_FALSE(parse_recipient(secret).ok());
  auto file = parse_identity_file("# created: 2026-11-23\n# public key: " + recipient + "\n" + secret + "\n");
  REQUIRE(file.ok());
  CHECK(file->size() == 1);
  CHECK_FALSE(parse_identity_file("# only comments\n").ok());
}
