# bench/runtimes.sh: sourced by the benchmark scripts. add_peers appends Deno and Bun to the
# caller's `runtimes` and `names` arrays when ../shared/peers/install.sh put them in
# ~/.cache/js-peers (or $PEERS_DIR), so every script compares the same runtimes in the same run.
peers=${PEERS_DIR:-$HOME/.cache/js-peers}
add_peers() {
  if [ -x "$peers/node_modules/deno/deno" ]; then runtimes+=("$peers/node_modules/deno/deno run -A -q"); names+=("deno"); fi
  if [ -x "$peers/node_modules/bun/bin/bun.exe" ]; then runtimes+=("$peers/node_modules/bun/bin/bun.exe"); names+=("bun"); fi
}
