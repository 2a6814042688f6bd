#!/usr/bin/env bash
# The whole test command (README: npm ci && npm test): types, lint, unit and end-to-end tests under this
# machine's Node, the dist/ freshness check, and the bundled CLI and action under Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck" && npx tsc --noEmit
echo "== lint" && npx eslint . && npx prettier --check . > /dev/null
echo "== dist is fresh" && node scripts/build.mjs --check
echo "== unit + e2e (node $(node --version))" && npx vitest run
echo "== e2e under node 24" && MODEL_GATE_NODE="$(node scripts/node24.mjs)" npx vitest run test/e2e
