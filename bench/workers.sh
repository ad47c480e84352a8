#!/usr/bin/env bash
# Runs the worker benchmarks (workers-*.mjs) on Node (worker_threads), Cortado (the warm daemon
# and a fresh JVM), Deno and Bun (Web Workers), one after another in the same run, and prints each
# runtime's first and median times with the ratio to Node.
#   bench/workers.sh            all four
#   ONLY=workers-cpu bench/workers.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
cortado="$here/../bin/cortado"
source "$here/runtimes.sh"
runtimes=("node" "$cortado" "$cortado --no-daemon")
names=("node" "cortado" "cortado-direct")
add_peers
"$cortado" -e 0 >/dev/null 2>&1 && wait_for_trained_daemon workers "$cortado" # a new daemon's warm-up, done first
printf '%-24s %-14s %10s %10s %12s %8s\n' benchmark runtime first_ms median_ms ops_per_s ratio
declare -A base
for name in workers-pingpong workers-transfer workers-cpu workers-startup; do
  [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ] && continue
  for i in "${!runtimes[@]}"; do
    out=$(cd "$here" && timeout 600 ${runtimes[$i]} "$here/$name.mjs" 2>&1)
    lines=$(grep '^RESULT' <<<"$out")
    if [ -z "$lines" ]; then printf '%-24s %-14s %10s\n' "$name" "${names[$i]}" FAILED; continue; fi
    while read -r line; do
      result=$(awk '{print $2}' <<<"$line")
      first=$(sed -n 's/.*first_ms=\([0-9.]*\).*/\1/p' <<<"$line")
      med=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$line")
      ops=$(sed -n 's/.*ops_per_s=\([0-9]*\).*/\1/p' <<<"$line")
      [ "$i" -eq 0 ] && base[$result]=$med
      ratio=$(awk -v a="$med" -v b="${base[$result]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
      printf '%-24s %-14s %10s %10s %12s %8s\n' "$result" "${names[$i]}" "$first" "$med" "$ops" "$ratio"
    done <<<"$lines"
    grep '^speedup' <<<"$out" | sed "s/^/    ${names[$i]}: /"
  done
done
