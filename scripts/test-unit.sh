#!/usr/bin/env bash
# Unit tests (node:test through tsx). Files are listed explicitly: Node 20's --test does not expand
# globs or find .ts files, and an empty list must fail rather than pass silently.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find lib scripts components -name '*.test.ts' -not -path '*/node_modules/*' | sort)
if [ "${#files[@]}" -eq 0 ]; then echo "no unit test files found" >&2; exit 1; fi
exec npx tsx --test "$@" "${files[@]}"
