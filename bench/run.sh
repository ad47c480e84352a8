#!/usr/bin/env bash
# Runs every event-loop benchmark in this folder on Cortado and Node.js (plus Deno and Bun when
# ../shared/peers/install.sh put them in ~/.cache/js-peers), one after another in the same run,
# and prints each runtime's cold (first_ms) and warm-median times with the ratio to Node.
#   bench/run.sh                 all benchmarks
#   ONLY=timers-bulk bench/run.sh
# The targets of issue 2 (warm-median ratio to Node 20, same run) are printed beside the ratio.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cortado="$here/../bin/cortado"
peers=${PEERS_DIR:-$HOME/.cache/js-peers}
# "cortado" is the default (the script runs in the warm daemon); "cortado-direct" a fresh JVM.
runtimes=("node" "$cortado" "$cortado --no-daemon")
names=("node" "cortado" "cortado-direct")
if [ -x "$peers/node_modules/deno/deno" ]; then runtimes+=("$peers/node_modules/deno/deno run -A -q"); names+=("deno"); fi
if [ -x "$peers/node_modules/bun/bin/bun.exe" ]; then runtimes+=("$peers/node_modules/bun/bin/bun.exe"); names+=("bun"); fi

target() {
  case "$1" in
    microtask-await-loop|promise-fanout) echo "<=2.0" ;;
    timers-bulk|timers-cancel-churn|async-fanout-timers) echo "<=1.5" ;;
    *) echo "-" ;;
  esac
}

"$cortado" -e "0" >/dev/null 2>&1 || { echo "bench: bin/cortado does not run" >&2; exit 1; }
printf '%-22s %-14s %10s %10s %8s %8s\n' benchmark runtime first_ms median_ms ratio target
for f in "$here"/*.js; do
  name=$(basename "$f" .js)
  case "$name" in startup-*|timers-memory|EmbeddingBench) continue ;; esac
  [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ] && continue
  base=""
  for i in "${!runtimes[@]}"; do
    line=$(cd "$here" && timeout 300 ${runtimes[$i]} "$f" 2>/dev/null | grep '^RESULT' | tail -1)
    first=$(sed -n 's/.*first_ms=\([0-9.]*\).*/\1/p' <<<"$line")
    med=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$line")
    if [ -z "$med" ]; then printf '%-22s %-14s %10s %10s %8s %8s\n' "$name" "${names[$i]}" - FAILED - -; continue; fi
    [ -z "$base" ] && base=$med
    ratio=$(awk -v a="$med" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
    tgt="-"; [ "${names[$i]#cortado}" != "${names[$i]}" ] && tgt=$(target "$name")
    printf '%-22s %-14s %10s %10s %8s %8s\n' "$name" "${names[$i]}" "$first" "$med" "$ratio" "$tgt"
  done
done
