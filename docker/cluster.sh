#!/usr/bin/env bash
# The production topology on one machine, without Docker:  docker/cluster.sh up|down   (README
# "Production topology"; docker/compose.yaml describes the same with containers)
#
#   up    a PostgreSQL primary and a streaming replica made from it with pg_basebackup (Debian's
#         postgresql), two instances of the production jar (target/quarkus-app/quarkus-run.jar, %prod
#         profile, docker/jvm.options) and Debian's nginx with docker/nginx.conf in front of them.
#         Prints one line per part: "proxy <url>", "app <url>" (each instance), "primary <jdbc-url>",
#         "replica <jdbc-url>". Ports, management URLs and the admin login are in STATE/cluster.env.
#   down  stops everything up started (pid files, postmaster.pid) and deletes its data; logs stay
#         in STATE/logs.
#   stop|start primary|replica   stops or starts one database of a running cluster (docker/faults.sh)
#
# CLUSTER_APP_ENV: extra NAME=VALUE settings for both app instances, separated by spaces (the fault
# test relaxes the form timer and the allowances with it, e.g. RINGTJEK_ABUSE_MIN_FORM_TIME=PT0S).
#
# Everything listens on 127.0.0.1 only, on free ports, and lives in STATE (CLUSTER_STATE, default
# target/cluster). Secrets are made per run and never leave STATE. Missing Debian packages are
# installed when run as root (PostgreSQL then runs as the postgres OS user); the jar is built when
# missing. If up fails half-way, what it started is stopped again.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${CLUSTER_STATE:-$ROOT/target/cluster}"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
LOGS="$STATE/logs"
DB=ringtjek
INSTANCES=2

log() { echo "[cluster] $*" >&2; }
die() { echo "[cluster] FAILED: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$dir" && -x "$dir/pg_ctl" && -x "$dir/pg_basebackup" ]] && echo "$dir"
}

install_missing() {
    local missing=()
    { command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]]; } || missing+=(nginx)
    { pg_bin >/dev/null && command -v psql >/dev/null 2>&1; } || missing+=(postgresql)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)
    command -v awk >/dev/null 2>&1 || missing+=(mawk)
    if ((${#missing[@]})); then
        [[ $EUID -eq 0 ]] || die "missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root"
        log "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    command -v java >/dev/null 2>&1 || die "java not found"
    if [[ ! -f "$JAR" ]]; then
        log "building the production jar"
        (cd "$ROOT" && mvn -q package -DskipTests)
    fi
}

# PostgreSQL refuses to run as root: as root its commands run as the postgres OS user, who is also
# the database superuser (peer login over the Unix socket, so no superuser password exists)
as_postgres() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
db_superuser() { if [[ $EUID -eq 0 ]]; then echo postgres; else id -un; fi; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

TAKEN=" "
free_port() { # sets PORT (a function's output in $(...) would lose TAKEN)
    for _ in $(seq 1 100); do
        PORT=$((20000 + RANDOM % 40000))
        if ! port_in_use "$PORT" && [[ "$TAKEN" != *" $PORT "* ]]; then
            TAKEN="$TAKEN$PORT "
            return
        fi
    done
    die "no free port found"
}

random_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# pid file -> pid, only while it is alive and still runs the command we started (pids get reused)
live_pid() { # pidfile pattern
    local pid
    [[ -f "$1" ]] || return 1
    pid="$(cat "$1")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2" || return 1
    echo "$pid"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: a primary, and a replica streaming from it
# ---------------------------------------------------------------------------------------------
pg_options() { # port
    echo "-p $1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=$STATE/pg-socket -c wal_level=replica -c max_wal_senders=5 -c hot_standby=on"
}

psql_primary() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -h "$STATE/pg-socket" -p "$PRIMARY_PORT" -U "$(db_superuser)" "$@"; }

start_primary() {
    local bin="$1"
    log "primary: initdb and start on 127.0.0.1:$PRIMARY_PORT ($("$bin/postgres" --version))"
    as_postgres "$bin/initdb" -D "$STATE/primary" -U "$(db_superuser)" -E UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=scram-sha-256 >"$LOGS/initdb.log" 2>&1 \
        || { cat "$LOGS/initdb.log" >&2; die "initdb"; }
    # shellcheck disable=SC2046 # pg_options is a list of options
    as_postgres "$bin/pg_ctl" -D "$STATE/primary" -l "$LOGS/primary.log" -w -t 60 start -o "$(pg_options "$PRIMARY_PORT")" \
        >/dev/null || { tail -n 20 "$LOGS/primary.log" >&2; die "the primary did not start"; }
    psql_primary -d postgres \
        -c "create role ringtjek login password '$DB_PASSWORD'" \
        -c "create role replicator replication login password '$REPLICATION_PASSWORD'" \
        -c "create database $DB owner ringtjek" >/dev/null
}

# pg_basebackup copies the primary and, with -R, writes the standby settings (primary_conninfo with
# the password file, standby.signal); -C -S creates a replication slot, so the primary keeps the WAL
# the replica has not received yet.
start_replica() {
    local bin="$1"
    log "replica: pg_basebackup from the primary, start on 127.0.0.1:$REPLICA_PORT"
    printf '127.0.0.1:%s:*:replicator:%s\n' "$PRIMARY_PORT" "$REPLICATION_PASSWORD" >"$STATE/pgpass"
    chmod 600 "$STATE/pgpass"
    [[ $EUID -ne 0 ]] || chown postgres:postgres "$STATE/pgpass"
    as_postgres env PGPASSFILE="$STATE/pgpass" "$bin/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U replicator \
        -D "$STATE/replica" -R -X stream -C -S ringtjek_replica --checkpoint=fast >"$LOGS/basebackup.log" 2>&1 \
        || { cat "$LOGS/basebackup.log" >&2; die "pg_basebackup"; }
    as_postgres "$bin/pg_ctl" -D "$STATE/replica" -l "$LOGS/replica.log" -w -t 60 start -o "$(pg_options "$REPLICA_PORT")" \
        >/dev/null || { tail -n 20 "$LOGS/replica.log" >&2; die "the replica did not start"; }
    local streaming=""
    for _ in $(seq 1 100); do
        streaming="$(psql_primary -d postgres -Atc "select count(*) from pg_stat_replication where state = 'streaming'")"
        [[ "$streaming" -ge 1 ]] && return
        sleep 0.1
    done
    die "the replica is not streaming (pg_stat_replication on the primary)"
}

# a server runs in this data folder: its postmaster.pid names a live postgres process
pg_running() { # data folder
    local pid
    [[ -f "$1/postmaster.pid" ]] || return 1
    pid="$(head -n 1 "$1/postmaster.pid")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && grep -q postgres "/proc/$pid/cmdline" 2>/dev/null
}

stop_postgres() { # data folder
    local bin
    pg_running "$1" || return 0
    bin="$(pg_bin)" || return 0
    as_postgres "$bin/pg_ctl" -D "$1" -m fast -w -t 60 stop >/dev/null 2>&1 || log "PostgreSQL in $1 did not stop cleanly"
}

# ---------------------------------------------------------------------------------------------
# The app instances
# ---------------------------------------------------------------------------------------------
start_app() { # number http-port management-port
    local n="$1" port="$2" management="$3" pid deadline extra=()
    read -r -a extra <<<"${CLUSTER_APP_ENV:-}"
    log "app $n: starting on 127.0.0.1:$port (management 127.0.0.1:$management)"
    # the same secrets on every instance: a session or client key made by one is read by the other
    env QUARKUS_PROFILE=prod \
        QUARKUS_HTTP_HOST=127.0.0.1 \
        QUARKUS_HTTP_PORT="$port" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
        QUARKUS_MANAGEMENT_PORT="$management" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB" \
        QUARKUS_DATASOURCE_USERNAME=ringtjek \
        QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
        RINGTJEK_REPLICA_JDBC_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB" \
        RINGTJEK_REPLICA_USERNAME=ringtjek \
        RINGTJEK_REPLICA_PASSWORD="$DB_PASSWORD" \
        RINGTJEK_BASE_URL="http://127.0.0.1:$PROXY_PORT" \
        RINGTJEK_TRUSTED_PROXIES=127.0.0.1/32 \
        RINGTJEK_AUTHOR_KEY_SECRET="$AUTHOR_KEY_SECRET" \
        RINGTJEK_SESSION_SECRET="$SESSION_SECRET" \
        RINGTJEK_ADMIN_USERNAME=admin \
        RINGTJEK_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        MALLOC_ARENA_MAX=2 \
        "${extra[@]}" \
        setsid java @"$ROOT/docker/jvm.options" -jar "$JAR" </dev/null >"$LOGS/app-$n.log" 2>&1 &
    pid=$!
    echo "$pid" >"$STATE/app-$n.pid"
    deadline=$((SECONDS + 180))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/ping" || true)" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || { tail -n 40 "$LOGS/app-$n.log" >&2; die "app $n exited before answering /ping"; }
        ((SECONDS < deadline)) || { tail -n 40 "$LOGS/app-$n.log" >&2; die "app $n: no 200 from /ping within 180 s"; }
        sleep 0.1
    done
}

stop_app() { # number
    local pid
    pid="$(live_pid "$STATE/app-$1.pid" quarkus-run.jar)" || return 0
    kill -TERM "$pid"
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    log "app $1 did not stop within 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------
# up / down
# ---------------------------------------------------------------------------------------------
is_up() {
    pg_running "$STATE/primary" && return 0
    pg_running "$STATE/replica" && return 0
    live_pid "$STATE/nginx/run/nginx.pid" nginx.conf >/dev/null && return 0
    for n in $(seq 1 "$INSTANCES"); do
        live_pid "$STATE/app-$n.pid" quarkus-run.jar >/dev/null && return 0
    done
    return 1
}

up() {
    install_missing
    is_up && die "already up (run $0 down first)"
    local bin
    bin="$(pg_bin)" || die "PostgreSQL's binaries not found"
    [[ "$STATE" == /*/* ]] || die "CLUSTER_STATE must be an absolute folder below /, not '$STATE'"
    rm -rf "$STATE"
    mkdir -p "$LOGS" "$STATE/pg-socket"
    chmod 755 "$STATE"
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "the postgres OS user does not exist (apt-get install postgresql)"
        # PostgreSQL (as postgres) writes its data, socket and logs here; root can write anywhere
        chown postgres:postgres "$STATE" "$STATE/pg-socket" "$LOGS"
    fi
    trap 'status=$?; if ((status != 0)); then log "up failed; stopping what it started"; down; fi' EXIT

    DB_PASSWORD="$(random_secret)"
    REPLICATION_PASSWORD="$(random_secret)"
    AUTHOR_KEY_SECRET="$(random_secret)"
    SESSION_SECRET="$(random_secret)"
    ADMIN_PASSWORD="$(random_secret)"
    free_port; PRIMARY_PORT=$PORT
    free_port; REPLICA_PORT=$PORT
    free_port; PROXY_PORT=$PORT
    local app_ports=() management_ports=() upstreams=()
    for n in $(seq 1 "$INSTANCES"); do
        free_port; app_ports+=("$PORT")
        free_port; management_ports+=("$PORT")
        upstreams+=("127.0.0.1:${app_ports[-1]}")
    done

    start_primary "$bin"
    start_replica "$bin"
    # one after the other: the first runs Flyway's migrations and creates the first admin alone
    for n in $(seq 1 "$INSTANCES"); do
        start_app "$n" "${app_ports[n - 1]}" "${management_ports[n - 1]}"
    done
    log "proxy: Debian's nginx with docker/nginx.conf on 127.0.0.1:$PROXY_PORT"
    bash "$ROOT/docker/nginx-loopback.sh" start "$STATE/nginx" "$PROXY_PORT" "${upstreams[@]}"
    [[ "$(curl -s --max-time 10 "http://127.0.0.1:$PROXY_PORT/ping" || true)" == pong ]] || die "no pong through the proxy"

    {
        echo "# docker/cluster.sh up, $(date -u '+%Y-%m-%d %H:%M UTC'); secrets of this run only"
        echo "PROXY_URL=http://127.0.0.1:$PROXY_PORT"
        echo "PROXY_TLS_URL=https://127.0.0.1:$(sed -n 's/^tls=//p' "$STATE/nginx/ports.env")"
        for n in $(seq 1 "$INSTANCES"); do
            echo "APP_${n}_URL=http://127.0.0.1:${app_ports[n - 1]}"
            echo "APP_${n}_MANAGEMENT_URL=http://127.0.0.1:${management_ports[n - 1]}"
        done
        echo "PRIMARY_JDBC_URL=jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB"
        echo "PRIMARY_PORT=$PRIMARY_PORT"
        echo "REPLICA_PORT=$REPLICA_PORT"
        echo "PG_SOCKET=$STATE/pg-socket"
        echo "REPLICA_JDBC_URL=jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB"
        echo "DB_USERNAME=ringtjek"
        echo "DB_PASSWORD=$DB_PASSWORD"
        echo "ADMIN_USERNAME=admin"
        echo "ADMIN_PASSWORD=$ADMIN_PASSWORD"
    } >"$STATE/cluster.env"
    chmod 600 "$STATE/cluster.env"
    trap - EXIT

    echo "proxy http://127.0.0.1:$PROXY_PORT"
    for port in "${app_ports[@]}"; do
        echo "app http://127.0.0.1:$port"
    done
    echo "primary jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB"
    echo "replica jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB"
}

down() {
    [[ -d "$STATE" ]] || return 0
    # the proxy first, so that nobody is sent to an instance that is stopping
    bash "$ROOT/docker/nginx-loopback.sh" stop "$STATE/nginx"
    for n in $(seq 1 "$INSTANCES"); do
        stop_app "$n"
    done
    stop_postgres "$STATE/replica"
    stop_postgres "$STATE/primary"
    if is_up; then
        die "something is still running; see the pid files in $STATE"
    fi
    # data and secrets go, logs stay
    for file in "$STATE"/nginx/logs/*.log; do
        [[ -f "$file" ]] && cp "$file" "$LOGS/nginx-$(basename "$file")"
    done
    find "$STATE" -mindepth 1 -maxdepth 1 ! -name logs -exec rm -rf {} +
    log "down (logs in ${LOGS#"$ROOT"/})"
}

# one database of a running cluster: stop|start primary|replica
database() {
    local action="$1" which="$2" port bin
    [[ -f "$STATE/cluster.env" ]] || die "not up"
    case "$which" in
        primary) port="$(sed -n 's/^PRIMARY_PORT=//p' "$STATE/cluster.env")" ;;
        replica) port="$(sed -n 's/^REPLICA_PORT=//p' "$STATE/cluster.env")" ;;
        *) die "no database '$which' (primary or replica)" ;;
    esac
    bin="$(pg_bin)" || die "PostgreSQL's binaries not found"
    case "$action" in
        stop) stop_postgres "$STATE/$which" ;;
        start)
            pg_running "$STATE/$which" && return 0
            # shellcheck disable=SC2046 # pg_options is a list of options
            as_postgres "$bin/pg_ctl" -D "$STATE/$which" -l "$LOGS/$which.log" -w -t 60 start -o "$(pg_options "$port")" \
                >/dev/null || { tail -n 20 "$LOGS/$which.log" >&2; die "the $which did not start"; }
            ;;
    esac
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    stop|start) [[ $# -eq 2 ]] || { echo "usage: $0 stop|start primary|replica" >&2; exit 2; }; database "$1" "$2" ;;
    *) echo "usage: $0 up|down|stop <db>|start <db>" >&2; exit 2 ;;
esac
