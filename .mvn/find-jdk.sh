#!/bin/sh
# Prints the home of a JDK whose feature release is at least $1.
# Order: $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm and /opt (newest first).
min="$1"

feature_of() { # $1 = a JDK home; prints its feature release or nothing
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  # the JDK's release file says it without starting a JVM (every JDK since 9 has one); else ask the JVM
  v=""
  [ -f "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  case "$v" in 1.*) v=${v#1.};; esac
  v=${v%%[!0-9]*}
  echo "$v"
}

candidates() {
  [ -n "$JAVA_HOME" ] && echo "$JAVA_HOME"
  j=$(command -v java 2>/dev/null) && j=$(readlink -f "$j") && dirname "$(dirname "$j")"
  for d in /usr/lib/jvm/* /opt/*jdk* /opt/java/*; do [ -d "$d" ] && echo "$d"; done | sort -rV
}

for home in $(candidates); do
  f=$(feature_of "$home")
  if [ -n "$f" ] && [ "$f" -ge "$min" ] 2>/dev/null; then echo "$home"; exit 0; fi
done
exit 1
