#!/usr/bin/env bash
# The README's "run every test" command (and what CI runs through .ci/run): sets everything up
# (idempotent, cached), builds, runs every suite, and ends with one line "N passed, N failed"
# counted over all suites. Exits non-zero if anything failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
source scripts/env.sh
logs="$here/build/test-logs"
total_passed=0
total_failed=0
started=$SECONDS

section() { printf '\n=== %s\n' "$*"; }

# Records a suite's counts: record NAME PASSED FAILED
record() {
  printf '%-28s %4d passed, %d failed\n' "$1" "$2" "$3" >>"$logs/summary.txt"
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
}

# Counts from doctest's summary line "test cases: N | N passed | N failed".
doctest_counts() {
  sed -E 's/\x1b\[[0-9;]*m//g; s/^[0-9]+: //' "$1" | grep -E '^\[doctest\] test cases:' | tail -1 \
    | sed -E 's/.*\| *([0-9]+) passed *\| *([0-9]+) failed.*/\1 \2/'
}

run_doctest_suite() {  # NAME BUILD_DIR
  local name="$1" dir="$2" log="$logs/$1.log" counts
  section "$name"
  ctest --test-dir "$dir" --output-on-failure -V >"$log" 2>&1
  local rc=$?
  counts="$(doctest_counts "$log")"
  if [ -z "$counts" ]; then counts="0 1"; fi
  if [ $rc -ne 0 ] && [ "${counts#* }" = "0" ]; then counts="${counts% *} 1"; fi
  sed -E 's/\x1b\[[0-9;]*m//g; s/^[0-9]+: //' "$log" | grep -E '^\[doctest\]|ERROR|FAILED' | tail -30
  record "$name" ${counts}
}

run_node_suite() {  # NAME FILES...
  local name="$1" log="$logs/$1.tap"
  shift
  section "$name"
  node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
       --test-reporter=tap --test-reporter-destination="$log" "$@"
  local rc=$? passed failed
  passed="$(grep -E '^# pass ' "$log" | awk '{print $3}')"
  failed="$(grep -E '^# fail ' "$log" | awk '{print $3}')"
  passed="${passed:-0}"; failed="${failed:-0}"
  if [ $rc -ne 0 ] && [ "$failed" = "0" ]; then failed=1; fi
  record "$name" "$passed" "$failed"
}

finish() {
  section "summary ($((SECONDS - started)) s)"
  cat "$logs/summary.txt"
  echo "$total_passed passed, $total_failed failed"
  [ "$total_failed" -eq 0 ]
  exit $?
}

section "bootstrap"
bash scripts/bootstrap.sh || { echo "bootstrap failed"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p "$logs" && : >"$logs/summary.txt"

section "build"
if ! bash scripts/build.sh native >"$logs/build-native.log" 2>&1; then
  tail -40 "$logs/build-native.log"; record "build (native)" 0 1; finish
fi
if ! bash scripts/build.sh wasm >"$logs/build-wasm.log" 2>&1; then
  tail -40 "$logs/build-wasm.log"; record "build (wasm)" 0 1; finish
fi
echo "native and wasm builds ok"

# The age test vectors (npm cctv-age) are read by the core suites natively and in wasm.
node tests/interop/extract_cctv.mjs >"$logs/extract-cctv.log" 2>&1 || { cat "$logs/extract-cctv.log"; record "age vectors" 0 1; }

run_doctest_suite "core (native)" build/native
run_doctest_suite "core (wasm, Node)" build/wasm
section "build (clang: ASan + UBSan + libFuzzer)"
if bash scripts/fuzz.sh 0 --build-only >"$logs/build-fuzz.log" 2>&1; then
  run_doctest_suite "core (ASan+UBSan)" build/fuzz
  section "fuzz"
  targets=$(ls -d tests/fuzz/corpus/*/ | wc -l)
  if bash scripts/fuzz.sh "${CASELOAD_FUZZ_SECONDS:-15}"; then record "fuzz (${targets} targets)" "$targets" 0
  else record "fuzz (${targets} targets)" 0 1; fi
else
  tail -30 "$logs/build-fuzz.log"; record "build (fuzz)" 0 1
fi

run_node_suite "cli" tests/cli/*.test.mjs
run_node_suite "age interop" tests/interop/*.test.mjs
run_node_suite "browser (Chromium)" tests/browser/*.test.mjs
finish
