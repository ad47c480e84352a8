#!/usr/bin/env bash
# Start-up: median wall time of short programs, over repeated runs, for Cortado and its peers.
#   bench/startup.sh [RUNS]      (default 10 runs of each command)
# The commands run round-robin (one run of each, RUNS times), so a busy moment on the machine
# hits every runtime alike; ratios are to Node in the same run.
#   hello     -e "console.log(1)"
#   cjs20     a CommonJS main that requires 20 small modules
#   esm50     an ES module graph of 50 files
# Cortado rows: "cortado" is the default (the warm daemon), "cortado --no-daemon" a direct JVM
# start, "cortado cold daemon" a run right after the daemon was stopped (RUNS/3 rounds).
set -u
here=$(cd "$(dirname "$0")" && pwd)
cortado="$here/../bin/cortado"
runs=${1:-10}
peers=${PEERS_DIR:-$HOME/.cache/js-peers}
deno="$peers/node_modules/deno/deno"
bun="$peers/node_modules/bun/bin/bun.exe"

fixtures=$(mktemp -d)
trap 'rm -rf "$fixtures"' EXIT
mkdir -p "$fixtures/cjs20" "$fixtures/esm50"
for i in $(seq 1 20); do
  printf 'const base = %d;\nmodule.exports = { id: base, double: (x) => x * 2 + base };\n' "$i" \
    > "$fixtures/cjs20/m$i.js"
done
{ echo 'let sum = 0;'
  for i in $(seq 1 20); do echo "sum += require('./m$i.js').double($i);"; done
  echo 'console.log(sum);'; } > "$fixtures/cjs20/main.js"
for i in $(seq 1 50); do
  if [ "$i" -lt 50 ]; then
    printf "import { value as next } from './m%d.mjs';\nexport const value = next + %d;\n" "$((i + 1))" "$i"
  else
    printf 'export const value = %d;\n' "$i"
  fi > "$fixtures/esm50/m$i.mjs"
done
printf "import { value } from './m1.mjs';\nconsole.log(value);\n" > "$fixtures/esm50/main.mjs"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
declare -A samples
labels=()
add_label() { case " ${labels[*]} " in *" $1 "*) ;; *) labels+=("$1") ;; esac; }
time_one() { # label, command...
  local label=$1; shift
  add_label "$label"
  local t0; t0=$(now_ms)
  "$@" >/dev/null 2>&1 </dev/null
  samples[$label]+="$(( $(now_ms) - t0 )) "
}
programs=(hello cjs20 esm50)
args_for() {
  case $1 in
    hello) echo '-e console.log(1)' ;;
    cjs20) echo "$fixtures/cjs20/main.js" ;;
    esm50) echo "$fixtures/esm50/main.mjs" ;;
  esac
}

"$cortado" -e 0 >/dev/null 2>&1 # build if needed, start the daemon
for round in $(seq "$runs"); do
  for p in "${programs[@]}"; do
    read -r -a a <<<"$(args_for "$p")"
    if [ "$p" = hello ]; then
      time_one "$p|node" node -e "console.log(1)"
      time_one "$p|cortado" "$cortado" -e "console.log(1)"
      time_one "$p|cortado --no-daemon" "$cortado" --no-daemon -e "console.log(1)"
      [ -x "$deno" ] && time_one "$p|deno" "$deno" eval "console.log(1)"
      [ -x "$bun" ] && time_one "$p|bun" "$bun" -e "console.log(1)"
    else
      time_one "$p|node" node "${a[@]}"
      time_one "$p|cortado" "$cortado" "${a[@]}"
      time_one "$p|cortado --no-daemon" "$cortado" --no-daemon "${a[@]}"
      [ -x "$deno" ] && time_one "$p|deno" "$deno" run -A "${a[@]}"
      [ -x "$bun" ] && time_one "$p|bun" "$bun" "${a[@]}"
    fi
  done
  if [ $((round % 3)) -eq 0 ]; then # a cold daemon: stop it, then time the next run
    "$cortado" --daemon-stop >/dev/null 2>&1; sleep 1
    time_one "hello|cortado cold daemon" "$cortado" -e "console.log(1)"
  fi
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-8s %-24s %9s %7s %7s %5s %9s\n' program runtime median_ms min_ms max_ms runs vs_node
for label in "${labels[@]}"; do
  p=${label%%|*}; r=${label#*|}
  s=${samples[$label]}
  m=$(median "$s"); n=$(median "${samples[$p|node]}")
  sorted=$(tr ' ' '\n' <<<"$s" | grep -v '^$' | sort -n)
  printf '%-8s %-24s %9s %7s %7s %5s %9s\n' "$p" "$r" "$m" "$(head -1 <<<"$sorted")" \
    "$(tail -1 <<<"$sorted")" "$(wc -l <<<"$sorted")" "$(awk -v a="$m" -v b="$n" 'BEGIN {printf "%.2f", a / b}')"
done
