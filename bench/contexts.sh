#!/usr/bin/env bash
# One workload (bench/contexts-workload.mjs: event dispatch, URL parsing, a stream pipe, Blob/File,
# structuredClone, TextDecoder, FormData, TextDecoderStream, StringDecoder) in N successive runtimes
# on ONE engine (the embedding API), printing each section's time per Context. A row that grows
# from left to right is code that slows down as Contexts accumulate (state under per-Context keys).
#   bench/contexts.sh                 8 Contexts, 8 rounds of each section in each, and 30 rounds
#                                     of warm-up in the first, before it is measured
#   CONTEXTS=12 ROUNDS=10 WARMUP=50 bench/contexts.sh
#   ONLY=blob,formData bench/contexts.sh   only those sections
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/bench/jvm.sh"
exec "${jvm[@]}" -Dcontexts="${CONTEXTS:-8}" -Drounds="${ROUNDS:-8}" -Dwarmup="${WARMUP:-30}" -Donly="${ONLY:-}" \
  "$here/bench/ContextsBench.java" "$here/bench/contexts-workload.mjs"
