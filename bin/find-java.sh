# Sourced by bin/cortado and bin/test: find_java prints a JDK 25+ `java`, looking at JAVA_HOME,
# then `java` on the PATH, then the system's JVM folder. It reads each JDK's `release` file
# (instant) and starts a JVM to ask only when a JDK has none.
java_major() {
  local home v
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  else
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  fi
  echo "${v%%.*}"
}
find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for d in /usr/lib/jvm/*; do [ -x "$d/bin/java" ] && candidates+=("$d/bin/java"); done
  local j v
  for j in "${candidates[@]}"; do
    [ -x "$j" ] || continue
    v=$(java_major "$j")
    if [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null; then echo "$j"; return 0; fi
  done
  return 1
}
