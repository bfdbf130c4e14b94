#!/usr/bin/env bash
# Benchmarks that print figures, side by side: the deadline engine and caseload file load/save,
# natively and as wasm under Node, with the wasm/native ratio; then the app in headless Chromium
# (vault create, unlock + load, one-edit commit, frame-build time at 50 / 500 / 5,000 students).
# No thresholds: read the numbers. Assumes the test command (or scripts/build.sh) has built.
#   scripts/bench.sh [STUDENTS] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/env.sh"
students="${1:-10000}"
runs="${2:-9}"
native="$("$here/build/native/tests/deadline_bench" "$students" "$runs")"
wasm="$(em_env node "$here/build/wasm/tests/deadline_bench.js" "$students" "$runs")"
value() { echo "$1" | sed -n "s/^$2=//p"; }
echo "$native" | head -1
printf '%-14s %12s %12s %8s\n' "measure" "native ms" "wasm ms" "ratio"
for key in deadlines_ms load_ms save_ms; do
  n="$(value "$native" "$key")"
  w="$(value "$wasm" "$key")"
  printf '%-14s %12s %12s %8s\n' "${key%_ms}" "$n" "$w" "$(awk -v a="$w" -v b="$n" 'BEGIN{printf "%.2f", a/b}')"
done

echo
echo "age bundles, 50 MB payload (X25519 recipient), best of 3:"
a_native="$("$here/build/native/tests/age_bench" 50 3)"
a_wasm="$(em_env node "$here/build/wasm/tests/age_bench.js" 50 3)"
a_typage="$(node "$here/tests/bench/age_bench_typage.mjs" 50 3)"
printf '%-10s %12s %12s %14s %10s %10s\n' "MB/s" "native" "wasm" "typage (npm)" "wasm/nat" "wasm/typage"
for key in encrypt_mb_s decrypt_mb_s; do
  n="$(value "$a_native" "$key")"; w="$(value "$a_wasm" "$key")"; t="$(value "$a_typage" "$key")"
  printf '%-10s %12s %12s %14s %10s %10s\n' "${key%_mb_s}" "$n" "$w" "$t" \
    "$(awk -v a="$w" -v b="$n" 'BEGIN{printf "%.2f", a/b}')" "$(awk -v a="$w" -v b="$t" 'BEGIN{printf "%.2f", a/b}')"
done

echo
echo "Browser (headless Chromium, build/web served on 127.0.0.1):"
node "$here/tests/bench/vault_bench.mjs"

echo
echo "Site weight, start-up and idle CPU (headless Chromium):"
node "$here/tests/bench/site_bench.mjs"
