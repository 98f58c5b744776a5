#!/usr/bin/env bash
# Ringtjek benchmark: [BENCH_PROXY=1] src/bench/run.sh [smoke|small|medium|large]   (README "Benchmark")
#
# Starts a PostgreSQL server of its own (temporary data folder, free port, 127.0.0.1 only, fsync on),
# lets the production jar migrate a fresh database, fills it with generate.sh, starts the jar again
# (start-up time = process start to the first 200 on /ping), warms up and drives each endpoint with
# wrk (report POSTs last: each one GETs its report form and posts it from its own X-Forwarded-For
# address), checks the aggregates against a recomputation, then writes a markdown table to
# target/bench/results-<size>.md and stdout. With BENCH_PROXY=1 it also starts Debian's nginx with
# docker/nginx.conf in front of the app (docker/nginx-loopback.sh, in the temporary folder) and
# measures nginx serving the page's gzip'd bytes from a file (the machine's ceiling) and the page
# through the proxy's cache, next to the page from the app directly. Everything it starts it stops
# again; a system PostgreSQL cluster or nginx is never touched.
#
# Settings (environment): BENCH_DURATION (seconds per endpoint; 2 for smoke, else 30),
# BENCH_WARMUP (seconds per endpoint; 1 for smoke, else 10), BENCH_CONNECTIONS (64), BENCH_THREADS (2),
# BENCH_HOT (100 most reported numbers), BENCH_COLD (10000 other numbers), BENCH_HOT_SHARE (0.8 of
# the requests go to the hot set), BENCH_GZIP (1: ask for gzip like a browser), BENCH_JAVA_OPTS (the JVM
# options of the measured app; production's docker/jvm.options unless set),
# BENCH_PG_SHARED_BUFFERS (256MB), BENCH_PG_BIN (PostgreSQL's bin folder), BENCH_REBUILD=1 (build the jar
# even if it exists), BENCH_DATA_ONLY=1 (stop after generating and checking the data), BENCH_JFR=1
# (record the measured app with Java Flight Recorder into target/bench/app-<size>.jfr; its overhead is then
# part of the figures), BENCH_PG_STATS=1 (PostgreSQL's pg_stat_statements: the statements by total time
# during the measured endpoints go to target/bench/logs-<size>/pg-statements.log), BENCH_PROXY=1 (the
# proxy mode above), BENCH_PROXY_HOT_SHARE (1: the page through the proxy is measured on the hot numbers),
# BENCH_FORM_PATH (/nummer/%s/anmeld: the report form, %s is the number), BENCH_POST_DONE (/tak: a
# saved report's redirect Location contains this).
# Exit status: non-zero if the jar does not start, an endpoint answers other than 2xx/3xx, a report
# answered as saved is not in the database, or the stored aggregates differ from a recomputation.
set -euo pipefail

SIZE="${1:-small}"
case "$SIZE" in
    smoke|small|medium|large) ;;
    *) echo "usage: $0 [smoke|small|medium|large]" >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BENCH="$ROOT/src/bench"
OUT="$ROOT/target/bench"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

if [[ "$SIZE" == smoke ]]; then
    DURATION="${BENCH_DURATION:-2}"; WARMUP="${BENCH_WARMUP:-1}"
else
    DURATION="${BENCH_DURATION:-30}"; WARMUP="${BENCH_WARMUP:-10}"
fi
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
HOT="${BENCH_HOT:-100}"
COLD="${BENCH_COLD:-10000}"
HOT_SHARE="${BENCH_HOT_SHARE:-0.8}"
GZIP="${BENCH_GZIP:-1}"
PROXY="${BENCH_PROXY:-}"
PROXY_HOT_SHARE="${BENCH_PROXY_HOT_SHARE:-1}"
FORM_PATH="${BENCH_FORM_PATH:-/nummer/%s/anmeld}"
POST_DONE="${BENCH_POST_DONE:-/tak}"
# post.lua runs one connection per wrk thread and puts the thread into the made-up addresses
((CONNECTIONS <= 127)) || { echo "BENCH_CONNECTIONS must be at most 127" >&2; exit 2; }

log() { echo "[bench] $*" >&2; }
die() { echo "[bench] FAILED: $*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# ---------------------------------------------------------------------------------------------
# Tools: Debian's postgresql and wrk (and nginx in the proxy mode), installed when missing
# ---------------------------------------------------------------------------------------------
pg_bin() {
    if [[ -n "${BENCH_PG_BIN:-}" ]]; then
        echo "$BENCH_PG_BIN"
        return
    fi
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$dir" && -x "$dir/pg_ctl" && -x "$dir/initdb" ]] && echo "$dir"
}

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
{ pg_bin >/dev/null && command -v psql >/dev/null 2>&1; } || missing+=(postgresql)
if [[ -n "$PROXY" ]]; then
    { command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]]; } || missing+=(nginx)
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)
fi
if ((${#missing[@]})); then
    [[ $EUID -eq 0 ]] || die "missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root"
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi
PG_BIN="$(pg_bin)" || die "PostgreSQL's pg_ctl/initdb not found (set BENCH_PG_BIN)"
command -v java >/dev/null 2>&1 || die "java not found"

# ---------------------------------------------------------------------------------------------
# Clean-up: whatever was started is stopped, also on failure or Ctrl-C
# ---------------------------------------------------------------------------------------------
WORK=""
PG_DIR=""
PG_STARTED=""
APP_PID=""

as_postgres() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 150); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    if [[ -n "$APP_PID" ]]; then
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

stop_proxy() {
    if [[ -n "$WORK" && -d "$WORK/nginx" ]]; then
        bash "$ROOT/docker/nginx-loopback.sh" stop "$WORK/nginx" || log "nginx did not stop cleanly"
    fi
}

cleanup() {
    local status=$?
    set +e
    stop_proxy
    stop_app
    if [[ -n "$PG_STARTED" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || log "PostgreSQL did not stop cleanly"
    fi
    if [[ -n "$WORK" && -d "$WORK" ]]; then
        mkdir -p "$OUT/logs-$SIZE"
        cp "$WORK"/*.log "$PG_DIR/postgres.log" "$OUT/logs-$SIZE/" 2>/dev/null
        for file in "$WORK"/nginx/logs/*.log; do
            [[ -f "$file" ]] && cp "$file" "$OUT/logs-$SIZE/nginx-$(basename "$file")"
        done
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! port_in_use "$port"; then
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

random_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

mkdir -p "$OUT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ringtjek-bench.XXXXXX")"
chmod 755 "$WORK"

# ---------------------------------------------------------------------------------------------
# PostgreSQL: a server of our own in a temporary folder, run as the postgres OS user
# ---------------------------------------------------------------------------------------------
PG_DIR="$WORK/pg"
mkdir -p "$PG_DIR/data" "$PG_DIR/socket"
PG_PASSWORD="$(random_secret)"
APP_DB_PASSWORD="$(random_secret)"
echo "$PG_PASSWORD" >"$PG_DIR/pwfile"
chmod 700 "$PG_DIR/data"
chmod 600 "$PG_DIR/pwfile"
if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "the postgres OS user does not exist (apt-get install postgresql)"
    chown -R postgres:postgres "$PG_DIR"
fi

log "initialising a PostgreSQL server in a temporary folder ($("$PG_BIN/postgres" --version))"
as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; die "initdb"; }
rm -f "$PG_DIR/pwfile"

for attempt in 1 2 3; do
    PG_PORT="$(free_port)"
    if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 start \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR/socket -c fsync=on -c shared_buffers=${BENCH_PG_SHARED_BUFFERS:-256MB} -c max_wal_size=4GB -c max_connections=100${BENCH_PG_STATS:+ -c shared_preload_libraries=pg_stat_statements}" \
        >/dev/null 2>&1; then
        PG_STARTED=1
        break
    fi
    log "PostgreSQL did not start on port $PG_PORT (attempt $attempt)"
done
[[ -n "$PG_STARTED" ]] || { tail -n 20 "$PG_DIR/postgres.log" >&2; die "PostgreSQL did not start"; }

DB="ringtjek_bench"
export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=postgres PGPASSWORD="$PG_PASSWORD" PGDATABASE="$DB"
psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -c "create role ringtjek login password '$APP_DB_PASSWORD'" \
    -c "create database $DB owner ringtjek" >/dev/null
log "PostgreSQL on 127.0.0.1:$PG_PORT, fresh database $DB"

# ---------------------------------------------------------------------------------------------
# The app: the production jar, against our server, on a free port of 127.0.0.1
# ---------------------------------------------------------------------------------------------
if [[ ! -f "$JAR" || -n "${BENCH_REBUILD:-}" ]]; then
    log "building the production jar"
    (cd "$ROOT" && mvn -q package -DskipTests)
fi

APP_PORT=""
STARTUP_MS=""

# The generated reports go back two years: the author-key retention job (first run 5 minutes after
# start) would take their keys and old helpful votes away mid-run, which verify.sql, recomputing from
# keys and votes, cannot tell from a wrong count; so the measured app keeps them for a century.
start_app() { # logfile [extra JVM options]
    local logfile="$1" extra="${2:-}" started deadline
    APP_PORT="$(free_port)"
    started=$(now_ms)
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS and $extra are lists of options
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME=ringtjek \
        QUARKUS_DATASOURCE_PASSWORD="$APP_DB_PASSWORD" \
        QUARKUS_HTTP_HOST=127.0.0.1 \
        QUARKUS_HTTP_PORT="$APP_PORT" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
        QUARKUS_MANAGEMENT_PORT="$(free_port)" \
        RINGTJEK_BASE_URL="http://127.0.0.1:$APP_PORT" \
        RINGTJEK_AUTHOR_KEY_SECRET="$(random_secret)" \
        RINGTJEK_SESSION_SECRET="$(random_secret)" \
        RINGTJEK_ABUSE_RATE_VIEWS_PER_MINUTE=1000000000 \
        RINGTJEK_ABUSE_RATE_REPORTS_PER_WINDOW=1000000000 \
        RINGTJEK_ABUSE_RATE_REPORTS_PER_DAY=1000000000 \
        RINGTJEK_ABUSE_RATE_API_PER_MINUTE=1000000000 \
        RINGTJEK_ABUSE_MIN_FORM_TIME=PT0S \
        RINGTJEK_ABUSE_BURST_NEW_AUTHORS=1000000000 \
        RINGTJEK_ABUSE_AUTHOR_KEY_RETENTION=P36500D \
        RINGTJEK_ADMIN_USERNAME=admin \
        RINGTJEK_ADMIN_PASSWORD="$(random_secret)" \
        MALLOC_ARENA_MAX=2 \
        java ${BENCH_JAVA_OPTS-@$ROOT/docker/jvm.options} $extra -jar "$JAR" >"$logfile" 2>&1 &
    APP_PID=$!
    deadline=$((SECONDS + 120))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/ping" || true)" == 200 ]]; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$logfile" >&2
            die "the jar exited before answering /ping"
        fi
        ((SECONDS < deadline)) || { tail -n 40 "$logfile" >&2; die "no 200 from /ping within 120 s"; }
        sleep 0.02
    done
    STARTUP_MS=$(($(now_ms) - started))
}

log "starting the jar once so that Flyway creates the schema"
start_app "$WORK/app-migrate.log"
stop_app

# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------
log "generating '$SIZE' data"
gen_started=$(now_ms)
"$BENCH/generate.sh" "$SIZE" >"$WORK/generate.log" 2>&1 || { cat "$WORK/generate.log" >&2; die "data generation"; }
GEN_MS=$(($(now_ms) - gen_started))
log "generated in $((GEN_MS / 1000)) s"

IFS='|' read -r N_NUMBERS N_REPORTS N_HIDDEN N_CURATED < <(psql -X -Atq -v ON_ERROR_STOP=1 -c "
    select (select count(*) from phone_number), (select count(*) from report),
           (select count(*) from report where status = 'HIDDEN'), (select count(*) from curated_entry)")
SHAPE="$(psql -X -Atq -v ON_ERROR_STOP=1 -c "
    select 'most visible reports on one number ' || max(report_count)
        || ', numbers with 1000 or more ' || count(*) filter (where report_count >= 1000)
        || ', numbers with one or two ' || round(100.0 * count(*) filter (where report_count between 1 and 2)
                                                 / greatest(1, count(*) filter (where report_count > 0))) || ' %'
    from phone_number")"

VERIFY="$(psql -X -Atq -v ON_ERROR_STOP=1 -f "$BENCH/sql/verify.sql")"
log "aggregates after loading: $VERIFY"
log "data: $N_NUMBERS numbers, $N_REPORTS reports ($N_HIDDEN hidden), $N_CURATED curated entries;" \
    "$(psql -X -Atq -c "select pg_size_pretty(pg_database_size(current_database()))") on disk"
if [[ -n "${BENCH_DATA_ONLY:-}" ]]; then
    [[ ! "$VERIFY" =~ =[1-9] ]] || die "aggregates"
    exit 0
fi

# the sample the Lua scripts draw from: the most reported numbers (hot) and a random tail (cold),
# as national digits ("H 20123456" / "C 70654321")
SAMPLE="$WORK/sample.txt"
psql -X -Atq -v ON_ERROR_STOP=1 -c "
    copy (
        with danish as (
            select id, substr(e164, 4) as national, report_count from phone_number where e164 ~ '^\+45[2-9][0-9]{7}$'),
        hot as (select id, national from danish order by report_count desc, id limit $HOT)
        select 'H ' || national from hot
        union all
        (select 'C ' || national from danish where id not in (select id from hot) order by random() limit $COLD)
    ) to stdout" >"$SAMPLE"
# (awk reads to the end: "| head" would end the writer with SIGPIPE, which pipefail turns into a failure)
HOT_FIRST="$(awk '$1 == "H" && !n { n = $2 } END { print n }' "$SAMPLE")"
COLD_FIRST="$(awk '$1 == "C" && !n { n = $2 } END { print n }' "$SAMPLE")"
[[ -n "$HOT_FIRST" && -n "$COLD_FIRST" ]] || die "the sample of numbers is empty"

# ---------------------------------------------------------------------------------------------
# Start-up, then a check of each endpoint's answer, then load
# ---------------------------------------------------------------------------------------------
LOAD_BEFORE="$(cut -d ' ' -f 1-3 /proc/loadavg)"
log "starting the jar (load average $LOAD_BEFORE)"
JFR_OPTS=""
if [[ -n "${BENCH_JFR:-}" ]]; then
    JFR_OPTS="-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$OUT/app-$SIZE.jfr"
fi
start_app "$WORK/app.log" "$JFR_OPTS"
QUARKUS_STARTED="$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$WORK/app.log" | sed -n 1p)"
log "first 200 on /ping after $STARTUP_MS ms (Quarkus: ${QUARKUS_STARTED:-?} s)"

BASE="http://127.0.0.1:$APP_PORT"
expect() { # expected-status url [location-suffix] [curl options]
    local answer status location
    answer="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' --max-time 10 "${@:4}" "$2" || true)"
    status="${answer%% *}"
    location="${answer#* }"
    [[ "$status" == "$1" ]] || die "$2 answered $status, expected $1"
    if [[ -n "${3:-}" && "$location" != *"$3" ]]; then
        die "$2 redirected to '$location', expected …$3"
    fi
}
form_url() { # number
    # shellcheck disable=SC2059 # the form path is a format with %s for the number
    printf "$BASE$FORM_PATH" "$1"
}
expect 200 "$BASE/ping"
[[ "$(curl -s --max-time 10 "$BASE/ping" || true)" == pong ]] || die "/ping did not say pong"
expect 200 "$BASE/nummer/$HOT_FIRST"
expect 200 "$BASE/nummer/$COLD_FIRST"
expect 303 "$BASE/search?q=${HOT_FIRST:0:2}%20${HOT_FIRST:2:2}%20${HOT_FIRST:4:2}%20${HOT_FIRST:6:2}" "/nummer/$HOT_FIRST"
expect 200 "$(form_url "$HOT_FIRST")" "" -H "X-Forwarded-For: 192.0.2.1"
expect 200 "$BASE/api/v1/numbers/$HOT_FIRST"

# ---------------------------------------------------------------------------------------------
# Proxy mode: Debian's nginx with docker/nginx.conf in front of the app, and in the same nginx a server
# that answers every path with the page's exact gzip'd bytes from a file: what this machine can do
# for a page at all, the ceiling the cached and the direct page are compared with
# ---------------------------------------------------------------------------------------------
PROXY_BASE=""
CEILING_BASE=""
start_proxy() {
    local proxy_port ceiling_port magic
    mkdir -p "$WORK/ceiling" "$WORK/nginx/conf.d"
    curl -s --max-time 10 -H 'Accept-Encoding: gzip' -o "$WORK/ceiling/page.html.gz" "$BASE/nummer/$HOT_FIRST" \
        || die "could not fetch /nummer/$HOT_FIRST for the ceiling"
    magic="$(od -An -tx1 -N2 "$WORK/ceiling/page.html.gz" | tr -d ' ')"
    [[ "$magic" == 1f8b ]] || die "the app did not answer /nummer/$HOT_FIRST with gzip"
    chmod 755 "$WORK/ceiling"
    chmod 644 "$WORK/ceiling/page.html.gz"
    proxy_port="$(free_port)"
    ceiling_port="$(free_port)"
    [[ "$proxy_port" != "$ceiling_port" ]] || die "the same free port twice"
    cat >"$WORK/nginx/conf.d/ceiling.conf" <<CONF
# the benchmark's ceiling: the number page's gzip'd bytes, as saved from the app, for every path
server {
    listen 127.0.0.1:$ceiling_port;
    access_log off;
    location / {
        root $WORK/ceiling;
        default_type "text/html; charset=UTF-8";
        add_header Content-Encoding gzip;
        add_header Vary Accept-Encoding;
        try_files /page.html.gz =404;
    }
}
CONF
    log "proxy: Debian's nginx with docker/nginx.conf on 127.0.0.1:$proxy_port, the ceiling on 127.0.0.1:$ceiling_port ($(nginx -v 2>&1 | sed 's/^nginx version: //'))"
    bash "$ROOT/docker/nginx-loopback.sh" start "$WORK/nginx" "$proxy_port" "127.0.0.1:$APP_PORT" \
        || die "nginx did not start"
    PROXY_BASE="http://127.0.0.1:$proxy_port"
    CEILING_BASE="http://127.0.0.1:$ceiling_port"
    expect 200 "$PROXY_BASE/nummer/$HOT_FIRST"
    expect 200 "$CEILING_BASE/nummer/$HOT_FIRST"
}

# what the cache answered during the measured proxy run: a fresh access log just before it (USR1 makes
# nginx reopen its logs), counted once nginx has stopped and flushed it
rotate_proxy_log() {
    mv "$WORK/nginx/logs/access.log" "$WORK/nginx/logs/access-warmup.log"
    kill -USR1 "$(cat "$WORK/nginx/run/nginx.pid")"
    sleep 1
}
cache_statuses() {
    [[ -s "$WORK/nginx/logs/access.log" ]] || return 0
    awk '{ n[$7]++; total++ } END { for (s in n) printf "%s %.0f %%, ", s, 100 * n[s] / total }' \
        "$WORK/nginx/logs/access.log" | sed 's/, $//'
}

if [[ -n "$PROXY" ]]; then
    start_proxy
fi

# ---------------------------------------------------------------------------------------------
# Load
# ---------------------------------------------------------------------------------------------
# TARGET (base URL), WRK_THREADS and SHARE (of requests to the hot set) may be set for one measure
run_wrk() { # script seconds [extra Lua arguments]
    local script="$1" seconds="$2"
    shift 2
    wrk -t"${WRK_THREADS:-$THREADS}" -c"$CONNECTIONS" -d"$seconds"s --timeout 5s -s "$BENCH/lua/$script.lua" \
        "${TARGET:-$BASE}" -- "$SAMPLE" "${SHARE:-$HOT_SHARE}" "$GZIP" "$@" 2>&1
}

declare -A RESULT
ENDPOINTS=()
measure() { # name script [extra Lua arguments, after which the run number is appended: 1 warm-up, 2 measured]
    local name="$1" script="$2"
    shift 2
    log "$name: warm-up ${WARMUP} s, then ${DURATION} s with $CONNECTIONS connections"
    if ((WARMUP > 0)); then
        run_wrk "$script" "$WARMUP" "$@" 1 >"$WORK/wrk-$name-warmup.log"
    fi
    if [[ -n "${BEFORE_MEASURED:-}" ]]; then
        "$BEFORE_MEASURED"
    fi
    run_wrk "$script" "$DURATION" "$@" 2 >"$WORK/wrk-$name.log"
    RESULT[$name]="$(grep '^BENCH ' "$WORK/wrk-$name.log" | tail -n 1 || true)"
    [[ -n "${RESULT[$name]}" ]] || { cat "$WORK/wrk-$name.log" >&2; die "wrk printed no result for $name"; }
    ENDPOINTS+=("$name")
}
field() { # name key
    tr ' ' '\n' <<<"${RESULT[$1]}" | sed -n "s/^$2=//p"
}

if [[ -n "${BENCH_PG_STATS:-}" ]]; then
    psql -X -q -v ON_ERROR_STOP=1 -c "create extension if not exists pg_stat_statements" \
        -c "select pg_stat_statements_reset()" >/dev/null
fi
measure ping ping
if [[ -n "$PROXY" ]]; then
    TARGET="$CEILING_BASE" measure ceiling number
fi
measure number number
if [[ -n "$PROXY" ]]; then
    TARGET="$PROXY_BASE" SHARE="$PROXY_HOT_SHARE" BEFORE_MEASURED=rotate_proxy_log measure number-proxy number
fi
measure search search
measure api api

# Report POSTs: each from a new made-up address, after its own GET of the report form; every report
# answered with the thank-you redirect must be in the database
# (wrk stops with requests in flight: the app may still save up to one per connection after it counted)
count_reports() { sleep 2; psql -X -Atq -v ON_ERROR_STOP=1 -c "select count(*) from report"; }
mark_reports() { REPORTS_BEFORE="$(count_reports)"; }
WRK_THREADS="$CONNECTIONS" BEFORE_MEASURED=mark_reports measure post post "$FORM_PATH" "$POST_DONE"
REPORTS_ADDED=$(($(count_reports) - REPORTS_BEFORE))
POSTS_CREATED="$(field post created)"
POSTS_OK=""
((POSTS_CREATED > 0 && REPORTS_ADDED >= POSTS_CREATED && REPORTS_ADDED <= POSTS_CREATED + CONNECTIONS)) && POSTS_OK=1

if [[ -n "${BENCH_PG_STATS:-}" ]]; then
    psql -X -q -v ON_ERROR_STOP=1 -c "\\o $WORK/pg-statements.log" \
        -c "select calls, round(total_exec_time) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms, rows,
                   left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
            from pg_stat_statements order by total_exec_time desc limit 25" >/dev/null || log "no pg_stat_statements"
fi
LOAD_AFTER="$(cut -d ' ' -f 1-3 /proc/loadavg)"
PEAK_RSS_KB="$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$APP_PID/status")"

# The whole blocklist export, once, after the load: its size, its time, and how far the app's resident
# memory rises above where it was just before (writing 5 to clear_refs resets the peak, VmHWM, to now)
rss_kb() { sed -n "s/^$1:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$APP_PID/status"; }
BLOCKLIST_RSS_BEFORE_KB="$(rss_kb VmRSS)"
echo 5 >"/proc/$APP_PID/clear_refs" 2>/dev/null || log "cannot reset the peak RSS: the export's peak includes the load's"
BLOCKLIST_ANSWER="$(curl -s -o "$WORK/blocklist.csv" -w '%{http_code} %{size_download} %{time_total}' --max-time 300 \
    "$BASE/api/v1/blocklist?format=csv" || true)"
read -r BLOCKLIST_STATUS BLOCKLIST_BYTES BLOCKLIST_SECONDS <<<"$BLOCKLIST_ANSWER"
[[ "$BLOCKLIST_STATUS" == 200 ]] || die "the blocklist export answered $BLOCKLIST_STATUS"
BLOCKLIST_LINES=$(($(wc -l <"$WORK/blocklist.csv") - 1))
BLOCKLIST_PEAK_KB="$(rss_kb VmHWM)"
VERIFY_AFTER="$(psql -X -Atq -v ON_ERROR_STOP=1 -f "$BENCH/sql/verify.sql")"
CACHE_STATUSES=""
if [[ -n "$PROXY" ]]; then
    stop_proxy
    CACHE_STATUSES="$(cache_statuses)"
fi
stop_app

# ---------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------
# shellcheck disable=SC2016 # backticks are markdown here
declare -A LABEL=([ping]='`GET /ping`' [number]='`GET /nummer/{n}`, from the app' [search]='`GET /search?q=…` (303)'
    [post]='report form `GET` + `POST`, in pairs' [ceiling]="nginx: the page's gzip'd bytes from a file (ceiling)"
    [number-proxy]='`GET /nummer/{n}` through nginx' [api]='`GET /api/v1/numbers/{n}`, from the app')
ms() { awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'; }
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } print s r }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }
met() { # condition (an awk expression) -> "met" / "not met"
    awk "BEGIN { print (($1) ? \"met\" : \"**not met**\") }"
}
PING_RPS="$(field ping rps)"
POST_SECONDS="$(field post seconds)"
POSTS_PER_S="$(awk -v n="$POSTS_CREATED" -v s="$POST_SECONDS" 'BEGIN { printf "%.0f", n / s }')"
PEAK_RSS_MB=$((PEAK_RSS_KB / 1024))
STARTUP_S="$(awk -v ms="$STARTUP_MS" 'BEGIN { printf "%.2f", ms / 1000 }')"

table_row() { # name
    local name="$1" ceiling_column=""
    if [[ -n "$PROXY" ]]; then
        ceiling_column=" $(ratio "$(field "$name" rps)" "$(field ceiling rps)") |"
    fi
    echo "| ${LABEL[$name]} | $(thousands "$(field "$name" rps)") | $(ms "$(field "$name" p50_us)")" \
        "| $(ms "$(field "$name" p99_us)") | $(ms "$(field "$name" p999_us)")" \
        "| $(ratio "$(field "$name" rps)" "$PING_RPS") |$ceiling_column" \
        "$(field "$name" status_errors) | $(field "$name" socket_errors) |"
}

RESULTS="$OUT/results-$SIZE.md"
{
    echo "## Benchmark: $SIZE$([[ -n "$PROXY" ]] && echo ", with the proxy")"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
        "$("$PG_BIN/postgres" --version | sed 's/^postgres (PostgreSQL)/PostgreSQL/'), $(java -version 2>&1 | sed -n 1p)$([[ -n "$PROXY" ]] && echo ", $(nginx -v 2>&1 | sed 's/^nginx version: //')")."
    echo "Data: $(thousands "$N_NUMBERS") numbers, $(thousands "$N_REPORTS") reports ($(thousands "$N_HIDDEN") hidden)," \
        "$(thousands "$N_CURATED") curated entries; generated in $(awk -v ms="$GEN_MS" 'BEGIN { printf "%.1f", ms / 1000 }') s;" \
        "$SHAPE."
    echo "Load: wrk, $THREADS threads ($CONNECTIONS for the report pairs, one connection each), $CONNECTIONS connections, ${DURATION} s per endpoint after ${WARMUP} s warm-up;" \
        "$(grep -c '^H ' "$SAMPLE") hot numbers get $(awk -v s="$HOT_SHARE" 'BEGIN { printf "%d", s * 100 }') % of the requests, $(grep -c '^C ' "$SAMPLE") cold ones the rest" \
        "$([[ -n "$PROXY" ]] && echo "($(awk -v s="$PROXY_HOT_SHARE" 'BEGIN { printf "%d", s * 100 }') % through nginx)");" \
        "gzip $([[ "$GZIP" == 1 ]] && echo requested || echo off)."
    echo "Load average of the machine before the app started: $LOAD_BEFORE, at the end (with the benchmark itself): $LOAD_AFTER" \
        "(wrk, the app$([[ -n "$PROXY" ]] && echo ", nginx") and PostgreSQL share the cores with anything else running)."
    echo
    if [[ -n "$PROXY" ]]; then
        echo "| endpoint | requests/s | p50 | p99 | p99.9 | of /ping | of ceiling | non-2xx/3xx | socket errors |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    else
        echo "| endpoint | requests/s | p50 | p99 | p99.9 | of /ping | non-2xx/3xx | socket errors |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    fi
    for name in "${ENDPOINTS[@]}"; do
        table_row "$name"
    done
    echo
    echo "- Number page throughput: **$(ratio "$(field number rps)" "$PING_RPS")** of \`/ping\`'s requests/s."
    echo "- Peak RSS of the app (VmHWM): **$PEAK_RSS_MB MB**."
    echo "- Start-up: **$STARTUP_S s** from process start to the first 200 on \`/ping\` (Quarkus reports ${QUARKUS_STARTED:-?} s)."
    echo "- Stored aggregates vs. a recomputation, after loading: \`$VERIFY\`; after the load: \`$VERIFY_AFTER\`."
    echo "- Report POSTs: **$POSTS_PER_S/s** saved; $POSTS_CREATED answered with the thank-you redirect out of $(field post posts) sent" \
        "($(field post form_failed) report forms without tokens), $REPORTS_ADDED new rows in \`report\`" \
        "($([[ -n "$POSTS_OK" ]] && echo "as expected: the difference is at most the $CONNECTIONS requests in flight when wrk stopped" || echo "WRONG"))."
    echo "- Blocklist export (\`/api/v1/blocklist?format=csv\`, once, after the load): $(thousands "$BLOCKLIST_LINES") numbers," \
        "$(awk -v b="$BLOCKLIST_BYTES" 'BEGIN { printf "%.1f MB", b / 1048576 }') in ${BLOCKLIST_SECONDS} s; resident memory" \
        "$((BLOCKLIST_RSS_BEFORE_KB / 1024)) MB before it, at most $((BLOCKLIST_PEAK_KB / 1024)) MB during it."
    echo "- Open-data API against the page (issue 16: at least as fast): $(ratio "$(field api rps)" "$(field number rps)") of" \
        "\`/nummer/{n}\`'s requests/s, $(met "$(field api rps) >= $(field number rps)")."
    if [[ -n "$PROXY" ]]; then
        echo "- Through nginx, the cache answered: ${CACHE_STATUSES:-nothing logged} (X-Cache-Status of the measured run)."
        echo
        echo "Targets (issue 14):"
        echo
        echo "- page through the proxy at least 60 % of the ceiling: $(percent "$(field number-proxy rps)" "$(field ceiling rps)")," \
            "$(met "$(field number-proxy rps) >= 0.6 * $(field ceiling rps)"); p99 at most 10 ms: $(ms "$(field number-proxy p99_us)")," \
            "$(met "$(field number-proxy requests) > 0 && $(field number-proxy p99_us) <= 10000")"
        echo "- page from the app at least 20 % of the ceiling: $(percent "$(field number rps)" "$(field ceiling rps)")," \
            "$(met "$(field number rps) >= 0.2 * $(field ceiling rps)")"
        echo "- report POSTs at least 1,000/s with exact aggregates: $POSTS_PER_S/s, $(met "$POSTS_PER_S >= 1000 && ${POSTS_OK:-0} == 1")"
        echo "- peak RSS at most 256 MB: $PEAK_RSS_MB MB, $(met "$PEAK_RSS_MB <= 256"); start-up under 3 s: $STARTUP_S s, $(met "$STARTUP_S < 3")"
    fi
} >"$RESULTS"

{
    echo "size=$SIZE"
    echo "number_p50_us=$(field number p50_us)"
    echo "number_rps=$(field number rps)"
    echo "ping_rps=$PING_RPS"
    echo "posts_per_s=$POSTS_PER_S"
    if [[ -n "$PROXY" ]]; then
        echo "ceiling_rps=$(field ceiling rps)"
        echo "number_proxy_rps=$(field number-proxy rps)"
        echo "number_proxy_p99_us=$(field number-proxy p99_us)"
    fi
} >"$OUT/results-$SIZE.env"

cat "$RESULTS"
echo
if [[ -f "$OUT/results-small.env" && -f "$OUT/results-large.env" ]]; then
    small_p50="$(sed -n 's/^number_p50_us=//p' "$OUT/results-small.env")"
    large_p50="$(sed -n 's/^number_p50_us=//p' "$OUT/results-large.env")"
    awk -v s="$small_p50" -v l="$large_p50" 'BEGIN {
        printf "Number page p50: %.2f ms at small, %.2f ms at large (x%.2f; latest run of each)\n", s / 1000, l / 1000, l / s }'
fi
log "table written to ${RESULTS#"$ROOT"/}"

# ---------------------------------------------------------------------------------------------
# Verdict: the run counts only if every endpoint answered 2xx/3xx, every report form had its tokens
# and the aggregates are exact
# ---------------------------------------------------------------------------------------------
failed=""
for name in "${ENDPOINTS[@]}"; do
    [[ "$(field "$name" requests)" -gt 0 ]] || failed="$failed $name:no-requests"
    [[ "$(field "$name" status_errors)" -eq 0 ]] || failed="$failed $name:non-2xx/3xx"
done
[[ "$(field post form_failed)" -eq 0 ]] || failed="$failed post:forms-without-tokens"
[[ -n "$POSTS_OK" ]] || failed="$failed post:created-vs-rows"
for check in "$VERIFY" "$VERIFY_AFTER"; do
    [[ "$check" =~ =[1-9] ]] && failed="$failed aggregates"
done
[[ -z "$failed" ]] || die "${failed# }"
log "ok"
