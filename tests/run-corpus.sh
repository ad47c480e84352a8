#!/usr/bin/env bash
# Runs each .js/.mjs program of a conformance folder with a runtime command, from the program's
# folder, and compares its stdout plus a last line "exit: N" with the golden NAME.out.
#   tests/run-corpus.sh tests/conformance/event-loop bin/cortado
# Prints FAIL lines with a diff, then "N passed, M failed"; exits 1 if any failed.
set -u
dir=$1; shift
pass=0; fail=0
for f in "$dir"/*.js "$dir"/*.mjs; do
  [ -e "$f" ] || continue
  want="${f%.*}.out"
  [ -e "$want" ] || continue
  # A program racing timers a few ms apart can lose to a pause of the machine: a mismatch runs
  # again, up to twice (an ordering bug fails every time).
  for attempt in 1 2 3; do
    got=$(cd "$(dirname "$f")" && timeout 120 "$@" "$(basename "$f")" 2>/dev/null; echo "exit: $?")
    [ "$got" == "$(cat "$want")" ] && break
  done
  if [ "$got" == "$(cat "$want")" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $f"
    diff <(printf '%s\n' "$got") "$want" | head -20
  fi
done
echo "$(basename "$dir"): $pass passed, $fail failed"
[ "$fail" -eq 0 ]
