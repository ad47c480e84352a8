#!/usr/bin/env bash
# Daemon soak: runs the same small program RUNS times through the warm daemon and prints the
# daemon's resident memory (RSS) and the median wall time of each batch of 50 runs. A steady RSS
# means closed Contexts are collected: nothing of one run stays behind in the daemon.
#   bench/daemon-soak.sh [RUNS]     (default 300)
set -u
here=$(cd "$(dirname "$0")" && pwd)
cortado="$here/../bin/cortado"
runs=${1:-300}
program='const m = new Map(); for (let i = 0; i < 20000; i++) m.set("k" + i, { i }); setTimeout(() => console.log(m.size), 1);'
pid=$("$cortado" --verbose -e 0 2>&1 | sed -n 's/.*in the daemon (pid \([0-9]*\).*/\1/p')
[ -n "$pid" ] || { echo "no daemon (is CORTADO_DAEMON off?)" >&2; exit 1; }
printf '%6s %10s %12s\n' runs rss_mb median_ms
times=()
for i in $(seq "$runs"); do
  t0=$(date +%s%N); "$cortado" -e "$program" >/dev/null; t1=$(date +%s%N)
  times+=("$(( (t1 - t0) / 1000000 ))")
  if [ $((i % 50)) -eq 0 ]; then
    rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
    med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%6s %10s %12s\n' "$i" "$rss" "$med"
    times=()
  fi
done
