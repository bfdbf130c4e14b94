// Benchmark: age encryption and decryption of a 50 MB payload (X25519 recipient), natively or in
// wasm under Node. Prints MB/s; scripts/bench.sh compares with the npm reference (typage).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "caseload/age.hpp"

namespace {
using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}
}  // namespace

int main(int argc, char** argv) {
  using namespace caseload;
  const std::size_t megabytes = argc > 1 ? static_cast<std::size_t>(std::atoi(argv[1])) : 50;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
  if (!crypto_init()) return 1;
  const Bytes payload = random_bytes(megabytes << 20);
  const AgeIdentity identity = generate_age_identity();
  AgeEncryptOptions options;
  options.recipients = {recipient_of(identity)};
  AgeDecryptKeys keys;
  keys.identities = {&identity};
  double best_encrypt = 1e9, best_decrypt = 1e9;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    auto sealed = age_encrypt(payload, options);
    best_encrypt = std::min(best_encrypt, seconds_since(start));
    start = Clock::now();
    auto opened = age_decrypt(*sealed, keys);
    best_decrypt = std::min(best_decrypt, seconds_since(start));
    if (!opened || opened->size() != payload.size()) return 1;
  }
  std::printf("megabytes=%zu\nencrypt_mb_s=%.1f\ndecrypt_mb_s=%.1f\n", megabytes,
              static_cast<double>(megabytes) / best_encrypt, static_cast<double>(megabytes) / best_decrypt);
  return 0;
}
