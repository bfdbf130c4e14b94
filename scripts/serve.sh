#!/usr/bin/env bash
# The README's "run the app" command: sets everything up (idempotent, cached), builds the
# browser app and serves it on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
bash "$here/scripts/build.sh" wasm
exec node "$here/scripts/serve.mjs" --port "${PORT:-8080}"
