#!/usr/bin/env bash
# Builds the Cortado runtime into ~/.m2 (mvn install), then this example, and runs it with the
# Graal JIT on the upgrade module path, the flags every application embedding Cortado needs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/bin/find-java.sh"
java=$(find_java) || { echo "JDK 25 or newer is required" >&2; exit 1; }
export JAVA_HOME="$(dirname "$(dirname "$java")")"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
(cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests install -pl client,runtime -am)
(cd "$here" && mvn -q -B -Dstyle.color=never package)
jit=$(printf '%s:' "$here"/target/jit/*.jar); jit=${jit%:}
exec "$java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path="$jit" \
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -cp "$here/target/pricing-rules-1.0.jar:$here/target/lib/*" example.PricingRules
