# Shared by infra/scale/run.sh and infra/scale/crash.sh (sourced, not run): Debian's packages,
# a private PostgreSQL server with the README's two roles, backends and UIs started by the
# production launcher (infra/prod/run.sh), nginx in front, and small helpers. Everything lives under
# $WORK and on ports from $BASE (REVIEWHUB_SCALE_DIR, REVIEWHUB_SCALE_BASE_PORT); each run starts
# from an empty database.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
. infra/scripts/java-home.sh

WORK=${REVIEWHUB_SCALE_DIR:-/var/tmp/reviewhub-scale}
BASE=${REVIEWHUB_SCALE_BASE_PORT:-28080}
PG_PORT=$((BASE + 50))
API_PORT=$BASE              # nginx: the backends
WEB_PORT=$((BASE + 10))     # nginx: the UIs, sticky
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/reviewhub"
PIDS=()

say() { printf '%s\n' "$*"; }
figure() { printf '  %-58s %s\n' "$1" "$2"; }

# 1. Debian's packages, installed by the script itself (apt-get, never by hand).
install_packages() { # package...
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    say "Needs Debian packages ${missing[*]}: run as root, or install them first." >&2; exit 69
  fi
  say "Installing ${missing[*]} from Debian..."
  apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}" >"$WORK/apt.log" 2>&1 \
    || { apt-get -o DPkg::Lock::Timeout=600 update -q >>"$WORK/apt.log" 2>&1 \
         && apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}" >>"$WORK/apt.log" 2>&1; } \
    || { say "apt-get failed; see $WORK/apt.log" >&2; exit 69; }
}

# 2. The build the production launcher runs from (target/classes and target/classpath.txt).
build() {
  if [ "${REVIEWHUB_SKIP_BUILD:-}" = 1 ] && [ -f backend/server/target/classpath.txt ] && [ -f ui/target/classpath.txt ]; then
    return 0
  fi
  say "Building (tests skipped)..."
  ./mvnw -B -q -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime >"$WORK/build.log" 2>&1 \
    || { tail -40 "$WORK/build.log" >&2; exit 1; }
}

# 3. PostgreSQL from Debian's packages: a private server (not the system cluster) on $PG_PORT.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_init() {
  rm -rf "$WORK/pg" "$WORK/sock"
  mkdir -p "$WORK/pg" "$WORK/sock"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/pg" "$WORK/sock"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1
}
pg_start() {
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $WORK/sock -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
}
pg_stop() { as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true; }
pg_postmaster_pid() { head -1 "$WORK/pg/postmaster.pid"; }
psql_super() { as_pg "$PG_BIN/psql" -h "$WORK/sock" -p "$PG_PORT" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
# As the owner role (BYPASSRLS: reads every partnership's rows), one value.
owner_sql() { as_pg "$PG_BIN/psql" -h "$WORK/sock" -p "$PG_PORT" -U reviewhub_owner -d reviewhub -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"; }
# How many of the references in a file (one a line) are not cases in the database.
missing_cases() { # file
  { echo "create temp table acked (ref text);"; echo "\\copy acked from '$1'";
    echo "select count(*) from acked where ref not in (select la_case_reference from review_case);"; } >"$WORK/missing.sql"
  chmod a+r "$1" "$WORK/missing.sql"
  as_pg "$PG_BIN/psql" -h "$WORK/sock" -p "$PG_PORT" -U reviewhub_owner -d reviewhub -X -q -t -A -v ON_ERROR_STOP=1 -f "$WORK/missing.sql"
}
# Cases of a load (by reference prefix) without the audit event written in their transaction.
unaudited_cases() { # prefix
  owner_sql "select count(*) from review_case c where la_case_reference like '$1-%'
    and not exists (select 1 from audit_event e where e.tenant_id = c.tenant_id and e.entity_id = c.id)"
}

# The two roles and the database as the README's "A real PostgreSQL" gives them.
pg_roles() {
  OWNER_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  APP_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '/+=')
  SECRETS_KEY=$(head -c 48 /dev/urandom | base64 | tr -d '/+=')
  psql_super -d postgres <<SQL
create role reviewhub_owner login password '$OWNER_PASSWORD' nosuperuser bypassrls;
create role reviewhub_app login password '$APP_PASSWORD' nosuperuser nobypassrls nocreatedb nocreaterole;
create database reviewhub owner reviewhub_owner;
SQL
  # Debian's local socket trusts these roles for the script's own checks (psql -h $WORK/sock);
  # the backends connect over TCP with their passwords.
}

backend_env() { # n port
  exec env MICRONAUT_SERVER_PORT="$2" REVIEWHUB_DATABASE_URL="$DB_URL" \
    REVIEWHUB_DATABASE_OWNER_USER=reviewhub_owner REVIEWHUB_DATABASE_OWNER_PASSWORD="$OWNER_PASSWORD" \
    REVIEWHUB_DATABASE_APP_USER=reviewhub_app REVIEWHUB_DATABASE_APP_PASSWORD="$APP_PASSWORD" \
    REVIEWHUB_JWT_SECRET="$JWT_SECRET" REVIEWHUB_SECRETS_KEY="$SECRETS_KEY" REVIEWHUB_DATA_DIR="$WORK/backend-$1" \
    REVIEWHUB_PUBLIC_URL="http://127.0.0.1:$WEB_PORT" REVIEWHUB_TRUSTED_PROXIES=127.0.0.1 \
    REVIEWHUB_REMINDERS_INTERVAL="${SCALE_REMINDERS_INTERVAL:-15m}" REVIEWHUB_REMINDERS_INITIAL_DELAY="${SCALE_REMINDERS_INITIAL_DELAY:-1m}" \
    REVIEWHUB_JAVA_OPTS="-Xmx512m" "${@:3}"
}
start_backend() { # n port
  mkdir -p "$WORK/backend-$1"
  backend_env "$1" "$2" infra/prod/run.sh backend >>"$WORK/backend-$1.log" 2>&1 &
  echo $! >"$WORK/backend-$1.pid"
  PIDS+=($!)
}
start_ui() { # n port backend-url
  REVIEWHUB_UI_PORT="$2" REVIEWHUB_BACKEND_URL="$3" REVIEWHUB_UI_SECURE_COOKIES=false REVIEWHUB_JAVA_OPTS="-Xmx512m" \
    infra/prod/run.sh ui >>"$WORK/ui-$1.log" 2>&1 &
  echo $! >"$WORK/ui-$1.pid"
  PIDS+=($!)
}
wait_for() { # url name pid-file log [seconds]
  local pid; pid=$(cat "$3")
  for _ in $(seq 1 $((${5:-180} * 2))); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      say "$2 stopped during start-up; the end of $4:" >&2; tail -30 "$4" >&2; exit 1
    fi
    sleep 0.5
  done
  say "$2 did not answer at $1; see $4" >&2; exit 1
}
# Milliseconds from now until the URL answers.
ms_until_up() { # url
  local t0; t0=$(date +%s%N)
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do sleep 0.1; done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}

# A person with a partnership role, straight into the database as the owner (production has no demo
# accounts): a bcrypt hash made with the backend's own library.
PASSWORD="scale-out check $(head -c 6 /dev/urandom | base64 | tr -d '/+=')"
bcrypt() {
  cat >"$WORK/Hash.java" <<'JAVA'
public class Hash {
    public static void main(String[] a) {
        System.out.println(at.favre.lib.crypto.bcrypt.BCrypt.with(at.favre.lib.crypto.bcrypt.BCrypt.Version.VERSION_2A)
                .hashToString(10, a[0].toCharArray()));
    }
}
JAVA
  java -cp "${BCRYPT_CP:-$(cat backend/server/target/classpath.txt)}" "$WORK/Hash.java" "$1"
}
add_person() { # email slug ROLE
  local hash; hash=${HASH:=$(bcrypt "$PASSWORD")}
  owner_sql "insert into app_user (id, email, display_name, password_hash, platform_roles, active)
             values (gen_random_uuid(), '$1', 'Scale Check', '$hash', '{}', true)" >/dev/null
  owner_sql "select set_config('app.tenant_id', (select tenant_id::text from partnership where slug = '$2'), false);
             insert into partnership_membership (tenant_id, id, user_id, roles)
             select tenant_id, gen_random_uuid(), (select id from app_user where email = '$1'), array['$3']
               from partnership where slug = '$2'" >/dev/null
}

# Links a person to a current seat of the partnership's group that has nobody linked yet.
link_seat() { # email slug
  owner_sql "select set_config('app.tenant_id', (select tenant_id::text from partnership where slug = '$2'), false);
             update group_member set user_id = (select id from app_user where email = '$1')
              where tenant_id = (select tenant_id from partnership where slug = '$2')
                and id = (select id from group_member where tenant_id = (select tenant_id from partnership where slug = '$2')
                            and user_id is null and (end_date is null or end_date >= current_date) order by id limit 1)" >/dev/null
}

post_json() { # url json [bearer] -> writes body to $WORK/answer.json, prints status
  curl -s -o "$WORK/answer.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    ${3:+-H "Authorization: Bearer $3"} --data "$2" "$1"
}
sign_in() { # base email -> access and refresh token in ACCESS, REFRESH
  local status; status=$(post_json "$1/api/auth/sign-in" "{\"email\":\"$2\",\"password\":\"$PASSWORD\"}")
  [ "$status" = 200 ] || { say "sign-in of $2 at $1 answered $status: $(cat "$WORK/answer.json")" >&2; exit 1; }
  ACCESS=$(jq -r .accessToken "$WORK/answer.json"); REFRESH=$(jq -r .refreshToken "$WORK/answer.json")
}

stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  [ -n "${PG_BIN:-}" ] && [ -f "$WORK/pg/postmaster.pid" ] && pg_stop
  return 0
}
