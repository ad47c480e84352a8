#!/usr/bin/env bash
# What deoptimizes the runtime's own compiled JavaScript in a script's first run in a trained daemon.
# Starts a daemon with the engine's compilation and deoptimization traces on (its own daemon: the
# trace flags are part of the daemon's key), waits until it is trained (about 5 minutes on 2 cores:
# keep the machine idle), then runs each benchmark once and prints, per benchmark, every transfer
# to the interpreter whose innermost JavaScript frame is runtime code (cortado:internal/...), with
# the engine node that caused it, and every invalidation of runtime code with its reason.
#   bench/first-run-deopts.sh                       the shared benchmarks and the web ones
#   bench/first-run-deopts.sh bench/web-streams-pipe.js ../shared/bench/timers-bulk.js
# The full log stays in $LOG (default /tmp/cortado-first-run-deopts.log).
set -u
here=$(cd "$(dirname "$0")" && pwd)
cortado="$here/../bin/cortado"
log=${LOG:-/tmp/cortado-first-run-deopts.log}
export CORTADO_ENGINE_LOG="$log"
export CORTADO_JAVA_OPTS="-Dpolyglot.engine.TraceCompilation=true -Dpolyglot.engine.TraceTransferToInterpreter=true"
scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
  scripts=("$here"/../../shared/bench/*.js "$here"/web-*.js)
fi
: >"$log"
echo "first-run-deopts: training a traced daemon (about 5 min; keep the machine idle)" >&2
"$cortado" --daemon-wait-warm >/dev/null 2>&1 || { echo "first-run-deopts: the daemon did not start" >&2; exit 1; }
for script in "${scripts[@]}"; do
  [ -f "$script" ] || { echo "first-run-deopts: no such file: $script" >&2; continue; }
  script="$(cd "$(dirname "$script")" && pwd)/$(basename "$script")"
  from=$(stat -c %s "$log")
  (cd "$(dirname "$script")" && timeout 300 "$cortado" -A "$script" 2>/dev/null | grep '^RESULT' | cut -c1-100)
  sleep 2 # the compilations the run queued still land in its part of the log
  echo "== $(basename "$script")"
  tail -c +$((from + 1)) "$log" | awk '
    /transferToInterpreter at/ {
      getline frame; n = 0
      while ((getline line) > 0) {
        if (line ~ /transferToInterpreterAndInvalidate|transferToInterpreter\(/) { getline cause; break }
        if (++n > 60) { cause = "?"; break }
      }
      if (frame ~ /cortado:internal/) { gsub(/ +/, " ", frame); gsub(/ +/, " ", cause); print "  deopt" frame " <=" cause }
    }
    /opt inval/ && /cortado:internal/ {
      split($0, f, "|"); name = f[1]; sub(/.*id=[0-9]+ +/, "", name); gsub(/ +$/, "", name)
      print "  invalidated " name " (" f[length(f)] ")"
    }'
done
"$cortado" --daemon-stop >/dev/null 2>&1
