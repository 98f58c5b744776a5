#!/bin/bash
# Run once by the postgres image when it creates the primary's data folder (docker-entrypoint-initdb.d):
# the replication role the replica's pg_basebackup and streaming connect as, allowed from the network.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set=password="$REPLICATION_PASSWORD" <<'SQL'
create role replicator with replication login password :'password';
SQL
echo "host replication replicator all scram-sha-256" >>"$PGDATA/pg_hba.conf"
