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
source "$here/bin/find-java.sh"
java=$(find_java)
[ -f "$here/cli/target/cortado-cli.jar" ] || "$here/bin/cortado" -e 0 >/dev/null
upgrade=$(printf '%s:' "$here"/cli/target/jit/*.jar); upgrade=${upgrade%:}
exec "$java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path="$upgrade" \
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC \
  -Dcontexts="${CONTEXTS:-8}" -Drounds="${ROUNDS:-8}" -Dwarmup="${WARMUP:-30}" -Donly="${ONLY:-}" \
  -cp "$here/cli/target/lib/*" "$here/bench/ContextsBench.java" "$here/bench/contexts-workload.mjs"
