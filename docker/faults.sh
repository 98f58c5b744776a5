#!/usr/bin/env bash
# Faults under load on the production topology:  docker/faults.sh   (README "Scaling out"; .ci/run)
#
# Brings docker/cluster.sh up (its own STATE, free ports), puts load on it through the proxy (report
# posts, each after its form, and page views, from made-up client addresses) and then:
#   1. restarts the PostgreSQL primary under load: during the outage every answer must be a 503 with
#      Retry-After (or a page from the proxy's cache), never a 500; the app must recover by itself
#      within FAULTS_RECOVERY_BOUND seconds, and every report answered with its thank-you page must be
#      in the database afterwards;
#   2. stops the replica: reads move to the primary (the apps say so in their logs) and new pages
#      still answer; started again, the apps use it again;
#   3. kills one app instance: the proxy keeps answering from the other.
# Prints the figures, brings the cluster down (also on failure) and exits non-zero on a 500, a lost
# report, no recovery within the bound, or a page that does not answer.
#
# Settings: FAULTS_OUTAGE (seconds the primary stays down, 10), FAULTS_WORKERS (parallel clients, 6),
# FAULTS_RECOVERY_BOUND (seconds, 20), CLUSTER_STATE (default target/cluster-faults).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export CLUSTER_STATE="${CLUSTER_STATE:-$ROOT/target/cluster-faults}"
STATE="$CLUSTER_STATE"
OUTAGE="${FAULTS_OUTAGE:-10}"
WORKERS="${FAULTS_WORKERS:-6}"
RECOVERY_BOUND="${FAULTS_RECOVERY_BOUND:-20}"
CLUSTER="$ROOT/docker/cluster.sh"
WORK="$STATE-work"

# the form timer off and generous allowances: the load comes from a few made-up addresses, fast
export CLUSTER_APP_ENV="RINGTJEK_ABUSE_MIN_FORM_TIME=PT0S RINGTJEK_ABUSE_RATE_REPORTS_PER_WINDOW=100000 \
RINGTJEK_ABUSE_RATE_REPORTS_PER_DAY=100000 RINGTJEK_ABUSE_RATE_VIEWS_PER_MINUTE=100000 \
RINGTJEK_ABUSE_BURST_NEW_AUTHORS=100000"

log() { echo "[faults] $*" >&2; }
FAILURES=()
fail() { log "FAIL: $*"; FAILURES+=("$*"); }
now() { date +%s.%N; }

# ---------------------------------------------------------------------------------------------
# The cluster
# ---------------------------------------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$WORK"
cleanup() {
    stop_load
    bash "$CLUSTER" down || true
}
trap cleanup EXIT
# stopped from outside (timeout in .ci/run): still bring the cluster down
trap 'exit 143' TERM INT

bash "$CLUSTER" up | tee "$WORK/up.txt"
# one line per part: the proxy, each app, the primary, the replica
grep -Eq '^proxy http://127\.0\.0\.1:[0-9]+$' "$WORK/up.txt" || fail "up printed no proxy line"
[[ "$(grep -Ec '^app http://127\.0\.0\.1:[0-9]+$' "$WORK/up.txt")" == 2 ]] || fail "up did not print two app lines"
grep -Eq '^primary jdbc:postgresql://127\.0\.0\.1:[0-9]+/' "$WORK/up.txt" || fail "up printed no primary line"
grep -Eq '^replica jdbc:postgresql://127\.0\.0\.1:[0-9]+/' "$WORK/up.txt" || fail "up printed no replica line"
PROXY="$(sed -n 's/^proxy //p' "$WORK/up.txt")"
PRIMARY_PORT="$(sed -n 's/^PRIMARY_PORT=//p' "$STATE/cluster.env")"
PG_SOCKET="$(sed -n 's/^PG_SOCKET=//p' "$STATE/cluster.env")"
LOGS="$STATE/logs"

sql() { # query on the primary, as the database superuser over the socket
    local user=postgres
    [[ $EUID -eq 0 ]] || user="$(id -un)"
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- psql -X -q -At -h "$PG_SOCKET" -p "$PRIMARY_PORT" -U "$user" -d ringtjek -c "$1"
    else
        psql -X -q -At -h "$PG_SOCKET" -p "$PRIMARY_PORT" -U "$user" -d ringtjek -c "$1"
    fi
}

# ---------------------------------------------------------------------------------------------
# Load: each worker loops over form GET, report POST and a page GET, each from a fresh address.
# One line per answer: start time, kind, status, ra=<Retry-After>, loc=<Location>. Workers of a later
# phase get other ids, hence other numbers and addresses (one report per author, number and day).
# ---------------------------------------------------------------------------------------------
worker() { # id
    local id="$1" n=0 number address head form cookie csrf token line
    head="$WORK/headers-$id"
    while [[ ! -f "$WORK/stop" ]]; do
        n=$((n + 1))
        number="$(printf '7082%02d%02d' "$id" $((n % 100)))"
        address="10.$((100 + id)).$(((n / 256) % 256)).$((n % 256))"
        # the form, its CSRF cookie and tokens
        line="$(now)"
        form="$(curl -s -D "$head" -H "X-Forwarded-For: $address" --max-time 10 \
            -w '\n%{http_code}' "$PROXY/nummer/$number/anmeld" || echo $'\n000')"
        echo "$line form ${form##*$'\n'} ra=$(tr -d '\r' <"$head" 2>/dev/null | sed -n 's/^[Rr]etry-[Aa]fter: //p' | head -n 1) loc=-" \
            >>"$WORK/load-$id"
        # the cookie is Secure in production, so it is sent by hand over the plain-HTTP loopback listener
        cookie="$(tr -d '\r' <"$head" 2>/dev/null | sed -n 's/^[Ss]et-[Cc]ookie: csrf-token=\([^;]*\).*/\1/p' | head -n 1)" || true
        csrf="$(grep -o 'name="csrf-token" value="[^"]*"' <<<"$form" | head -n 1 | sed 's/.*value="//; s/"$//')" || true
        token="$(grep -o 'name="formToken" value="[^"]*"' <<<"$form" | head -n 1 | sed 's/.*value="//; s/"$//')" || true
        if [[ -n "$cookie" && -n "$csrf" && -n "$token" ]]; then
            line="$(now)"
            curl -s -o /dev/null -H "Cookie: csrf-token=$cookie" -H "X-Forwarded-For: $address" --max-time 10 \
                -w "$line post %{http_code} ra=%header{retry-after} loc=%{redirect_url}\n" \
                --data-urlencode "csrf-token=$csrf" --data-urlencode "formToken=$token" \
                --data "website=&rating=NEGATIVE&category=SALES" \
                --data-urlencode "comment=Faults test, worker $id, report $n" \
                "$PROXY/nummer/$number/anmeldelser" >>"$WORK/load-$id" || echo "$line post 000 ra= loc=" >>"$WORK/load-$id"
        fi
        # a page nobody asked for yet (past the proxy's cache), and the home page
        line="$(now)"
        curl -s -o /dev/null -H "X-Forwarded-For: $address" --max-time 10 \
            -w "$line page %{http_code} ra=%header{retry-after} loc=-\n" \
            "$PROXY/nummer/7083$(printf '%02d' "$id")$(printf '%02d' $((n % 100)))?v=$n" >>"$WORK/load-$id" \
            || echo "$line page 000 ra= loc=" >>"$WORK/load-$id"
    done
}

LOAD_PIDS=()
start_load() { # first worker id
    rm -f "$WORK/stop"
    for id in $(seq "$1" $(($1 + WORKERS - 1))); do
        worker "$id" &
        LOAD_PIDS+=($!)
    done
}
stop_load() {
    touch "$WORK/stop"
    for pid in "${LOAD_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    LOAD_PIDS=()
}

# the answers that started between two times: "<kind> <status> <retry-after>" per line
answers_between() { # from to
    cat "$WORK"/load-* 2>/dev/null | awk -v from="$1" -v to="$2" '$1 >= from && $1 < to { print $2, $3, $4 }'
}
count() { # from to awk-condition
    answers_between "$1" "$2" | awk "$3 { n++ } END { print n + 0 }"
}

# ---------------------------------------------------------------------------------------------
# 1. The primary restarted under load
# ---------------------------------------------------------------------------------------------
start_load 1
sleep 5
t_stop="$(now)"
log "1. stopping the primary for $OUTAGE s under load"
bash "$CLUSTER" stop primary
sleep "$OUTAGE"
bash "$CLUSTER" start primary
t_back="$(now)"
log "1. the primary is back"
# recovery: the first report saved after the primary is back (posts need it; pages may not)
recovered=""
deadline=$(( $(date +%s) + RECOVERY_BOUND + 5 ))
while (($(date +%s) < deadline)); do
    recovered="$(cat "$WORK"/load-* | awk -v from="$t_back" '$1 >= from && $2 == "post" && $3 == 303 && $5 ~ /\/anmeldelser\/[0-9]+\/tak$/ { print $1 }' | sort -n | head -n 1)"
    [[ -n "$recovered" ]] && break
    sleep 0.5
done
sleep 3
stop_load
t_end="$(now)"

outage_503="$(count "$t_stop" "$t_back" '$2 == 503')"
outage_503_retry="$(count "$t_stop" "$t_back" '$2 == 503 && $3 != "ra="')"
outage_500="$(count "$t_stop" "$t_back" '$2 >= 500 && $2 != 503')"
outage_ok="$(count "$t_stop" "$t_back" '$2 < 500 && $2 != "000"')"
outage_none="$(count "$t_stop" "$t_back" '$2 == "000"')"
all_500="$(count 0 "$t_end" '$2 >= 500 && $2 != 503')"
acked_ids="$(cat "$WORK"/load-* | awk '$2 == "post" && $3 == 303 { if (match($5, /\/anmeldelser\/[0-9]+\/tak$/)) { s = substr($5, RSTART + 13); sub(/\/tak$/, "", s); print s } }' | sort -u)"
acked="$(grep -c . <<<"$acked_ids" || true)"
stored=0
if ((acked > 0)); then
    stored="$(sql "select count(*) from report where id in ($(paste -sd, <<<"$acked_ids"))")"
fi
recovery_seconds="none"
[[ -n "$recovered" ]] && recovery_seconds="$(awk -v a="$recovered" -v b="$t_back" 'BEGIN { printf "%.1f", a - b }')"
echo "primary restart: outage ${OUTAGE} s; during it ${outage_503} answers 503 (${outage_503_retry} with Retry-After), ${outage_500} other 5xx, ${outage_ok} 2xx-4xx (proxy cache, replica), ${outage_none} without answer; recovery ${recovery_seconds} s after the primary was back; reports acknowledged ${acked}, stored ${stored}; 5xx other than 503 in the whole run: ${all_500}"
echo "primary restart, answers during the outage by kind and status: $(answers_between "$t_stop" "$t_back" | awk '{ print $1, $2 }' | sort | uniq -c | awk '{ printf "%s%s %s %s", sep, $2, $3, $1; sep = ", " }')"
((outage_500 == 0 && all_500 == 0)) || fail "answers of 500 (or another 5xx than 503) under the outage"
((outage_503 == outage_503_retry)) || fail "a 503 without Retry-After"
((outage_none == 0)) || fail "$outage_none requests got no answer within 10 s during the outage"
[[ -n "$recovered" ]] || fail "no report saved within $RECOVERY_BOUND s after the primary came back"
[[ -z "$recovered" ]] || awk -v s="$recovery_seconds" -v b="$RECOVERY_BOUND" 'BEGIN { exit !(s <= b) }' \
    || fail "recovery took $recovery_seconds s (bound $RECOVERY_BOUND s)"
((acked > 0)) || fail "no report was acknowledged at all"
((stored == acked)) || fail "$((acked - stored)) acknowledged reports are not in the database"

# ---------------------------------------------------------------------------------------------
# 2. The replica stopped: reads move to the primary, pages still answer
# ---------------------------------------------------------------------------------------------
# where each instance reads now, by the last "replica: ..." line of its log (ReplicaFreshness)
all_read() { # replica|primary
    local file state
    for file in "$LOGS"/app-*.log; do
        state="$(grep 'dk.ri.re.ReplicaFreshness\] replica:' "$file" | tail -n 1)"
        case "$1" in
            replica) [[ "$state" == *"go to the replica"* ]] || return 1 ;;
            primary) [[ "$state" == *"go to the primary"* ]] || return 1 ;;
        esac
    done
}
wait_until_all_read() { # replica|primary seconds
    local deadline=$((SECONDS + $2))
    until all_read "$1"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.25
    done
}
# after the primary's restart the replica catches up, and the instances read it again
wait_until_all_read replica 30 || fail "the apps do not read from the replica (before it is stopped)"
log "2. stopping the replica"
bash "$CLUSTER" stop replica
t_replica_stop="$(now)"
moved=""
wait_until_all_read primary 10 && moved="yes, after $(awk -v a="$(now)" -v b="$t_replica_stop" 'BEGIN { printf "%.1f", a - b }') s"
[[ -n "$moved" ]] || fail "the apps did not move their reads to the primary within 10 s"
pages_ok=0 pages_failed=0
for n in $(seq 1 20); do
    status="$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$PROXY/nummer/708490$(printf '%02d' "$n")")" || status=000
    if [[ "$status" == 200 ]]; then pages_ok=$((pages_ok + 1)); else pages_failed=$((pages_failed + 1)); fi
done
home="$(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$PROXY/en")" || home=000
bash "$CLUSTER" start replica
t_replica_start="$(now)"
back=""
wait_until_all_read replica 15 && back="yes, after $(awk -v a="$(now)" -v b="$t_replica_start" 'BEGIN { printf "%.1f", a - b }') s"
echo "replica stopped: reads moved to the primary: ${moved:-no}; new pages ${pages_ok} of 20 answered 200 (${pages_failed} not), home page ${home}; replica used again after its start: ${back:-no}"
((pages_failed == 0)) || fail "pages did not answer while the replica was stopped"
[[ "$home" == 200 ]] || fail "the home page answered $home while the replica was stopped"
[[ -n "$back" ]] || fail "the apps did not use the replica again within 15 s of its start"

# ---------------------------------------------------------------------------------------------
# 3. One app instance killed: the proxy keeps answering
# ---------------------------------------------------------------------------------------------
rm -f "$WORK"/load-*
start_load 50
sleep 3
t_kill="$(now)"
app_pid="$(cat "$STATE/app-1.pid")"
log "3. killing app 1 (pid $app_pid)"
kill -KILL "$app_pid"
sleep 8
stop_load
t_done="$(now)"
after_ok="$(count "$t_kill" "$t_done" '$2 >= 200 && $2 < 400')"
after_failed="$(count "$t_kill" "$t_done" '$2 >= 500 || $2 == "000"')"
after_500="$(count "$t_kill" "$t_done" '$2 >= 500 && $2 != 503')"
echo "app instance killed: afterwards ${after_ok} answers 2xx/3xx through the proxy, ${after_failed} failed (${after_500} 5xx other than 503)"
((after_ok > 0)) || fail "the proxy did not answer after an app instance was killed"
((after_500 == 0)) || fail "answers of 500 after an app instance was killed"
# a request in flight on the killed instance may fail once; more means the proxy did not fail over
((after_failed <= WORKERS)) || fail "$after_failed requests failed after an app instance was killed"

if ((${#FAILURES[@]})); then
    log "${#FAILURES[@]} failure(s): ${FAILURES[*]}"
    exit 1
fi
log "all faults handled"
