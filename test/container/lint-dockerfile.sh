#!/usr/bin/env bash
# Lints the Dockerfile with dockerfile-utils (a pinned devDependency). Its CLI exits 0 even when it
# reports problems, so this fails on any diagnostic, warning or error alike.
set -euo pipefail
cd "$(dirname "$0")/../.."
file=${1:-Dockerfile}
json=$(npx --no-install dockerfile-utils lint --json "$file" 2>/dev/null) || {
  echo "lint:docker: dockerfile-utils failed to run (npm ci first?)" >&2
  exit 1
}
count=$(node -e 'process.stdout.write(String(JSON.parse(process.argv[1]).length))' "$json")
if [[ "$count" != 0 ]]; then
  npx --no-install dockerfile-utils lint "$file" >&2 2>/dev/null || true
  echo "lint:docker: $count problem(s) in $file" >&2
  exit 1
fi
echo "lint:docker: $file is clean (dockerfile-utils)"
