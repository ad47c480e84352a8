#!/usr/bin/env bash
# Runs every event-loop and web benchmark in this folder on Cortado and Node.js (plus Deno and Bun
# when ../shared/peers/install.sh put them in ~/.cache/js-peers), one after another in the same run,
# and prints each runtime's cold (first_ms) and warm-median times with the ratio to Node.
#   bench/run.sh                 all of them
#   ONLY=timers-bulk bench/run.sh
#   bench/run.sh node            the Node core module benchmarks of issue 8 instead (bench/node.sh)
# The targets of issues 2, 4 and 8 (warm-median ratio to Node 20, same run) are printed beside the ratio.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cortado="$here/../bin/cortado"
source "$here/runtimes.sh"
# "cortado" is the default (the script runs in the warm daemon), the first time the daemon sees
# the script; "cortado-warm" runs it again right after, in the same daemon, whose shared engine
# has compiled the script by then (what a user running a script repeatedly gets);
# "cortado-steady" is its fourth run in a row (the third is discarded): the daemon's compilers
# have caught up with it and with the benchmarks before it by then, as for a script run often;
# "cortado-direct" is a fresh JVM.
# Issue 8's benchmarks (files, streams, processes, Buffer): only with `node` as the argument.
node_set=" fs-read-many fs-stream-copy spawn-many buffer-ops node-streams-pipe "
runtimes=("node" "$cortado -A" "$cortado -A" "$cortado -A" "$cortado --no-daemon -A")
names=("node" "cortado" "cortado-warm" "cortado-steady" "cortado-direct")
if [ "${1:-}" = node ]; then
  # each takes tens of seconds; a fresh JVM adds little to what the daemon shows
  runtimes=("node" "$cortado -A" "$cortado -A"); names=("node" "cortado" "cortado-warm")
fi
add_peers

target() {
  case "$1" in
    microtask-await-loop|promise-fanout) echo "<=2.0" ;;
    timers-bulk|timers-cancel-churn|async-fanout-timers) echo "<=1.5" ;;
    web-url-parse) echo "-" ;;
    web-*) echo "<=2.0" ;;
    fs-*|spawn-*|buffer-*) echo "<=1.5" ;;
    *) echo "-" ;;
  esac
}

"$cortado" -e "0" >/dev/null 2>&1 || { echo "bench: bin/cortado does not run" >&2; exit 1; }
# A new daemon trains itself while idle, then hands off to a trained successor with the full JIT;
# let both finish, so neither runs beside Node's turns.
wait_for_trained_daemon bench "$cortado"
printf '%-22s %-14s %10s %10s %8s %8s\n' benchmark runtime first_ms median_ms ratio target
declare -A base
for f in "$here"/*.js; do
  name=$(basename "$f" .js)
  case "$name" in startup-*|timers-memory|fetch-*) continue ;; esac
  in_node_set=no; [[ "$node_set" == *" $name "* ]] && in_node_set=yes
  [ "$in_node_set" = "$([ "${1:-}" = node ] && echo yes || echo no)" ] || continue
  [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ] && continue
  for i in "${!runtimes[@]}"; do
    runs=1; [ "${names[$i]}" = cortado-steady ] && runs=2
    for ((run = 0; run < runs; run++)); do
      lines=$(cd "$here" && timeout 300 ${runtimes[$i]} "$f" 2>/dev/null | grep '^RESULT')
    done
    if [ -z "$lines" ]; then printf '%-22s %-14s %10s %10s %8s %8s\n' "$name" "${names[$i]}" - FAILED - -; continue; fi
    while read -r line; do # one line per measurement: RESULT <name> first_ms=.. median_ms=..
      result=$(awk '{print $2}' <<<"$line")
      first=$(sed -n 's/.*first_ms=\([0-9.]*\).*/\1/p' <<<"$line")
      med=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$line")
      [ "$i" -eq 0 ] && base[$result]=$med
      ratio=$(awk -v a="$med" -v b="${base[$result]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
      tgt="-"; [ "${names[$i]#cortado}" != "${names[$i]}" ] && tgt=$(target "$result")
      printf '%-22s %-14s %10s %10s %8s %8s\n' "$result" "${names[$i]}" "$first" "$med" "$ratio" "$tgt"
    done <<<"$lines"
  done
done
