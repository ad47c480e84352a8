#!/usr/bin/env bash
# Runs real npm packages under Cortado (issue 8): installs them from the committed lockfile when
# needed (npm ci), then runs every program in programs/ through bin/cortado and compares its
# output and exit code with Node 20's (the .out files beside them, made by running the same
# program with node). Prints the compatibility table the README shows.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  echo "npm packages: installing from package-lock.json (npm ci) ..."
  npm ci --no-audit --no-fund --silent
fi
exec "$root/tests/run-corpus.sh" "$here/programs" "$root/bin/cortado" -A
