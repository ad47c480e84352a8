# Sourced by bin/cortado and bin/test: find_java prints a JDK 25+ `java`, looking at JAVA_HOME,
# then `java` on the PATH, then the system's JVM folder.
find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for d in /usr/lib/jvm/*; do [ -x "$d/bin/java" ] && candidates+=("$d/bin/java"); done
  local j v
  for j in "${candidates[@]}"; do
    v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$v" ] && [ "${v%%.*}" -ge 25 ] 2>/dev/null; then echo "$j"; return 0; fi
  done
  return 1
}
