#!/usr/bin/env bash
# The embedding API's costs (issue 7): runtime creation time once warm, heap per idle runtime.
#   bench/embedding.sh          (builds first if needed)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/bin/find-java.sh"
java=$(find_java)
[ -f "$here/cli/target/cortado-cli.jar" ] || "$here/bin/cortado" -e 0 >/dev/null
upgrade=$(printf '%s:' "$here"/cli/target/jit/*.jar); upgrade=${upgrade%:}
exec "$java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path="$upgrade" \
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC \
  -cp "$here/cli/target/lib/*" "$here/bench/EmbeddingBench.java"
