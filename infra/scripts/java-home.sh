# Sourced by the project's scripts: selects JDK 25 (Temurin's where present) for the build.
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ -n "${JAVA_HOME:-}" ]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major:-0}" -lt 25 ] 2>/dev/null; then
  echo "JDK 25 is required (found ${java_major:-none}). Set JAVA_HOME to a JDK 25." >&2
  exit 1
fi
