#!/bin/bash
# The replica's entry point in docker/compose.yaml: the first time (empty data folder) copy the primary
# with pg_basebackup (-R writes the standby settings, -C -S a replication slot that keeps the WAL the
# replica still needs), then run PostgreSQL as a hot standby streaming from it.
set -euo pipefail
if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
    until pg_isready -h "$PRIMARY_HOST" -U replicator -d postgres -q; do
        echo "waiting for the primary at $PRIMARY_HOST"
        sleep 1
    done
    chmod 700 "$PGDATA"
    PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" \
        -R -X stream -C -S ringtjek_replica --checkpoint=fast
fi
exec postgres -c hot_standby=on
