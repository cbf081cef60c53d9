#!/usr/bin/env bash
# The one way to run Review Hub in production: `infra/prod/run.sh backend` or `infra/prod/run.sh ui`.
# The container images run this script as their entrypoint; on a host, build first with
#   ./mvnw -B -DskipTests package dependency:build-classpath \
#     -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
# Configuration is by environment only (README, "Running in production"); nothing is read from the
# repository's data directory. Full JIT (no -XX:TieredStopAtLevel), heap sized from the container's
# memory limit, JSON log lines on standard output (request id and partnership id, no personal data).
set -euo pipefail

what=${1:-}
here=$(cd "$(dirname "$0")" && pwd)

# One set of JVM flags for both processes; REVIEWHUB_JAVA_OPTS adds to them (e.g. -XX:MaxRAMPercentage=60).
JVM_FLAGS=(-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC
  -Dlogback.configurationFile=logback-json.xml -Dfile.encoding=UTF-8 -Duser.timezone=UTC)
read -r -a EXTRA <<< "${REVIEWHUB_JAVA_OPTS:-}"

need() { # name, why
  if [ -z "${!1:-}" ]; then
    echo "infra/prod/run.sh: $1 is not set: $2" >&2
    exit 64
  fi
}

# Inside an image Jib lays the application out under /app; on a host, the module's jar (the build's
# package step) and its dependencies. Jars only, no directory of classes, so that an AOT cache can
# be used (below).
classpath() { # module directory (backend/server or ui)
  if [ -f /app/jib-classpath-file ]; then
    echo "@/app/jib-classpath-file"
  else
    local root jar; root=$(cd "$here/../.." && pwd)
    jar=$(ls "$root/$1"/target/reviewhub-*-SNAPSHOT.jar "$root/$1"/target/reviewhub-*[0-9].jar 2>/dev/null | grep -v -e '-tests\.jar$' | head -1 || true)
    if [ ! -f "$root/$1/target/classpath.txt" ] || [ -z "$jar" ]; then
      echo "infra/prod/run.sh: $1 is not built; see the build command at the top of this script" >&2
      exit 66
    fi
    echo "$jar:$(cat "$root/$1/target/classpath.txt")"
  fi
}

# REVIEWHUB_AOT_CACHE=<file> (optional): the JVM's ahead-of-time cache of loaded and linked classes
# (JDK 25), which cuts the start to about 40% (README, "Start time"). When the file exists this
# process uses it (a cache made by another JDK or from other jars is ignored, with a warning, and
# the process starts as without it); when it does not, this process records one and writes it when
# it stops (that first start is slower, and the stop takes some seconds more).
aot_flags() {
  [ -n "${REVIEWHUB_AOT_CACHE:-}" ] || return 0
  if [ -f "$REVIEWHUB_AOT_CACHE" ]; then
    echo "-XX:AOTCache=$REVIEWHUB_AOT_CACHE"
  else
    local dir; dir=$(dirname "$REVIEWHUB_AOT_CACHE")
    [ -d "$dir" ] || mkdir -p "$dir"   # a minimal image may have no mkdir
    echo "-XX:AOTCacheOutput=$REVIEWHUB_AOT_CACHE"
  fi
}

case "$what" in
  backend)
    need REVIEWHUB_DATABASE_URL "production runs on a PostgreSQL server (jdbc:postgresql://host:5432/reviewhub), never the embedded one"
    need REVIEWHUB_DATABASE_OWNER_PASSWORD "the owner role migrates the schema"
    need REVIEWHUB_DATABASE_APP_PASSWORD "the application role serves requests under row-level security"
    need REVIEWHUB_JWT_SECRET "at least 32 random bytes, the same on every backend replica"
    if [ "${#REVIEWHUB_JWT_SECRET}" -lt 32 ]; then
      echo "infra/prod/run.sh: REVIEWHUB_JWT_SECRET must be at least 32 characters" >&2
      exit 64
    fi
    if [ -z "${REVIEWHUB_SECRETS_KEY:-}" ]; then
      echo "infra/prod/run.sh: REVIEWHUB_SECRETS_KEY is not set: single sign-on stays off (set 32+ random bytes, the same on every replica)" >&2
    elif [ "${#REVIEWHUB_SECRETS_KEY}" -lt 32 ]; then
      echo "infra/prod/run.sh: REVIEWHUB_SECRETS_KEY must be at least 32 characters" >&2
      exit 64
    fi
    export REVIEWHUB_DATA_DIR=${REVIEWHUB_DATA_DIR:-/var/lib/reviewhub}
    read -r -a AOT <<< "$(aot_flags)"
    exec java "${JVM_FLAGS[@]}" "${AOT[@]}" "${EXTRA[@]}" -cp "$(classpath backend/server)" uk.reviewhub.Application
    ;;
  ui)
    need REVIEWHUB_BACKEND_URL "where the UI reaches the backend, e.g. http://reviewhub-backend:8081"
    export REVIEWHUB_UI_SECURE_COOKIES=${REVIEWHUB_UI_SECURE_COOKIES:-true}
    read -r -a AOT <<< "$(aot_flags)"
    exec java "${JVM_FLAGS[@]}" "${AOT[@]}" "${EXTRA[@]}" -cp "$(classpath ui)" uk.reviewhub.ui.UiLauncher
    ;;
  *)
    echo "usage: infra/prod/run.sh backend|ui" >&2
    exit 64
    ;;
esac
