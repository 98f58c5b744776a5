#!/usr/bin/env bash
# Debian's nginx with docker/nginx.conf on 127.0.0.1 only, everything in one folder (config, pid, cache,
# temp files, logs, a throw-away TLS certificate): used by docker/cluster.sh and src/bench/run.sh.
#
#   docker/nginx-loopback.sh start FOLDER HTTP_PORT HOST:PORT...   renders the template, checks it
#                                                                  (nginx -t) and starts nginx
#   docker/nginx-loopback.sh stop FOLDER                           stops it and waits until it is gone
#
# The plain-HTTP listener is on HTTP_PORT; the TLS and redirect listeners get free ports of their own
# (written to FOLDER/ports.env). Files in FOLDER/conf.d/*.conf are included in the http block.
# Needs nginx, openssl and awk (Debian packages nginx, openssl, mawk); as root the workers run as www-data.
set -euo pipefail

DOCKER_DIR="$(cd "$(dirname "$0")" && pwd)"

die() { echo "nginx-loopback: $*" >&2; exit 1; }

nginx_bin() {
    command -v nginx 2>/dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || die "nginx not found (apt-get install nginx)"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! port_in_use "$port" && [[ " ${TAKEN:-} " != *" $port "* ]]; then
            TAKEN="${TAKEN:-} $port"
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

# A self-signed certificate for the TLS listener: loopback runs need one only for nginx to start.
make_certificate() { # folder
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 7 -subj /CN=localhost \
        -keyout "$1/tls/key.pem" -out "$1/tls/cert.pem" >/dev/null 2>&1 || die "openssl could not make a certificate"
    chmod 600 "$1/tls/key.pem"
}

nginx_args() { # folder
    echo -p "$1" -c "$1/nginx.conf" -e "$1/logs/error.log"
}

start() { # folder http-port upstream...
    local folder="$1" http_port="$2" tls_port redirect_port
    shift 2
    (($# > 0)) || die "no upstream given"
    mkdir -p "$folder"/{run,logs,tls,conf.d}
    folder="$(cd "$folder" && pwd)"
    # the workers (www-data when started as root) must reach the cache under this folder
    chmod 755 "$folder"
    make_certificate "$folder"
    TAKEN=" $http_port "
    tls_port="$(free_port)"
    redirect_port="$(free_port)"
    printf 'http=%s\ntls=%s\nredirect=%s\n' "$http_port" "$tls_port" "$redirect_port" >"$folder/ports.env"

    NGINX_UPSTREAMS="$*" \
        NGINX_USER=www-data \
        NGINX_PID_FILE="$folder/run/nginx.pid" \
        NGINX_RUN_DIR="$folder/run" \
        NGINX_LOG_DIR="$folder/logs" \
        NGINX_CACHE_DIR="$folder/cache" \
        NGINX_CACHE_MAX_SIZE=256m \
        NGINX_CACHE_KEYS_SIZE=16m \
        NGINX_SERVER_NAME=localhost \
        NGINX_REDIRECT_LISTEN="127.0.0.1:$redirect_port" \
        NGINX_TLS_LISTEN="127.0.0.1:$tls_port" \
        NGINX_HTTP_LISTEN="127.0.0.1:$http_port" \
        NGINX_TLS_CERT="$folder/tls/cert.pem" \
        NGINX_TLS_KEY="$folder/tls/key.pem" \
        NGINX_INCLUDE_DIR="$folder/conf.d" \
        sh "$DOCKER_DIR/nginx-render.sh" "$DOCKER_DIR/nginx.conf" >"$folder/nginx.conf"

    local nginx
    nginx="$(nginx_bin)"
    # shellcheck disable=SC2046 # nginx_args is a list of arguments
    "$nginx" $(nginx_args "$folder") -t -q || die "the rendered configuration $folder/nginx.conf fails nginx -t"
    # daemonises once its listeners are bound, so it answers as soon as this returns
    # shellcheck disable=SC2046
    "$nginx" $(nginx_args "$folder") || die "nginx did not start (see $folder/logs/error.log)"
}

stop() { # folder
    local folder pid
    folder="$(cd "$1" 2>/dev/null && pwd)" || return 0
    [[ -f "$folder/run/nginx.pid" ]] || return 0
    pid="$(cat "$folder/run/nginx.pid")"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    # only if the pid is still an nginx master with our configuration (the pid may have been reused)
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$folder/nginx.conf" || return 0
    kill -TERM "$pid"
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-}" in
    start) (($# >= 4)) || die "usage: $0 start FOLDER HTTP_PORT HOST:PORT..."; shift; start "$@" ;;
    stop) (($# == 2)) || die "usage: $0 stop FOLDER"; stop "$2" ;;
    *) die "usage: $0 start FOLDER HTTP_PORT HOST:PORT... | stop FOLDER" ;;
esac
