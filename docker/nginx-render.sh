#!/bin/sh
# Renders the nginx template (docker/nginx.conf) to stdout:  docker/nginx-render.sh [template] > nginx.conf
#
# Fills in every ${NGINX_*} placeholder from the environment and leaves nginx's own $variables alone.
# The defaults below are production's (README "Production topology"); docker/cluster.sh, the benchmark
# and the test NginxConfigTest set their own ports and folders. NGINX_UPSTREAMS is required: the app
# instances as "host:port host:port ...". Fails, printing the names, when a placeholder has no value.
# POSIX sh and awk only, so that it runs in a slim Debian image as well as on the host.
set -eu

template="${1:-$(dirname "$0")/nginx.conf}"
[ -r "$template" ] || { echo "nginx-render: cannot read $template" >&2; exit 2; }
[ -n "${NGINX_UPSTREAMS:-}" ] || { echo "nginx-render: set NGINX_UPSTREAMS (host:port ...)" >&2; exit 2; }

: "${NGINX_USER:=www-data}"
: "${NGINX_PID_FILE:=/run/nginx.pid}"
: "${NGINX_RUN_DIR:=/var/lib/nginx/ringtjek}"
: "${NGINX_LOG_DIR:=/var/log/nginx}"
: "${NGINX_CACHE_DIR:=/var/cache/nginx/ringtjek}"
: "${NGINX_CACHE_MAX_SIZE:=2g}"
: "${NGINX_CACHE_KEYS_SIZE:=32m}"
: "${NGINX_SERVER_NAME:=_}"
: "${NGINX_REDIRECT_LISTEN:=80}"
: "${NGINX_TLS_LISTEN:=443}"
: "${NGINX_HTTP_LISTEN:=127.0.0.1:8081}"
: "${NGINX_TLS_CERT:=/etc/ringtjek/tls/fullchain.pem}"
: "${NGINX_TLS_KEY:=/etc/ringtjek/tls/privkey.pem}"
: "${NGINX_INCLUDE_DIR:=/etc/nginx/ringtjek.d}"

# One "server" line per instance. max_fails/fail_timeout: an instance that fails twice is left out
# for 5 s, then tried again (passive health checking; the open-source nginx has no active one).
NGINX_UPSTREAM_SERVERS=""
for instance in $NGINX_UPSTREAMS; do
    [ -z "$NGINX_UPSTREAM_SERVERS" ] || NGINX_UPSTREAM_SERVERS="$NGINX_UPSTREAM_SERVERS
        "
    NGINX_UPSTREAM_SERVERS="${NGINX_UPSTREAM_SERVERS}server $instance max_fails=2 fail_timeout=5s;"
done

export NGINX_USER NGINX_PID_FILE NGINX_RUN_DIR NGINX_LOG_DIR NGINX_CACHE_DIR NGINX_CACHE_MAX_SIZE \
    NGINX_CACHE_KEYS_SIZE NGINX_SERVER_NAME NGINX_REDIRECT_LISTEN NGINX_TLS_LISTEN NGINX_HTTP_LISTEN \
    NGINX_TLS_CERT NGINX_TLS_KEY NGINX_INCLUDE_DIR NGINX_UPSTREAM_SERVERS

awk '
{
    line = $0
    out = ""
    while (match(line, /[$][{]NGINX_[A-Z0-9_]+[}]/)) {
        name = substr(line, RSTART + 2, RLENGTH - 3)
        if (!(name in ENVIRON) || ENVIRON[name] == "") {
            printf "nginx-render: %s has no value (line %d)\n", name, NR > "/dev/stderr"
            failed = 1
        }
        out = out substr(line, 1, RSTART - 1) ENVIRON[name]
        line = substr(line, RSTART + RLENGTH)
    }
    print out line
}
END { exit failed }
' "$template"
