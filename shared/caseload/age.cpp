#include "caseload/age.hpp"

#include <sodium.h>

namespace caseload {
namespace {

// Finds the file key: errors in a stanza are fatal (kHeader), as in the reference implementation.
Result<Bytes> unwrap_file_key(const AgeHeader& header, const AgeDecryptKeys& keys) {
  bool has_scrypt = false;
  for (const auto& stanza : header.stanzas) has_scrypt = has_scrypt || stanza.type == "scrypt";
  if (has_scrypt && header.stanzas.size() != 1) {
    return age_error(AgeFailure::kHeader, "the encrypted file's header is invalid (a passphrase stanza must be alone)");
  }
  for (const auto& stanza : header.stanzas) {
    if (stanza.type == "X25519") {
      for (const AgeIdentity* identity : keys.identities) {
        auto unwrapped = unwrap_x25519(stanza, *identity);
        if (!unwrapped) return unwrapped.error();
        if (*unwrapped) return std::move(**unwrapped);
      }
    } else if (stanza.type == "scrypt" && keys.passphrase) {
      auto unwrapped = unwrap_scrypt(stanza, *keys.passphrase, keys.max_scrypt_log_n);
      if (!unwrapped) return unwrapped.error();
      if (*unwrapped) return std::move(**unwrapped);
    }
  }
  if (has_scrypt && keys.passphrase) return age_error(AgeFailure::kNoMatch, "the passphrase does not open this file");
  if (has_scrypt) return age_error(AgeFailure::kNoMatch, "this file is protected by a passphrase: enter it");
  return age_error(AgeFailure::kNoMatch, "this file was not encrypted for this key (or needs a passphrase)");
}

}  // namespace

Result<std::unique_ptr<AgeEncryptJob>> AgeEncryptJob::start(std::span<const std::uint8_t> plaintext,
                                                           const AgeEncryptOptions& options) {
  if (sodium_init() < 0) return make_error("no secure random numbers available");
  if (options.passphrase && !options.recipients.empty()) {
    return make_error("a bundle is for a passphrase or for recipients, not both");
  }
  if (!options.passphrase && options.recipients.empty()) return make_error("choose a passphrase or a recipient");
  Bytes file_key = random_bytes(kAgeFileKeySize);
  std::vector<AgeStanza> stanzas;
  if (options.passphrase) {
    auto stanza = wrap_with_passphrase(file_key, *options.passphrase, options.scrypt_log_n);
    if (!stanza) return stanza.error();
    stanzas.push_back(std::move(*stanza));
  }
  for (const auto& recipient : options.recipients) {
    auto stanza = wrap_for_recipient(file_key, recipient);
    if (!stanza) return stanza.error();
    stanzas.push_back(std::move(*stanza));
  }
  std::string header = encode_age_header_without_mac(stanzas);
  header += ' ' + age_base64(age_header_mac(file_key, header)) + '\n';
  std::unique_ptr<AgeEncryptJob> job(new AgeEncryptJob());
  job->output_.assign(header.begin(), header.end());
  job->sealer_ = std::make_unique<AgeStreamSealer>(file_key, plaintext);
  job->armor_ = options.armor;
  wipe(file_key);
  return job;
}

bool AgeEncryptJob::step(std::size_t max_chunks) { return sealer_->seal_some(max_chunks, output_); }

Bytes AgeEncryptJob::take_output() {
  if (!armor_) return std::move(output_);
  const std::string armored = age_armor(output_);
  return Bytes(armored.begin(), armored.end());
}

Result<Bytes> age_encrypt(std::span<const std::uint8_t> plaintext, const AgeEncryptOptions& options) {
  auto job = AgeEncryptJob::start(plaintext, options);
  if (!job) return job.error();
  (*job)->step(static_cast<std::size_t>(-1));
  return (*job)->take_output();
}

Result<AgeFileNeeds> inspect_age_file(std::span<const std::uint8_t> input) {
  Bytes dearmored;
  std::span<const std::uint8_t> file = input;
  if (is_armored(input)) {
    auto binary = age_dearmor(input);
    if (!binary) return binary.error();
    dearmored = std::move(*binary);
    file = dearmored;
  }
  auto header = parse_age_header(file);
  if (!header) return header.error();
  AgeFileNeeds needs;
  for (const auto& stanza : header->stanzas) {
    if (stanza.type == "scrypt") needs.passphrase = true;
    if (stanza.type == "X25519") ++needs.recipient_stanzas;
  }
  return needs;
}

Result<Bytes> age_decrypt(std::span<const std::uint8_t> input, const AgeDecryptKeys& keys) {
  if (sodium_init() < 0) return make_error("no secure random numbers available");
  Bytes dearmored;
  std::span<const std::uint8_t> file = input;
  if (is_armored(input)) {
    auto binary = age_dearmor(input);
    if (!binary) return binary.error();
    dearmored = std::move(*binary);
    file = dearmored;
  }
  auto header = parse_age_header(file);
  if (!header) return header.error();
  auto file_key = unwrap_file_key(*header, keys);
  if (!file_key) return file_key.error();
  const std::string_view covered(reinterpret_cast<const char*>(file.data()), header->mac_input_size);
  const Bytes mac = age_header_mac(*file_key, covered);
  if (sodium_memcmp(mac.data(), header->mac.data(), mac.size()) != 0) {
    wipe(*file_key);
    return age_error(AgeFailure::kHmac, "the encrypted file's header was altered or damaged");
  }
  auto plaintext = age_stream_decrypt(*file_key, file.subspan(header->payload_offset));
  wipe(*file_key);
  return plaintext;
}

}  // namespace caseload
