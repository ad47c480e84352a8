#!/usr/bin/env bash
# The fetch benchmarks: starts bench/fetch-server.js with Node on 127.0.0.1:18791, then runs
# bench/fetch-load.js on Cortado, Node, Deno and Bun (the last two when ~/.cache/js-peers has them),
# one after another, and prints each runtime's RESULT lines.
#   bench/fetch.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
source "$here/runtimes.sh"
node "$here/fetch-server.js" 18791 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/18791) 2>/dev/null && break; sleep 0.1; done
# A new daemon's warm-up runs first, so it does not run beside the other runtimes' turns.
"$here/../bin/cortado" -e 0 >/dev/null 2>&1 && wait_for_trained_daemon fetch "$here/../bin/cortado"
runtimes=("$here/../bin/cortado --allow-net=127.0.0.1:18791" "node")
names=("cortado" "node")
add_peers
for i in "${!runtimes[@]}"; do
  out=$(timeout 600 ${runtimes[$i]} "$here/fetch-load.js" 2>&1 | grep '^RESULT\|failed')
  if [ -z "$out" ]; then echo "${names[$i]}: FAILED"; continue; fi
  while read -r line; do printf '%-8s %s\n' "${names[$i]}" "$line"; done <<<"$out"
done
