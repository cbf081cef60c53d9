#!/usr/bin/env bash
# Scale-out on this machine (issue 14, item 5), run on demand (about 5 minutes after the build):
# PostgreSQL from Debian's packages (a real server with the README's owner and application roles),
# two backends and two UIs started by the production launcher (infra/prod/run.sh), and nginx in
# front (the API round robin, the UI sticky by cookie). It then shows, with figures, that
#   1. refresh-token rotation and reuse detection work across the backends,
#   2. reminders are sent at most once with both backends running the job,
#   3. UI sessions stay on their UI (sticky) and are not made again,
#   4. stopping one backend under write load loses no acknowledged write,
#   5. sign-in throttling per client address holds across the backends,
# and exits non-zero if any of them does not hold. Needs root for apt-get (or the packages
# installed: postgresql, nginx, jq, curl). REVIEWHUB_SKIP_BUILD=1 reuses the last build;
# REVIEWHUB_SCALE_DIR (/var/tmp/reviewhub-scale) and REVIEWHUB_SCALE_BASE_PORT (28080) move it.
. "$(dirname "$0")/lib.sh"
B1=$((BASE + 1)) B2=$((BASE + 2)) U1=$((BASE + 11)) U2=$((BASE + 12))
FAILED=0
check() { # condition-result description
  if [ "$1" = ok ]; then say "  PASS $2"; else say "  FAIL $2"; FAILED=1; fi
}

mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/*.pid
install_packages postgresql nginx jq curl
build
trap stop_all EXIT INT TERM

say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (Debian) on port $PG_PORT, data in $WORK/pg"
pg_init; pg_start; pg_roles

# The reminder job every 5 s on both backends, so that both run it many times in the check.
export SCALE_REMINDERS_INTERVAL=5s SCALE_REMINDERS_INITIAL_DELAY=5s
say "Backends on $B1 and $B2 (the first migrates the schema and loads the packs)..."
t0=$(date +%s%N)
start_backend 1 "$B1"; wait_for "http://127.0.0.1:$B1/health" "backend 1" "$WORK/backend-1.pid" "$WORK/backend-1.log"
first_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
t0=$(date +%s%N)
start_backend 2 "$B2"; wait_for "http://127.0.0.1:$B2/health" "backend 2" "$WORK/backend-2.pid" "$WORK/backend-2.log"
second_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
say "UIs on $U1 and $U2..."
start_ui 1 "$U1" "http://127.0.0.1:$API_PORT"
start_ui 2 "$U2" "http://127.0.0.1:$API_PORT"

mkdir -p "$WORK/nginx/tmp"
sed -e "s|@WORK@|$WORK|g" -e "s|@B1@|$B1|g" -e "s|@B2@|$B2|g" -e "s|@U1@|$U1|g" -e "s|@U2@|$U2|g" \
    -e "s|@API@|$API_PORT|g" -e "s|@WEB@|$WEB_PORT|g" infra/scale/nginx.conf.template >"$WORK/nginx/nginx.conf"
/usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log"
wait_for "http://127.0.0.1:$U1/" "UI 1" "$WORK/ui-1.pid" "$WORK/ui-1.log"
wait_for "http://127.0.0.1:$U2/" "UI 2" "$WORK/ui-2.pid" "$WORK/ui-2.log"
wait_for "http://127.0.0.1:$API_PORT/health" "nginx" "$WORK/nginx/nginx.pid" "$WORK/nginx/error.log"
say "nginx: API on $API_PORT (both backends), UI on $WEB_PORT (both UIs, sticky)"
say
say "Figures"
figure "backend 1 start to healthy (migrations, packs)" "${first_ms} ms"
figure "backend 2 start to healthy (schema already there)" "${second_ms} ms"

SUPPORT=support@scale.invalid
add_person "$SUPPORT" norfolk BUSINESS_SUPPORT

# 1. Refresh-token rotation and reuse detection across the backends.
say "1. Refresh tokens across the backends"
sign_in "http://127.0.0.1:$B1" "$SUPPORT"; first_refresh=$REFRESH
rotated=$(post_json "http://127.0.0.1:$B2/api/auth/refresh" "{\"refreshToken\":\"$first_refresh\"}")
new_access=$(jq -r .accessToken "$WORK/answer.json"); new_refresh=$(jq -r .refreshToken "$WORK/answer.json")
me_on_1=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $new_access" "http://127.0.0.1:$B1/api/me")
reused=$(post_json "http://127.0.0.1:$B1/api/auth/refresh" "{\"refreshToken\":\"$first_refresh\"}")
after_theft=$(post_json "http://127.0.0.1:$B2/api/auth/refresh" "{\"refreshToken\":\"$new_refresh\"}")
figure "signed in on backend 1, refreshed on backend 2" "$rotated"
figure "the new access token on backend 1" "$me_on_1"
figure "the spent refresh token again, on backend 1" "$reused"
figure "the pair backend 2 issued, after that reuse" "$after_theft"
[ "$rotated/$me_on_1/$reused/$after_theft" = 200/200/401/401 ] && r=ok || r=no
check $r "a refresh token is spent everywhere at once; reusing it ends the user's other tokens everywhere"

# 2. Reminders at most once: meetings whose agenda-item deadlines fall due, both backends running the job.
# Salford's group sets an agenda-items deadline (10 working days before); its seats get people to mail.
say "2. Reminders with two backends running the job every 5 s"
add_person support@salford.scale.invalid salford BUSINESS_SUPPORT
for m in 1 2 3 4; do add_person "member-$m@salford.scale.invalid" salford MEMBER; link_seat "member-$m@salford.scale.invalid" salford; done
sign_in "http://127.0.0.1:$API_PORT" support@salford.scale.invalid; SALFORD=$ACCESS
group=$(curl -s -H "Authorization: Bearer $SALFORD" "http://127.0.0.1:$API_PORT/api/groups" | jq -r '.[0].id')
made=0
for d in $(seq 4 28); do
  day=$(date -d "+$d days" +%F)
  s=$(post_json "http://127.0.0.1:$API_PORT/api/groups/$group/meetings" \
      "{\"title\":\"Scale check $d\",\"scheduledStart\":\"${day}T10:00\",\"reason\":\"Scale-out check\"}" "$SALFORD")
  [ "$s" = 200 ] && made=$((made + 1))
done
sleep 30
notices=$(owner_sql "select count(*) from notice_log")
sent=$(owner_sql "select count(*) from notice_log where status in ('SENT', 'HELD')")
mails=$(owner_sql "select count(*) from outbox_message where id in (select outbox_message_id from notice_log)")
# A notice sent twice would leave two mails in the outbox, only one of them named by its notice_log row.
twice=$(owner_sql "select count(*) from outbox_message where notice_kind is not null
                     and id not in (select outbox_message_id from notice_log where outbox_message_id is not null)")
sent_by() { sed -n 's/.*Reminders for partnership [^:]*: [0-9]* due, \([0-9]*\) sent.*/\1/p' "$1" | awk '{s += $1} END {print s + 0}'; }
by1=$(sent_by "$WORK/backend-1.log"); by2=$(sent_by "$WORK/backend-2.log")
figure "meetings planned (agenda-item deadlines over four weeks)" "$made"
figure "notices claimed in notice_log / sent or held" "$notices / $sent"
figure "sent by backend 1 / by backend 2" "$by1 / $by2"
figure "mails in the outbox for them / mails of a notice sent again" "$mails / $twice"
[ "$notices" -gt 0 ] && [ "$mails" = "$sent" ] && [ "$twice" = 0 ] && [ $((by1 + by2)) = "$sent" ] && r=ok || r=no
check $r "each reminder sent once, whichever backend's run sent it"

# 3. UI sessions: sticky by nginx's cookie; a session is made once per browser and kept.
say "3. UI sessions through nginx"
browsers=12 loads=5 moved=0 remade=0 on1=0 on2=0
for b in $(seq 1 $browsers); do
  jar="$WORK/browser-$b.jar"; rm -f "$jar"; first=""
  for l in $(seq 1 $loads); do
    h=$(curl -s -o /dev/null -D - -c "$jar" -b "$jar" "http://127.0.0.1:$WEB_PORT/")
    up=$(printf '%s' "$h" | tr -d '\r' | sed -n 's/^[Xx]-[Uu]pstream: //p')
    if [ -z "$first" ]; then first=$up; [ "$up" = ui1 ] && on1=$((on1 + 1)) || on2=$((on2 + 1));
    elif [ "$up" != "$first" ]; then moved=$((moved + 1)); fi
    if [ "$l" -gt 1 ] && printf '%s' "$h" | grep -qi '^set-cookie: JSESSIONID'; then remade=$((remade + 1)); fi
  done
done
figure "browsers x page loads" "$browsers x $loads"
figure "browsers placed on UI 1 / UI 2" "$on1 / $on2"
figure "loads that moved to the other UI / sessions made again" "$moved / $remade"
[ "$moved" = 0 ] && [ "$remade" = 0 ] && [ "$on1" -gt 0 ] && [ "$on2" -gt 0 ] && r=ok || r=no
check $r "every browser stays on its UI and keeps its session; both UIs serve"

# 4. Stopping one backend under write load.
sign_in "http://127.0.0.1:$API_PORT" "$SUPPORT"; TOKEN=$ACCESS
say "4. Stopping backend 1 under write load (4 clients writing cases through nginx for 20 s)"
rm -rf "$WORK/load"; mkdir -p "$WORK/load"
java infra/scale/Load.java "http://127.0.0.1:$API_PORT" "$TOKEN" 4 20 "$WORK/load" STOP >"$WORK/load/out.txt" 2>&1 &
load=$!
sleep 8
kill -TERM "$(cat "$WORK/backend-1.pid")"
wait "$load" || true
cat "$WORK/load/out.txt" | sed 's/^/  /'
cat "$WORK/load"/acked-*.txt | sort -u >"$WORK/load/acked.txt"
acked=$(wc -l <"$WORK/load/acked.txt")
present=$(owner_sql "select count(*) from review_case where la_case_reference like 'STOP-%'")
missing=$(missing_cases "$WORK/load/acked.txt")
unaudited=$(unaudited_cases STOP)
figure "writes acknowledged / cases in the database" "$acked / $present"
figure "acknowledged but missing / cases without their audit" "$missing / $unaudited"
[ "$acked" -gt 0 ] && [ "$missing" = 0 ] && [ "$unaudited" = 0 ] && r=ok || r=no
check $r "no acknowledged write lost, nothing half-written"
start_backend 1 "$B1"; wait_for "http://127.0.0.1:$B1/health" "backend 1" "$WORK/backend-1.pid" "$WORK/backend-1.log"

# 5. Sign-in throttling per client address, counted across both backends (last: it locks this address out).
say "5. Failed sign-ins from one address, alternating between the backends"
limit=30 statuses=""
for i in $(seq 1 $((limit + 2))); do
  b=$([ $((i % 2)) = 1 ] && echo "$B1" || echo "$B2")
  statuses="$statuses $(post_json "http://127.0.0.1:$b/api/auth/sign-in" "{\"email\":\"probe-$i@scale.invalid\",\"password\":\"wrong\"}")"
done
refused=$(echo "$statuses" | tr ' ' '\n' | grep -c '^401$' || true)
first429=$(echo "$statuses" | tr ' ' '\n' | { grep -v '^$' || true; } | { grep -n '^429$' || true; } | head -1 | cut -d: -f1)
right1=$(post_json "http://127.0.0.1:$B1/api/auth/sign-in" "{\"email\":\"$SUPPORT\",\"password\":\"$PASSWORD\"}")
right2=$(post_json "http://127.0.0.1:$B2/api/auth/sign-in" "{\"email\":\"$SUPPORT\",\"password\":\"$PASSWORD\"}")
figure "failed sign-ins answered 401 (limit $limit per 15 minutes)" "$refused"
figure "first 429 at attempt" "${first429:-none}"
figure "then the right password on backend 1 / backend 2" "$right1 / $right2"
[ "$refused" = "$limit" ] && [ "$first429" = $((limit + 1)) ] && [ "$right1/$right2" = 429/429 ] && r=ok || r=no
check $r "the per-address limit counts the failures on both backends together"

say
[ "$FAILED" = 0 ] && say "Scale-out: every check held." || { say "Scale-out: a check failed (logs in $WORK)."; exit 1; }
