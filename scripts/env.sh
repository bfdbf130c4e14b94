# Environment shared by the project's scripts (sourced, not executed).
# Works around the known quirks of Debian's Emscripten 3.1.6 with Node 20.
export CASELOAD_CACHE="${CASELOAD_CACHE:-$HOME/.cache/caseload}"
# Debian ships a prebuilt Emscripten sysroot cache; use it in place when we may write to it
# (Emscripten takes a lock file there), else a per-user copy seeded by the bootstrap.
if [ -z "${EM_CACHE:-}" ] && [ ! -w /usr/share/emscripten/cache ]; then
  export EM_CACHE="$CASELOAD_CACHE/emcache"
fi
# Debian's emcc needs acorn and friends from Debian's node modules.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
# Emscripten 3.1.6's glue, run under Node 20, tries to fetch() its .wasm from disk and fails:
# Node must run it with --no-experimental-fetch. Only Emscripten's own commands get that flag
# (playwright-core needs fetch), through these wrappers.
CASELOAD_EM_NODE_OPTIONS="--no-experimental-fetch"
em_env() { NODE_OPTIONS="$CASELOAD_EM_NODE_OPTIONS" "$@"; }
