# bench/jvm.sh: sourced by the benchmarks that run Java against the built jars (embedding.sh,
# contexts.sh). Builds the project if needed, then sets `jvm` to the JDK 25 command with the Graal
# JIT on the upgrade module path and the runtime's class path; the caller appends its -D options,
# a single-file program and its arguments.
source "$here/bin/find-java.sh"
java=$(find_java)
[ -f "$here/cli/target/cortado-cli.jar" ] || "$here/bin/cortado" -e 0 >/dev/null
upgrade=$(printf '%s:' "$here"/cli/target/jit/*.jar); upgrade=${upgrade%:}
jvm=("$java" -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path="$upgrade"
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseParallelGC
  -cp "$here/cli/target/lib/*")
