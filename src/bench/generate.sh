#!/usr/bin/env bash
# Fills a freshly migrated Ringtjek database with benchmark data of one size:
#   src/bench/generate.sh smoke|small|medium|large
# Connects with the usual PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) as a superuser.
# Runs sql/NN-*.sql in order in PostgreSQL itself (generate_series), one psql session per step; a step
# with "-- requires-table: NAME" lines runs only when those tables exist (hooks for later features).
# The data is the same on every run: it is drawn from hashes, not from random().
set -euo pipefail

SIZE="${1:-}"
SQL_DIR="$(cd "$(dirname "$0")" && pwd)/sql"

# numbers, rank-1 report count, Zipf exponent, curated entries. The exponent is chosen so that the
# expected number of reports is 1 thousand (smoke), 10 thousand, 1 million and 10 million.
case "$SIZE" in
    smoke)  NUMBERS=300;     TOP=150;   ZIPF=1.0384; CURATED=20 ;;
    small)  NUMBERS=3000;    TOP=2000;  ZIPF=1.2676; CURATED=200 ;;
    medium) NUMBERS=400000;  TOP=10000; ZIPF=0.7686; CURATED=300 ;;
    large)  NUMBERS=4000000; TOP=30000; ZIPF=0.7123; CURATED=400 ;;
    *) echo "usage: $0 smoke|small|medium|large" >&2; exit 2 ;;
esac

# bulk load: no per-row foreign-key triggers (the data is consistent by construction; verify.sql
# checks it), and memory for the big sort and aggregation
export PGOPTIONS="${PGOPTIONS:-} -c session_replication_role=replica -c work_mem=1GB -c maintenance_work_mem=1GB -c client_min_messages=warning"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

started=$(now_ms)
for file in "$SQL_DIR"/[0-9][0-9]-*.sql; do
    step="$(basename "$file")"
    missing=""
    for table in $(sed -n 's/^-- requires-table: *\([A-Za-z0-9_]*\).*/\1/p' "$file"); do
        exists="$(psql -X -Atq -v ON_ERROR_STOP=1 -c "select to_regclass('public.$table') is not null")"
        [[ "$exists" == t ]] || missing="$missing $table"
    done
    if [[ -n "$missing" ]]; then
        echo "== $step: skipped, table(s) not there yet:$missing"
        continue
    fi
    echo "== $step"
    t=$(now_ms)
    psql -X -q -v ON_ERROR_STOP=1 -P pager=off \
        -v numbers="$NUMBERS" -v top="$TOP" -v zipf="$ZIPF" -v curated="$CURATED" -f "$file"
    echo "   ($(( $(now_ms) - t )) ms)"
done
echo "== generated '$SIZE' in $(( $(now_ms) - started )) ms"
