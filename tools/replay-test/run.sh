#!/usr/bin/env bash
# Tests the replay page in a real headless Chromium: Debian's chromium package (installed here when
# missing, as root) driven by playwright-core from npm (installed from the committed lockfile).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "replay test: installing Debian's chromium (apt-get install chromium) ..."
    apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null; }
  else
    echo "replay test: needs Debian's chromium: run 'sudo apt-get install chromium'" >&2
    exit 1
  fi
fi
cd "$here"
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --silent
fi
exec node --test --test-reporter=spec replay.test.mjs
