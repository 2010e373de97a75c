#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it qualifies, else the newest one under /usr/lib/jvm.
set -euo pipefail
major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
ok() { [ -x "$1/bin/javac" ] && [ "$(major "$1")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
best=""; bestv=0
for d in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
  [ -d "$d" ] || continue
  if ok "$d"; then v="$(major "$d")"; if [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi; fi
done
if [ -z "$best" ]; then
  echo "No JDK >= 21 found: set JAVA_HOME to one, or install one under /usr/lib/jvm (for example Temurin 21 or 25)." >&2
  exit 1
fi
echo "$best"
