#!/usr/bin/env bash
# npm run bench: every benchmark, printing its figures. Benchmarks report; they are not tests.
#  1. JavaScript per route (gzip) against a blank page of the same build
#  2. Lighthouse, mobile emulation, every page and the blank page (median of 3)
#  3. Throughput of the heaviest page on loopback
#  4. Scale: synthetic national dataset (temporary folder), parse/validate, build, 514-region page
set -uo pipefail
cd "$(dirname "$0")/.."
PORT="${BENCH_PORT:-3190}"
BASE="http://127.0.0.1:$PORT"
[ -f .next/BUILD_ID ] || npx next build
HOST=127.0.0.1 PORT="$PORT" node scripts/serve.mjs >/dev/null 2>&1 &   # the production server, as npm start runs it
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$BASE/" && break; sleep 0.25; done

status=0
echo; echo "== 1. JavaScript per route"; npx tsx bench/js-size.ts "$BASE" || status=1
echo; echo "== 2. Lighthouse"; node bench/lighthouse.mjs "$BASE" "${LH_RUNS:-3}" || status=1
echo; echo "== 3. Throughput"; npx tsx bench/throughput.ts "$BASE" || status=1
kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null
echo; echo "== 4. Scale"; npx tsx bench/scale.ts || status=1
exit $status
