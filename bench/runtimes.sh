# bench/runtimes.sh: sourced by the benchmark scripts. add_peers appends Deno and Bun to the
# caller's `runtimes` and `names` arrays when ../shared/peers/install.sh put them in
# ~/.cache/js-peers (or $PEERS_DIR), so every script compares the same runtimes in the same run.
peers=${PEERS_DIR:-$HOME/.cache/js-peers}
add_peers() {
  if [ -x "$peers/node_modules/deno/deno" ]; then runtimes+=("$peers/node_modules/deno/deno run -A -q"); names+=("deno"); fi
  if [ -x "$peers/node_modules/bun/bin/bun.exe" ]; then runtimes+=("$peers/node_modules/bun/bin/bun.exe"); names+=("bun"); fi
}

# wait_for_trained_daemon WHO CORTADO: waits until the daemon that CORTADO's runs reach is trained,
# so its warm-up never runs beside another runtime's turn. A new daemon trains itself, then hands
# off to a successor that trains too: 5-10 minutes on 2 cores. While it waits, WHO shows the
# daemons' progress (a line per warm-up round).
wait_for_trained_daemon() {
  local progress; progress=$(mktemp)
  "$2" --daemon-wait-warm >/dev/null 2>"$progress" &
  local waiter=$! tenths=0
  while kill -0 "$waiter" 2>/dev/null && [ $tenths -lt 20 ]; do sleep 0.1; tenths=$((tenths + 1)); done
  if kill -0 "$waiter" 2>/dev/null; then
    tail -n +1 -f --pid="$waiter" "$progress" | sed "s/^/$1: /" >&2 # the daemons' warm-up rounds
  fi
  wait "$waiter" || true
  rm -f "$progress"
}
