#!/usr/bin/env bash
# Runs the product locally: embedded PostgreSQL, the backend and the UI, with the four
# partnerships loaded and demo sign-ins printed. Data is kept in ./data between runs.
#   REVIEWHUB_UI_PORT (8080), REVIEWHUB_BACKEND_PORT (8081), REVIEWHUB_DATA_DIR (./data)
#   REVIEWHUB_DATABASE_URL etc. to use a real PostgreSQL instead (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. infra/scripts/java-home.sh

UI_PORT=${REVIEWHUB_UI_PORT:-8080}
BACKEND_PORT=${REVIEWHUB_BACKEND_PORT:-8081}
export REVIEWHUB_DATA_DIR=${REVIEWHUB_DATA_DIR:-$ROOT/data}
RUN_DIR="$REVIEWHUB_DATA_DIR/run"
mkdir -p "$RUN_DIR"

if [ "${REVIEWHUB_SKIP_BUILD:-}" != "1" ]; then
  echo "Building (tests skipped; run infra/test.sh for the suite)..."
  ./mvnw -B -q -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

wait_for() { # url, name, pid, log
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then
      echo "$2 stopped during start-up; the end of $4:" >&2; tail -40 "$4" >&2; exit 1
    fi
    sleep 0.5
  done
  echo "$2 did not answer at $1; see $4" >&2; exit 1
}

echo "Starting the backend on port $BACKEND_PORT (log: $RUN_DIR/backend.log)..."
# The UI on this machine tells the browser's address (X-Forwarded-For); development believes loopback only.
MICRONAUT_SERVER_PORT=$BACKEND_PORT REVIEWHUB_TRUSTED_PROXIES="${REVIEWHUB_TRUSTED_PROXIES:-loopback}" java -XX:TieredStopAtLevel=1 \
  -cp "backend/server/target/classes:$(cat backend/server/target/classpath.txt)" \
  uk.reviewhub.Application > "$RUN_DIR/backend.log" 2>&1 &
pids+=($!)
wait_for "http://localhost:$BACKEND_PORT/health" backend "${pids[0]}" "$RUN_DIR/backend.log"

echo "Starting the UI on port $UI_PORT (log: $RUN_DIR/ui.log)..."
REVIEWHUB_UI_PORT=$UI_PORT REVIEWHUB_BACKEND_URL="http://localhost:$BACKEND_PORT" java -XX:TieredStopAtLevel=1 \
  -cp "ui/target/classes:$(cat ui/target/classpath.txt)" \
  uk.reviewhub.ui.UiLauncher > "$RUN_DIR/ui.log" 2>&1 &
pids+=($!)
wait_for "http://localhost:$UI_PORT/" UI "${pids[1]}" "$RUN_DIR/ui.log"

echo
echo "Review Hub is running: http://localhost:$UI_PORT/"
echo "API: http://localhost:$BACKEND_PORT/api  (OpenAPI: http://localhost:$BACKEND_PORT/openapi/reviewhub.yml,"
echo "     browsable: http://localhost:$BACKEND_PORT/openapi/docs/index.html)"
if [ -f "$REVIEWHUB_DATA_DIR/demo-sign-ins.txt" ]; then
  echo
  echo "Demo sign-ins (local only):"
  cat "$REVIEWHUB_DATA_DIR/demo-sign-ins.txt"
fi
echo
echo "Press Ctrl+C to stop. Data is kept in $REVIEWHUB_DATA_DIR."
wait -n "${pids[@]}"
