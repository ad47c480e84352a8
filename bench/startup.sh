#!/usr/bin/env bash
# Start-up: median wall time of a hello world, over repeated runs, for Cortado and its peers.
#   bench/startup.sh [RUNS]      (default 10 runs each)
set -u
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-10}
peers=${PEERS_DIR:-$HOME/.cache/js-peers}
measure() { # label, command...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    times+=("$(( (t1 - t0) / 1000000 ))")
  done
  local sorted median
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")
  printf '%-34s median %6s ms   (min %s, max %s, %s runs)\n' "$label" "$median" \
    "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")" "$runs"
}
"$here/../bin/cortado" -e "0" >/dev/null 2>&1
measure 'cortado -e "console.log(1)"' "$here/../bin/cortado" -e "console.log(1)"
measure 'node -e "console.log(1)"' node -e "console.log(1)"
[ -x "$peers/node_modules/deno/deno" ] && measure 'deno eval "console.log(1)"' "$peers/node_modules/deno/deno" eval "console.log(1)"
[ -x "$peers/node_modules/bun/bin/bun.exe" ] && measure 'bun -e "console.log(1)"' "$peers/node_modules/bun/bin/bun.exe" -e "console.log(1)"
exit 0
