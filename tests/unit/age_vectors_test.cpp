// The official age test vectors (C2SP CCTV, from npm cctv-age, extracted by
// tests/interop/extract_cctv.mjs): every vector for the features Caseload implements (X25519,
// scrypt, armor, header and STREAM edge cases) must decrypt, or fail, exactly as it expects.
// Vectors that need only post-quantum hybrid identities (not implemented) are counted as skipped.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "caseload/age.hpp"
#include "caseload/hkdf.hpp"
#include "caseload/json_io.hpp"

using namespace caseload;

namespace {

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string hex(const Sha256& hash) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (const auto b : hash) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

const std::map<std::string, AgeFailure> kExpected = {
    {"no match", AgeFailure::kNoMatch}, {"HMAC failure", AgeFailure::kHmac},
    {"header failure", AgeFailure::kHeader}, {"payload failure", AgeFailure::kPayload},
    {"armor failure", AgeFailure::kArmor}};

}  // namespace

TEST_CASE("age test vectors (C2SP CCTV) decrypt or fail exactly as expected") {
  const std::filesystem::path dir = std::filesystem::path(CASELOAD_BUILD_TEST_DATA_DIR) / "cctv-age";
  REQUIRE_MESSAGE(std::filesystem::exists(dir), "run scripts/test.sh: it extracts the vectors to ", dir.string());
  int passed = 0, skipped = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    const Json meta = parse_json(read_all(entry.path())).value();
    const std::string name = meta["name"];
    const std::string file = read_all(std::filesystem::path(entry.path()).replace_extension(".age"));
    std::vector<AgeIdentity> identities;
    for (const auto& text : meta["identities"]) {
      if (auto identity = parse_identity(text.get<std::string>())) identities.push_back(std::move(*identity));
    }
    AgeDecryptKeys keys;
    for (const auto& identity : identities) keys.identities.push_back(&identity);
    if (!meta["passphrases"].empty()) keys.passphrase = meta["passphrases"][0].get<std::string>();
    if (keys.identities.empty() && !keys.passphrase && !meta["identities"].empty()) {
      ++skipped;  // post-quantum hybrid identities only
      continue;
    }
    const auto result = age_decrypt(as_bytes(file), keys);
    const std::string expect = meta["expect"];
    if (expect == "success") {
      CHECK_MESSAGE(result.ok(), name, ": ", (result.ok() ? "" : result.error().message));
      if (result.ok()) CHECK_MESSAGE(hex(sha256(*result)) == meta["payload"].get<std::string>(), name);
    } else {
      const auto wanted = kExpected.find(expect);
      REQUIRE_MESSAGE(wanted != kExpected.end(), name, ": unknown expectation ", expect);
      CHECK_MESSAGE(!result.ok(), name, " should fail with ", expect);
      if (!result.ok()) {
        CHECK_MESSAGE(age_failure(result.error()) == wanted->second, name, ": expected ", expect, ", got code ",
                      result.error().code, " (", result.error().message, ")");
      }
    }
    ++passed;
  }
  MESSAGE("age vectors checked: ", passed, ", skipped (hybrid post-quantum only): ", skipped);
  CHECK(passed >= 120);
}
