#!/usr/bin/env bash
# What `cortado trace` costs: each event-loop benchmark run plainly and traced, in the same run,
# with the slowdown (traced / plain warm median), the events recorded and the trace's size per
# 1,000 events (trace.json and trace.html).
#   bench/trace-cost.sh                 all event-loop benchmarks
#   ONLY=promise-fanout bench/trace-cost.sh
# Tracing off costs nothing measurable: compare bench/run.sh's ratios before and after a change.
set -u
here=$(cd "$(dirname "$0")" && pwd)
cortado="$here/../bin/cortado"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-22s %10s %10s %9s %9s %12s %12s\n' benchmark plain_ms traced_ms slowdown events json_kB/1k html_kB/1k
for f in "$here"/timers-bulk.js "$here"/timers-cancel-churn.js "$here"/promise-fanout.js \
    "$here"/microtask-await-loop.js "$here"/async-fanout-timers.js "$here"/compute-fib.js; do
  name=$(basename "$f" .js)
  [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ] && continue
  plain=$(cd "$here" && timeout 600 "$cortado" "$f" 2>/dev/null | grep '^RESULT' | head -1 | sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p')
  summary=$(cd "$here" && timeout 1200 "$cortado" trace "$f" --out "$out/$name" 2>&1 >"$out/$name.stdout" | grep 'cortado trace:')
  traced=$(grep '^RESULT' "$out/$name.stdout" | head -1 | sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p')
  events=$(sed -n 's/.*trace: \([0-9]*\) events.*/\1/p' <<<"$summary")
  json=$(stat -c %s "$out/$name/trace.json" 2>/dev/null || echo 0)
  html=$(stat -c %s "$out/$name/trace.html" 2>/dev/null || echo 0)
  awk -v n="$name" -v p="${plain:-0}" -v t="${traced:-0}" -v e="${events:-0}" -v j="$json" -v h="$html" 'BEGIN {
    printf "%-22s %10s %10s %9s %9s %12s %12s\n", n, p, t, (p > 0 ? sprintf("%.1fx", t / p) : "-"), e,
      (e > 0 ? sprintf("%.1f", j / e) : "-"), (e > 0 ? sprintf("%.1f", h / e) : "-") }'
  grep -q "cut at" <<<"$summary" && echo "  (cut at --max-events: $summary)"
done
