#!/usr/bin/env bash
# npm test: lint and format check, unit tests, the production build (type-check and data check included), then the
# end-to-end tests in Chromium against `next start`. Set UNIT_TAP / E2E_JSON to also write
# machine-readable results (used by .ci/run for its summary line).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== lint (ESLint: Next, typescript-eslint, layer rule) and format (Prettier)"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check . ; echo "Run npm run format to fix."; exit 1; }

echo "== unit tests"
if [ -n "${UNIT_TAP:-}" ]; then
  bash scripts/test-unit.sh --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$UNIT_TAP"
else
  bash scripts/test-unit.sh --test-reporter=spec
fi

echo "== static export (offline copy), then the server build"
# The export is built inside .next first (and removed from there), so it must come before the server build.
npm run export
npx next build

echo "== end-to-end tests"
if [ -n "${E2E_JSON:-}" ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$E2E_JSON" npx playwright test --reporter=list,json
else
  npx playwright test
fi
