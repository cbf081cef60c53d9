#!/usr/bin/env bash
# The benchmark against the database's own ceiling (issue 14, item 2), on demand only: the test
# suite never runs it. See infra/bench/README.md ("Against the ceiling").
#
# Starts a PostgreSQL server from Debian's packages (a private cluster, its own port) with the two
# roles of the README, starts the backend as production does (infra/prod/run.sh backend: a separate
# JVM, full JIT), drives it with wrk (from Debian; installed here with apt-get if missing) and runs
# pgbench with the same SQL as the application role, in the same run, and prints per endpoint
# requests a second, p50, p99 and the ratio to pgbench; beside them two floors, the same SQL through
# the driver alone (JdbcFloor) and through a bare HTTP server over it (HttpFloor); row-level
# security's cost on the members query; and the backend's start-to-ready time with the database up.
#   BENCH_CONNECTIONS=16 BENCH_SECONDS=20 BENCH_POOL=8 BENCH_ROUNDS=3 infra/bench/ceiling.sh
#   BENCH_SKIP_BUILD=1 infra/bench/ceiling.sh
#   BENCH_HOLD=1 infra/bench/ceiling.sh    # start and sign in, print wrk commands, keep running (profiling)
#   (then `. infra/bench/target/ceiling/env.sh; infra/prod/run.sh backend` starts another backend on it)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
. infra/scripts/java-home.sh

CONNECTIONS=${BENCH_CONNECTIONS:-16}
SECONDS_EACH=${BENCH_SECONDS:-20}
WARMUP=${BENCH_WARMUP_SECONDS:-60}
ROUNDS=${BENCH_ROUNDS:-3}
POOL=${BENCH_POOL:-8}
PGDIR=${BENCH_PG_DIR:-/tmp/reviewhub-bench-pg}
PGBIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
WORK=$root/infra/bench/target/ceiling
mkdir -p "$WORK"

# -- tools: wrk and PostgreSQL from Debian --------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$PGBIN/pg_ctl" ] || missing+=(postgresql-15)
command -v pgbench >/dev/null || missing+=(postgresql-client-15)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PGPORT=$(free_port)
APP_PORT=$(free_port)

# -- build ---------------------------------------------------------------------------------------
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -q -pl backend/server,infra/bench -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
fi

# -- PostgreSQL ----------------------------------------------------------------------------------
pg() { # runs a PostgreSQL program as the cluster's owner (postgres refuses to run as root)
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
backend_pid=
declare -A floor_port floor_pid   # the HTTP floors (start_httpfloor), by endpoint
stop_all() {
  [ -n "$backend_pid" ] && kill "$backend_pid" 2>/dev/null && wait "$backend_pid" 2>/dev/null || true
  for pid in "${floor_pid[@]}"; do kill "$pid" 2>/dev/null || true; done
  pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true
}
trap stop_all EXIT
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
  mkdir -p "$PGDIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust >/dev/null
fi
# Over TCP every role signs in with its password (SCRAM), as in production and infra/scale; only the
# cluster's superuser, on the local socket in $PGDIR, is trusted (it sets the cluster up). Written at
# every run, so a cluster made by an older version of this script is brought to it.
pg tee "$PGDIR/data/pg_hba.conf" >/dev/null <<'HBA'
local all all                trust
host  all all 127.0.0.1/32   scram-sha-256
HBA
pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h "$PGDIR" -p "$PGPORT" -U postgres)
OWNER_PW=bench-owner-$RANDOM$RANDOM
APP_PW=bench-app-$RANDOM$RANDOM
"${PSQL[@]}" -d postgres <<SQL
drop database if exists reviewhub;
drop role if exists reviewhub_owner;
drop role if exists reviewhub_app;
create role reviewhub_owner login password '$OWNER_PW' nosuperuser bypassrls;
create role reviewhub_app login password '$APP_PW' nosuperuser nobypassrls nocreatedb nocreaterole;
create database reviewhub owner reviewhub_owner;
SQL

# -- the backend, as production runs it ----------------------------------------------------------
export REVIEWHUB_DATABASE_URL=jdbc:postgresql://127.0.0.1:$PGPORT/reviewhub
export REVIEWHUB_DATABASE_OWNER_USER=reviewhub_owner REVIEWHUB_DATABASE_OWNER_PASSWORD=$OWNER_PW
export REVIEWHUB_DATABASE_APP_USER=reviewhub_app REVIEWHUB_DATABASE_APP_PASSWORD=$APP_PW
export REVIEWHUB_JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
export REVIEWHUB_DATA_DIR=$WORK/data MICRONAUT_SERVER_PORT=$APP_PORT
export REVIEWHUB_REMINDERS_ENABLED=false REVIEWHUB_OFFBOARDING_ENABLED=false
export DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=$POOL DATASOURCES_DEFAULT_MINIMUM_IDLE=$POOL
export REVIEWHUB_JAVA_OPTS="${BENCH_JAVA_OPTS:-} ${BENCH_BACKEND_OPTS:-}"
BASE=http://127.0.0.1:$APP_PORT

median_range() { # numbers, one a line -> "median smallest largest"
  sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'
}

started_ms=
start_backend() { # sets started_ms: milliseconds from launch to the first healthy answer
  local t0 t1
  t0=$(date +%s%N)
  infra/prod/run.sh backend >"$WORK/backend.log" 2>&1 &
  backend_pid=$!
  until curl -fs -o /dev/null "$BASE/health"; do
    kill -0 "$backend_pid" 2>/dev/null || { echo "backend died; see $WORK/backend.log" >&2; tail -20 "$WORK/backend.log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  started_ms=$(( (t1 - t0) / 1000000 ))
}
stop_backend() { kill "$backend_pid"; wait "$backend_pid" 2>/dev/null || true; backend_pid=; }

# The first start also records the JVM's AOT cache (infra/prod/run.sh, REVIEWHUB_AOT_CACHE), written
# when it stops; BENCH_AOT=0 leaves it out.
AOT_FILE=$WORK/backend.aot
rm -f "$AOT_FILE"
[ "${BENCH_AOT:-1}" = 1 ] && export REVIEWHUB_AOT_CACHE=$AOT_FILE
start_backend; first_ms=$started_ms     # migrations and the shipped packs' first load
stop_backend

# A bench account: synthetic users (infra/bench's generator), one of them also chair in Norfolk.
BENCH_PASSWORD=bench-password-$RANDOM$RANDOM
BENCH_PASSWORD=$BENCH_PASSWORD java -cp "infra/bench/target/classes:$(cat infra/bench/target/classpath.txt)" \
  uk.reviewhub.bench.SyntheticData "$REVIEWHUB_DATABASE_URL" reviewhub_owner "$OWNER_PW" 2 1 >/dev/null
OWNER_PSQL=(psql -q -X -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -d reviewhub)
EMAIL=chair@bench-001.bench.invalid
read -r TENANT GROUP < <(PGPASSWORD=$OWNER_PW "${OWNER_PSQL[@]}" -U reviewhub_owner -F ' ' <<SQL
insert into partnership_membership (tenant_id, id, user_id, roles)
  select p.tenant_id, gen_random_uuid(), u.id, '{CHAIR}' from partnership p, app_user u
   where p.slug = 'norfolk' and u.email = '$EMAIL' on conflict do nothing;
select p.tenant_id, (select g.id from review_group g where g.tenant_id = p.tenant_id
        order by (select count(*) from group_member m where m.tenant_id = g.tenant_id and m.group_id = g.id) desc limit 1)
  from partnership p where p.slug = 'norfolk';
SQL
)

# A new build's first start on a migrated database reads the shipped packs (the measured restarts
# below skip them: PartnershipStartup, the same build loaded them); forgetting the last load's
# build identity makes this start read them, as a new build's would.
PGPASSWORD=$OWNER_PW "${OWNER_PSQL[@]}" -U reviewhub_owner -c 'delete from shipped_packs_load' >/dev/null
start_backend; packs_ms=$started_ms; stop_backend
if [ -f "$AOT_FILE" ]; then              # the same restart without the cache, for comparison
  REVIEWHUB_AOT_CACHE= start_backend; plain_ms=$started_ms; stop_backend
fi
# The production restart (database up and migrated), BENCH_STARTS times (default 5): one start on
# 2 shared cores varies by a second, so the median is reported, with the range.
starts=()
for _ in $(seq 2 "${BENCH_STARTS:-5}"); do start_backend; starts+=("$started_ms"); stop_backend; done
start_backend; starts+=("$started_ms")   # the last one stays up to be measured
read -r ready_ms ready_min ready_max < <(printf '%s\n' "${starts[@]}" | median_range)
TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"partnership\":\"norfolk\"}" "$BASE/api/auth/sign-in" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
SEATS=$(PGPASSWORD=$OWNER_PW "${OWNER_PSQL[@]}" -U reviewhub_owner -c "select count(*) from group_member where group_id = '$GROUP'")

if [ "${BENCH_HOLD:-}" = 1 ]; then   # for profiling by hand: the backend stays up until this script is stopped
  echo "backend pid $backend_pid; PostgreSQL on port $PGPORT; its environment in $WORK/env.sh"
  { export -p | grep -E ' (REVIEWHUB|MICRONAUT|DATASOURCES)_'
    printf 'BENCH_BASE=%q BENCH_EMAIL=%q BENCH_PASSWORD=%q BENCH_GROUP=%q BENCH_PG_PORT=%q\n' \
      "$BASE" "$EMAIL" "$BENCH_PASSWORD" "$GROUP" "$PGPORT"; } > "$WORK/env.sh"
  echo "wrk -t2 -c$CONNECTIONS -d20s -H 'Authorization: Bearer $TOKEN' $BASE/api/me"
  echo "wrk -t2 -c$CONNECTIONS -d20s -H 'Authorization: Bearer $TOKEN' $BASE/api/groups/$GROUP/members"
  wait "$backend_pid" || true   # a backend restarted by hand (env.sh) finds PostgreSQL still up
  echo "backend stopped; PostgreSQL stays up until this script is stopped"
  while :; do sleep 3600; done
fi

# -- measuring -----------------------------------------------------------------------------------
ms() { # wrk's latency (e.g. 812.00us, 1.23ms, 1.02s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
ticks() { # pids... -> their CPU time so far (user + system, and of their ended children), in clock ticks
  local total=0 pid f
  for pid in "$@"; do
    # fields after the command name: 14 utime, 15 stime, 16 cutime, 17 cstime
    f=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
    total=$(( total + $(echo "$f" | awk '{ print $12 + $13 + $14 + $15 }') ))
  done
  echo "$total"
}
postgres_pids() { pgrep -x postgres || true; }
wrk_run() { # path [anonymous] -> "req/s p50 p99 errors backend-us/req postgres-us/req wrk-us/req"
  local out b0 p0 b1 p1 w auth=(-H "Authorization: Bearer $TOKEN")
  [ "${2:-}" = anonymous ] && auth=()
  b0=$(ticks "$backend_pid"); p0=$(ticks $(postgres_pids))
  out=$( { TIMEFORMAT='%U %S'; time wrk -t2 -c"$CONNECTIONS" -d"$SECONDS_EACH"s --latency "${auth[@]}" "$BASE$1"; } 2>"$WORK/wrk-time")
  b1=$(ticks "$backend_pid"); p1=$(ticks $(postgres_pids))
  w=$(awk '{ print $1 + $2 }' "$WORK/wrk-time")
  echo "$out" > "$WORK/wrk-$(echo "$1${2:+-$2}" | tr '/?=' '___').txt"
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')
  p50=$(ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  p99=$(ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  errors=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  local hz n; hz=$(getconf CLK_TCK); n=$(echo "$out" | awk '/requests in/ { print $1 }')
  echo "$rps $p50 $p99 ${errors:-0}" \
    "$(awk -v t=$((b1 - b0)) -v hz="$hz" -v n="$n" 'BEGIN { printf "%.0f", 1e6 * t / hz / n }')" \
    "$(awk -v t=$((p1 - p0)) -v hz="$hz" -v n="$n" 'BEGIN { printf "%.0f", 1e6 * t / hz / n }')" \
    "$(awk -v t="$w" -v n="$n" 'BEGIN { printf "%.0f", 1e6 * t / n }')"
}
pgbench_run() { # role password script -> "transactions-per-second postgres-us/transaction"
  # A script captured from the backend (capture_sql) has its values beside it in <script>.vars;
  # the hand-written ones under infra/bench/sql take the tenant and the group.
  local out p0 p1 kv values=()
  if [ -f "$3.vars" ]; then
    while IFS= read -r kv; do values+=(-D "$kv"); done < "$3.vars"
  else
    values=(-D tenant="$TENANT" -D group="$GROUP")
  fi
  p0=$(ticks $(postgres_pids))
  out=$(PGPASSWORD=$2 pgbench -n -M prepared -h 127.0.0.1 -p "$PGPORT" -U "$1" -c "$CONNECTIONS" -j 2 -T "$SECONDS_EACH" \
    "${values[@]}" -f "$3" reviewhub 2>/dev/null)
  p1=$(ticks $(postgres_pids))
  echo "$(echo "$out" | awk '/^tps/ { printf "%.0f", $3; exit }')" \
    "$(awk -v t=$((p1 - p0)) -v hz="$(getconf CLK_TCK)" -v n="$(echo "$out" | awk '/processed:/ { print $NF; exit }' | cut -d/ -f1)" \
        'BEGIN { printf "%.0f", 1e6 * t / hz / n }')"
}
floor_run() { # script threads -> "scripts-a-second java-us/script postgres-us/script"
  # The JDBC floor (uk.reviewhub.bench.JdbcFloor): the same script from a JVM through the backend's
  # own driver and nothing else, on as many connections as the backend's pool (virtual threads, as
  # the backend's controllers run, or platform ones); its own CPU a script over its measured seconds.
  local out p0 p1 hz rate n java_us
  hz=$(getconf CLK_TCK)
  p0=$(ticks $(postgres_pids))
  out=$(java -XX:+UseG1GC -cp "infra/bench/target/classes:$(cat infra/bench/target/classpath.txt)" \
    uk.reviewhub.bench.JdbcFloor "$REVIEWHUB_DATABASE_URL" reviewhub_app "$APP_PW" "$1" "$POOL" "$SECONDS_EACH" "$2")
  p1=$(ticks $(postgres_pids))
  read -r rate n java_us <<< "$out"
  echo "$rate $java_us" \
    "$(awk -v t=$((p1 - p0)) -v hz="$hz" -v n="$n" 'BEGIN { printf "%.0f", 1e6 * t / hz / n }')"
}

start_httpfloor() { # endpoint: the HTTP floor (uk.reviewhub.bench.HttpFloor) for its script and answer
  # A bare HTTP server that runs the endpoint's captured script through the driver for each request
  # and writes the backend's own answer (captured with the script). Started once and warmed up as
  # long as the backend: measured after 10 s it answered half as many requests as after 40 s.
  local port log=$WORK/httpfloor-$1.log
  port=$(free_port)
  rm -f "$log"
  java -XX:+UseG1GC -cp "infra/bench/target/classes:$(cat infra/bench/target/classpath.txt)" \
    uk.reviewhub.bench.HttpFloor "$port" "$REVIEWHUB_DATABASE_URL" reviewhub_app "$APP_PW" \
    "$WORK/$1.sql" "$WORK/$1.body" "$POOL" > "$log" 2>&1 &
  floor_pid[$1]=$!; floor_port[$1]=$port
  until grep -qs '^ready' "$log"; do
    kill -0 "${floor_pid[$1]}" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP"s "http://127.0.0.1:$port/" >/dev/null
}
httpfloor_run() { # endpoint -> "req/s java-us/req": wrk on its HTTP floor as on the backend
  local out j0 j1 n
  j0=$(ticks "${floor_pid[$1]}")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$SECONDS_EACH"s "http://127.0.0.1:${floor_port[$1]}/")
  j1=$(ticks "${floor_pid[$1]}")
  n=$(echo "$out" | awk '/requests in/ { print $1 }')
  echo "$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')" \
    "$(awk -v t=$((j1 - j0)) -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN { printf "%.0f", 1e6 * t / hz / n }')"
}

# Warm-up: each endpoint in turn, before either is measured. A JVM with the full JIT reaches its
# steady state only after some tens of seconds of load (C2 compiles the hot paths); measured after
# 10 s the same build answered about half as many requests.
for path in /api/me "/api/groups/$GROUP/members"; do
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP"s -H "Authorization: Bearer $TOKEN" "$BASE$path" >/dev/null
done
# The SQL each request issues, as PostgreSQL logged it (log_statement = all for these few requests
# only), becomes the pgbench script of that endpoint: pgbench runs what the backend sent, not a copy
# kept by hand, which drifted once (the members page read 11 and 30 columns where the copy had 5
# and 23). infra/bench/statements.py picks one request's statements, from the bind to the clear.
capture_sql() { # name path -> $WORK/<name>.sql (and .vars, its values)
  local offset
  "${PSQL[@]}" -d postgres -c "alter system set log_statement = 'all'" -c 'select pg_reload_conf()' >/dev/null
  sleep 0.5
  offset=$(stat -c %s "$PGDIR/server.log")
  for _ in 1 2 3; do curl -fs -o "$WORK/$1.body" -H "Authorization: Bearer $TOKEN" "$BASE$2"; done
  sleep 0.5
  "${PSQL[@]}" -d postgres -c 'alter system reset log_statement' -c 'select pg_reload_conf()' >/dev/null
  echo "$1: statements of each request logged: $(python3 infra/bench/statements.py "$PGDIR/server.log" "$offset" "$WORK/$1.sql")"
}
capture_sql me /api/me
capture_sql members "/api/groups/$GROUP/members"
start_httpfloor me
start_httpfloor members

# Interleaved rounds: in each, wrk on each endpoint, then pgbench on the same SQL, each for
# BENCH_SECONDS, with the backend up but idle while pgbench runs. The machine's speed drifts over
# minutes (its host is shared: the same build's CPU a request has differed by 30% between two runs an
# hour apart), so a ratio is taken from measures seconds apart, and the median round is reported.
: > "$WORK/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
  me=$(wrk_run /api/me); members=$(wrk_run "/api/groups/$GROUP/members")
  for e in me members; do
    m=$me; [ "$e" = members ] && m=$members
    echo "$round $e $m $(pgbench_run reviewhub_app "$APP_PW" "$WORK/$e.sql")" \
      "$(floor_run "$WORK/$e.sql" virtual) $(floor_run "$WORK/$e.sql" platform)" \
      "$(httpfloor_run "$e")" >> "$WORK/rounds.txt"
  done
done
for pid in "${floor_pid[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
floor_pid=()
# columns of rounds.txt: round endpoint req/s p50 p99 non-2xx backend-us pg-us wrk-us tps pgbench-pg-us,
# then the JDBC floor on virtual threads (scripts/s java-us pg-us) and on platform threads (the same),
# then the HTTP floor (req/s java-us)
summary() { # endpoint -> the rounds' median of each of columns 3 to 19, then the ratio's median, min
  # and max (per cent), then the medians of the floor's ratio to pgbench (virtual, platform) and of
  # the backend's to the floor on virtual threads, then the HTTP floor's to pgbench and the backend's to it
  local c
  for c in $(seq 3 19); do awk -v e="$1" -v c="$c" '$2 == e { print $c }' "$WORK/rounds.txt" | median_range | cut -d' ' -f1; done
  awk -v e="$1" '$2 == e { printf "%.0f\n", 100 * $3 / $10 }' "$WORK/rounds.txt" | median_range | awk '{ print $1 "%", $2 "%", $3 "%" }'
  for c in 12 15; do awk -v e="$1" -v c="$c" '$2 == e { printf "%.0f\n", 100 * $c / $10 }' "$WORK/rounds.txt" | median_range | awk '{ print $1 "%" }'; done
  awk -v e="$1" '$2 == e { printf "%.0f\n", 100 * $3 / $12 }' "$WORK/rounds.txt" | median_range | awk '{ print $1 "%" }'
  awk -v e="$1" '$2 == e { printf "%.0f\n", 100 * $18 / $10 }' "$WORK/rounds.txt" | median_range | awk '{ print $1 "%" }'
  awk -v e="$1" '$2 == e { printf "%.0f\n", 100 * $3 / $18 }' "$WORK/rounds.txt" | median_range | awk '{ print $1 "%" }'
}
read -r me_rps me_p50 me_p99 me_err me_b me_p me_w me_tps me_pgb me_fv me_fvj me_fvp me_fp me_fpj me_fpp me_h me_hj \
  me_ratio me_rmin me_rmax me_fvr me_fpr me_bf me_hr me_bh < <(summary me | paste -sd' ')
read -r mem_rps mem_p50 mem_p99 mem_err mem_b mem_p mem_w mem_tps mem_pgb mem_fv mem_fvj mem_fvp mem_fp mem_fpj mem_fpp mem_h mem_hj \
  mem_ratio mem_rmin mem_rmax mem_fvr mem_fpr mem_bf mem_hr mem_bh < <(summary members | paste -sd' ')
# An error answer: the same path without a token (401, problem+json, no database), the cheapest
# request anyone can send. Shorter warm-up: it is the cheapest path.
wrk -t2 -c"$CONNECTIONS" -d"$(( WARMUP / 3 + 1 ))"s "$BASE/api/me" >/dev/null
read -r anon_rps anon_p50 anon_p99 anon_err anon_b _ anon_w < <(wrk_run /api/me anonymous)
stop_backend                   # row-level security's cost: pgbench alone
# In BENCH_ROUNDS pairs, each with and then without policies, seconds apart: one pair taken once
# read 10.5% in a run whose neighbours read 5.8 to 8.9% (the drift again), so the median pair counts.
: > "$WORK/rls.txt"
for _ in $(seq 1 "$ROUNDS"); do
  read -r a _ < <(pgbench_run reviewhub_app "$APP_PW" infra/bench/sql/members-query-rls.sql)
  read -r b _ < <(pgbench_run reviewhub_owner "$OWNER_PW" infra/bench/sql/members-query-norls.sql)
  echo "$a $b" | awk '{ printf "%.0f %.0f %.1f\n", $1, $2, 100 * (1 - $1 / $2) }' >> "$WORK/rls.txt"
done
read -r _ rls_min rls_max < <(awk '{ print $3 }' "$WORK/rls.txt" | median_range)
# the median pair itself, so that its two rates and its cost agree
read -r rls_tps norls_tps rls_cost < <(sort -g -k3 "$WORK/rls.txt" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }')

# -- report --------------------------------------------------------------------------------------
echo
echo "Against the ceiling: $CONNECTIONS connections, ${WARMUP}s of warm-up on each endpoint, then $ROUNDS rounds of ${SECONDS_EACH}s of wrk"
echo "on each endpoint and ${SECONDS_EACH}s of pgbench on its SQL (backend idle); the median round of each figure; pool $POOL;"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') (Debian), backend by infra/prod/run.sh (full JIT), $(nproc) cores shared."
echo "Members list: Norfolk's largest group, $SEATS seats."
echo
echo "| endpoint | req/s | p50 ms | p99 ms | non-2xx | pgbench tps (same SQL, app role) | ratio (rounds' range) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
echo "| GET /api/me | $me_rps | $me_p50 | $me_p99 | $me_err | $me_tps | $me_ratio ($me_rmin to $me_rmax) |"
echo "| GET /api/groups/{id}/members | $mem_rps | $mem_p50 | $mem_p99 | $mem_err | $mem_tps | $mem_ratio ($mem_rmin to $mem_rmax) |"
echo
echo "CPU time a request, microseconds (user + system, over the measured seconds):"
echo "| endpoint | backend | PostgreSQL | wrk | PostgreSQL under pgbench, a transaction |"
echo "|---|---:|---:|---:|---:|"
echo "| GET /api/me | $me_b | $me_p | $me_w | $me_pgb |"
echo "| GET /api/groups/{id}/members | $mem_b | $mem_p | $mem_w | $mem_pgb |"
echo
echo "The JDBC floor: each endpoint's pgbench script from a JVM through PostgreSQL JDBC alone (no HTTP, no"
echo "framework), $POOL connections as the backend's pool; scripts a second, share of pgbench, CPU a script (us):"
echo "| endpoint | threads | scripts/s | of pgbench | JVM | PostgreSQL | backend's req/s, of this |"
echo "|---|---|---:|---:|---:|---:|---:|"
echo "| GET /api/me | virtual | $me_fv | $me_fvr | $me_fvj | $me_fvp | $me_bf |"
echo "| GET /api/me | platform | $me_fp | $me_fpr | $me_fpj | $me_fpp | |"
echo "| GET /api/groups/{id}/members | virtual | $mem_fv | $mem_fvr | $mem_fvj | $mem_fvp | $mem_bf |"
echo "| GET /api/groups/{id}/members | platform | $mem_fp | $mem_fpr | $mem_fpj | $mem_fpp | |"
echo
echo "The HTTP floor: a bare HTTP/1.1 server (no routing, security, JSON or framework) that runs the same script"
echo "through the driver on $POOL connections for each request and writes the backend's own answer; wrk as for the backend:"
echo "| endpoint | req/s | of pgbench | its CPU a request (us) | backend's req/s, of this |"
echo "|---|---:|---:|---:|---:|"
echo "| GET /api/me | $me_h | $me_hr | $me_hj | $me_bh |"
echo "| GET /api/groups/{id}/members | $mem_h | $mem_hr | $mem_hj | $mem_bh |"
echo
echo "Refused: GET /api/me without a token (401): $anon_rps req/s, p50 $anon_p50 ms, p99 $anon_p99 ms, $anon_err answers"
echo "  not 2xx; $anon_b us of backend CPU and $anon_w us of wrk's a request."
echo
echo "Row-level security on the members query, the median pair: $rls_tps tps as the application role (policies) vs $norls_tps tps"
echo "without policies (owner role, tenant named in the query): costs ${rls_cost}% (median of $ROUNDS pairs, ${rls_min}% to ${rls_max}%)."
echo "Backend start to ready: ${ready_ms} ms with the database up and migrated (median of ${#starts[@]} starts, ${ready_min} to ${ready_max} ms;"
echo "  first start, migrating and loading packs: ${first_ms} ms; a new build's first start, nothing to migrate,"
echo "  reading the packs: ${packs_ms} ms)."
if [ -f "$AOT_FILE" ]; then
  echo "  with the AOT cache the first start recorded ($(( $(stat -c %s "$AOT_FILE") / 1048576 )) MB); the same restart without it: ${plain_ms} ms."
fi
echo "pgbench ran each request's statements as PostgreSQL logged them: $WORK/me.sql, $WORK/members.sql."
echo "Targets: tenant reads >= 60% of pgbench with p99 <= 25 ms; RLS <= 10%; start to ready <= 3000 ms."
