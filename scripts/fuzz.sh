#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 (ASan + UBSan, build/fuzz) and runs each for a
# bounded time from its seed corpus in tests/fuzz/corpus. Also the sanitized core test suite is
# built there (scripts/test.sh runs it). Exits non-zero if a fuzzer finds a crash.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [--build-only]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-30}"
CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCASELOAD_FUZZ=ON -DCASELOAD_WERROR=ON >/dev/null
cmake --build build/fuzz -j "$(nproc)"
[ "${2:-}" = "--build-only" ] && exit 0
status=0
for corpus in tests/fuzz/corpus/*/; do
  target="$(basename "$corpus")"
  work="build/fuzz-corpus/$target"
  mkdir -p "$work" "build/fuzz-artifacts/$target"
  echo "fuzzing $target for ${seconds}s"
  if ! "build/fuzz/tests/${target}_fuzz" "$work" "$corpus" -max_total_time="$seconds" -max_len=65536 \
       -rss_limit_mb=2048 -artifact_prefix="build/fuzz-artifacts/$target/" -print_final_stats=1 \
       >"build/fuzz-artifacts/$target/log.txt" 2>&1; then
    echo "FUZZ FAILURE in $target:"; tail -40 "build/fuzz-artifacts/$target/log.txt"
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "build/fuzz-artifacts/$target/log.txt" | tail -2
  fi
done
exit $status
