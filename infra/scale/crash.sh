#!/usr/bin/env bash
# Crash test (issue 14, item 6), run on demand (about 3 minutes after the build). Under write load
# (4 clients creating cases through the API), kills with SIGKILL
#   A. on PostgreSQL from Debian's packages (the README's two roles, the production launcher):
#      the backend, then (once it is back) the database server, restarting each;
#   B. on the embedded PostgreSQL (as infra/run.sh runs it): the backend, whose database server
#      outlives it, then starts it again on the same data directory (it must find the server
#      left behind, stop it safely and start);
# then counts: every write the API acknowledged (201) is in the database, no case is half-written
# (each has the audit event written in its transaction), and no write was answered with a 5xx other
# than 503 (the database away). Prints the figures and exits
# non-zero if a write was lost, half-written or answered with such a 5xx. REVIEWHUB_SKIP_BUILD=1 reuses the last build;
# REVIEWHUB_SCALE_DIR and REVIEWHUB_SCALE_BASE_PORT as for infra/scale/run.sh.
. "$(dirname "$0")/lib.sh"
B1=$((BASE + 1)) B3=$((BASE + 3))
FAILED=0
WORK_ROOT=$WORK

mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/*.pid
install_packages postgresql jq curl
build
trap 'stop_all; [ -f "$WORK/embedded.pid" ] && kill "$(cat "$WORK/embedded.pid")" 2>/dev/null; true' EXIT INT TERM

verdict() { # prefix acked-file load-output
  local acked present missing unaudited faults
  acked=$(sort -u "$2" | wc -l)
  present=$(count_cases "$1")
  missing=$(missing_cases "$2")
  unaudited=$(unaudited_cases "$1")
  # A write not acknowledged was not answered (backend away) or answered 503 (database away, README
  # "Errors"): any other 5xx is a fault.
  faults=$(grep -o '5[0-9][0-9]=[0-9]*' "$3" | grep -v '^503=' | paste -sd ' ' || true)
  figure "writes acknowledged / cases in the database" "$acked / $present"
  figure "acknowledged but missing / cases without their audit event" "$missing / $unaudited"
  figure "answers of 5xx other than 503" "${faults:-none}"
  if [ "$acked" -gt 0 ] && [ "$missing" = 0 ] && [ "$unaudited" = 0 ] && [ -z "$faults" ]; then
    say "  PASS every acknowledged write is there, nothing half-written, no 500"
  else
    say "  FAIL"; FAILED=1
  fi
}
count_cases() { owner_sql "select count(*) from review_case where la_case_reference like '$1-%'"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

say "A. PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (Debian) and the production launcher"
pg_init; pg_start; pg_roles
start_backend 1 "$B1"; wait_for "http://127.0.0.1:$B1/health" backend "$WORK/backend-1.pid" "$WORK/backend-1.log"
add_person support@crash.invalid norfolk BUSINESS_SUPPORT
sign_in "http://127.0.0.1:$B1" support@crash.invalid
rm -rf "$WORK/load"; mkdir -p "$WORK/load"
java infra/scale/Load.java "http://127.0.0.1:$B1" "$ACCESS" 4 900 "$WORK/load" CRASH >"$WORK/load/out.txt" 2>&1 &
load=$!
sleep 10
before=$(cat "$WORK/load"/acked-*.txt | wc -l)
kill -KILL "$(cat "$WORK/backend-1.pid")"; t=$(date +%s%N)
wait "$(cat "$WORK/backend-1.pid")" 2>/dev/null || true
start_backend 1 "$B1"; wait_for "http://127.0.0.1:$B1/health" backend "$WORK/backend-1.pid" "$WORK/backend-1.log"
figure "writes acknowledged before the backend was killed" "$before"
figure "backend killed (SIGKILL) to healthy again" "$(ms_since "$t") ms"
sleep 8
before=$(cat "$WORK/load"/acked-*.txt | wc -l)
postmaster=$(pg_postmaster_pid)
kill -KILL "$postmaster"; t=$(date +%s%N)
while kill -0 "$postmaster" 2>/dev/null; do sleep 0.1; done
# The server's own processes end when they notice the postmaster is gone; then it starts, recovering from its WAL.
for _ in $(seq 1 60); do pg_start 2>/dev/null && break; sleep 0.5; done
figure "writes acknowledged before the database server was killed" "$before"
figure "database server killed (SIGKILL) to accepting again" "$(ms_since "$t") ms"
until curl -fsS -o /dev/null "http://127.0.0.1:$B1/health" 2>/dev/null; do sleep 0.2; done
figure "database server killed to the backend healthy again" "$(ms_since "$t") ms"
sleep 8; touch "$WORK/load/stop"
wait "$load" || true
sed 's/^/  /' "$WORK/load/out.txt"
cat "$WORK/load"/acked-*.txt >"$WORK/load/acked.txt"
verdict CRASH "$WORK/load/acked.txt" "$WORK/load/out.txt"
kill "$(cat "$WORK/backend-1.pid")" 2>/dev/null || true; wait "$(cat "$WORK/backend-1.pid")" 2>/dev/null || true
pg_stop

say
say "B. The embedded PostgreSQL: the backend killed, its database server left running"
EMB="$WORK/embedded"; rm -rf "$EMB"; mkdir -p "$EMB"
start_embedded() {
  MICRONAUT_SERVER_PORT=$B3 REVIEWHUB_DATA_DIR="$EMB" java -Xmx512m \
    -cp "backend/server/target/classes:$(cat backend/server/target/classpath.txt)" uk.reviewhub.Application \
    >>"$WORK/embedded.log" 2>&1 &
  echo $! >"$WORK/embedded.pid"
}
start_embedded; wait_for "http://127.0.0.1:$B3/health" "embedded backend" "$WORK/embedded.pid" "$WORK/embedded.log"
DEMO_PASSWORD=$(cat "$EMB/demo-password")
status=$(post_json "http://127.0.0.1:$B3/api/auth/sign-in" "{\"email\":\"support@norfolk.demo\",\"password\":\"$DEMO_PASSWORD\"}")
[ "$status" = 200 ] || { say "demo sign-in answered $status" >&2; exit 1; }
ACCESS=$(jq -r .accessToken "$WORK/answer.json")
rm -rf "$WORK/eload"; mkdir -p "$WORK/eload"
java infra/scale/Load.java "http://127.0.0.1:$B3" "$ACCESS" 4 900 "$WORK/eload" EMBEDDED >"$WORK/eload/out.txt" 2>&1 &
load=$!
sleep 10
before=$(cat "$WORK/eload"/acked-*.txt | wc -l)
kill -KILL "$(cat "$WORK/embedded.pid")"; t=$(date +%s%N)
wait "$(cat "$WORK/embedded.pid")" 2>/dev/null || true
orphan=$(head -1 "$EMB/postgres/postmaster.pid" 2>/dev/null || true)
left=no; [ -n "$orphan" ] && kill -0 "$orphan" 2>/dev/null && left=yes
start_embedded; wait_for "http://127.0.0.1:$B3/health" "embedded backend after the kill" "$WORK/embedded.pid" "$WORK/embedded.log"
figure "writes acknowledged before the backend was killed" "$before"
figure "its database server still running after the kill" "$left"
figure "backend killed to healthy again on the same data directory" "$(ms_since "$t") ms"
sleep 8; touch "$WORK/eload/stop"
wait "$load" || true
sed 's/^/  /' "$WORK/eload/out.txt"
cat "$WORK/eload"/acked-*.txt >"$WORK/eload/acked.txt"
# Count through the embedded server with the owner's generated password (local files only).
EPORT=$(sed -n 4p "$EMB/postgres/postmaster.pid")
EPASS=$(sed -n 's/^reviewhub_owner=//p' "$EMB/database-roles.properties")
owner_sql() { PGPASSWORD=$EPASS "$PG_BIN/psql" -h 127.0.0.1 -p "$EPORT" -U reviewhub_owner -d reviewhub -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"; }
missing_cases() {
  { echo "create temp table acked (ref text);"; echo "\\copy acked from '$1'";
    echo "select count(*) from acked where ref not in (select la_case_reference from review_case);"; } >"$WORK/missing.sql"
  PGPASSWORD=$EPASS "$PG_BIN/psql" -h 127.0.0.1 -p "$EPORT" -U reviewhub_owner -d reviewhub -X -q -t -A -v ON_ERROR_STOP=1 -f "$WORK/missing.sql"
}
verdict EMBEDDED "$WORK/eload/acked.txt" "$WORK/eload/out.txt"
kill "$(cat "$WORK/embedded.pid")" 2>/dev/null || true; wait "$(cat "$WORK/embedded.pid")" 2>/dev/null || true
rm -f "$WORK/embedded.pid"

say
[ "$FAILED" = 0 ] && say "Crash test: every acknowledged write survived, and no write was answered 500." || { say "Crash test: writes were lost or answered 500 (logs in $WORK)."; exit 1; }
