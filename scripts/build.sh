#!/usr/bin/env bash
# Builds Caseload: the native core, tests and CLI (build/native) and the browser app (build/wasm,
# site assembled in build/web). Assumes scripts/bootstrap.sh has run.
#   scripts/build.sh [native|wasm|all]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/env.sh"
cd "$here"
what="${1:-all}"
jobs="$(nproc)"

build_native() {
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASELOAD_WERROR=ON >/dev/null
  cmake --build build/native -j "$jobs"
}

build_wasm() {
  # ctest runs the wasm test suite under Node with the flag Emscripten's glue needs.
  em_env emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASELOAD_WERROR=ON \
    "-DCMAKE_CROSSCOMPILING_EMULATOR=$(command -v node);$CASELOAD_EM_NODE_OPTIONS" >/dev/null
  em_env cmake --build build/wasm -j "$jobs"
}

case "$what" in
  native) build_native ;;
  wasm) build_wasm ;;
  all) build_native && build_wasm ;;
  *) echo "usage: scripts/build.sh [native|wasm|all]" >&2; exit 2 ;;
esac
