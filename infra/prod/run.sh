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

# Inside an image Jib lays the application out under /app; on a host, the build's target/ directories.
classpath() { # module directory (backend/server or ui)
  if [ -f /app/jib-classpath-file ]; then
    echo "@/app/jib-classpath-file"
  else
    local root; root=$(cd "$here/../.." && pwd)
    if [ ! -f "$root/$1/target/classpath.txt" ]; then
      echo "infra/prod/run.sh: $1 is not built; see the build command at the top of this script" >&2
      exit 66
    fi
    echo "$root/$1/target/classes:$(cat "$root/$1/target/classpath.txt")"
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
    exec java "${JVM_FLAGS[@]}" "${EXTRA[@]}" -cp "$(classpath backend/server)" uk.reviewhub.Application
    ;;
  ui)
    need REVIEWHUB_BACKEND_URL "where the UI reaches the backend, e.g. http://reviewhub-backend:8081"
    export REVIEWHUB_UI_SECURE_COOKIES=${REVIEWHUB_UI_SECURE_COOKIES:-true}
    exec java "${JVM_FLAGS[@]}" "${EXTRA[@]}" -cp "$(classpath ui)" uk.reviewhub.ui.UiLauncher
    ;;
  *)
    echo "usage: infra/prod/run.sh backend|ui" >&2
    exit 64
    ;;
esac
