#!/usr/bin/env bash
# Times the import of an HSDS data package of 100,000 services into a freshly started Convivio.
#
#   benchmarks/catalogue-import.sh [PACKAGE.zip]
#
# Without PACKAGE, or when EXPORT_FROM names a running instance (e.g. http://localhost:8084, one
# filled by the search benchmark's generator), the package is exported from there first; failing
# both, benchmarks/catalogue-datapackage.py writes a synthetic one (SERVICES, default 100000).
# Starts the built jar (./mvnw -o -q -DskipTests package) on PORT (8083) with a new data directory
# DATA_DIR (/tmp/convivio-import-benchmark, deleted first), imports as the demo admin with a bearer
# token (once the load average is below 1, or after SETTLE seconds, default 60), prints the report, the time and the service count, waits (psql) until the search rows the
# import queued for after its commit are rebuilt and says when, and stops the instance.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8083}
DATA_DIR=${DATA_DIR:-/tmp/convivio-import-benchmark}
SERVICES=${SERVICES:-100000}
PACKAGE=${1:-}
# (the jar finds its libraries beside it: do not build while this runs)
JAR=modules/launcher/target/convivio.jar

if [[ -z "$PACKAGE" ]]; then
    PACKAGE=/tmp/convivio-catalogue-${SERVICES}.zip
    if [[ -n "${EXPORT_FROM:-}" ]]; then
        echo "exporting the data package from $EXPORT_FROM"
        /usr/bin/time -f "export: %e s" curl -sf -o "$PACKAGE" "$EXPORT_FROM/api/catalogue/export?format=datapackage"
    elif [[ ! -f "$PACKAGE" ]]; then
        echo "writing a synthetic package of $SERVICES services to $PACKAGE"
        python3 benchmarks/catalogue-datapackage.py "$PACKAGE" "$SERVICES"
    fi
fi
ls -l "$PACKAGE"

rm -rf "$DATA_DIR"
java -jar "$JAR" --port "$PORT" --data-dir "$DATA_DIR" > "$DATA_DIR.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready")" == 200 ]] && break
    sleep 1
done
BASE=http://localhost:$PORT
TOKEN=$(curl -sf -X POST "$BASE/api/tokens" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"convivio-demo-2026","name":"import benchmark"}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')
BEFORE=$(curl -sf "$BASE/api/hsds/services?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_items"])')

# let the fresh instance's own start settle (compilation, start-up jobs) so that the figure is the import's
for _ in $(seq 1 "${SETTLE:-60}"); do
    awk '{exit !($1 < 1.0)}' /proc/loadavg && break
    sleep 1
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
START=$(date +%s.%N)
STATUS=$(curl -s -o /tmp/convivio-import-report.json -w '%{http_code}' -X POST "$BASE/api/catalogue/import" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/zip' --data-binary "@$PACKAGE" --max-time 900)
END=$(date +%s.%N)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

AFTER=$(curl -sf "$BASE/api/hsds/services?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_items"])')
echo "HTTP $STATUS"
python3 -c 'import json; r=json.load(open("/tmp/convivio-import-report.json")); print({k: r[k] for k in ("created", "updated", "search_rows_queued")} if "created" in r else r)'
echo "services before: $BEFORE, after: $AFTER"
echo "import time: $(echo "$END - $START" | bc) s"

# a large import leaves its services' search rows to the backlog (V24): how long until search has them all
PGPORT=$(grep -ao 'Embedded PostgreSQL on port [0-9]*' "$DATA_DIR.log" | tail -1 | grep -o '[0-9]*$')
if [[ -n "$PGPORT" ]]; then
    while true; do
        WAITING=$(psql -h localhost -p "$PGPORT" -U postgres -d convivio -Atqc 'SELECT count(*) FROM catalogue.searchable_service_backlog')
        [[ "$WAITING" == 0 ]] && break
        sleep 1
    done
    CAUGHT_UP=$(date +%s.%N)
    echo "search rows caught up: $(echo "$CAUGHT_UP - $END" | bc) s after the import answered ($(echo "$CAUGHT_UP - $START" | bc) s after it started)"
    echo "search rows: $(psql -h localhost -p "$PGPORT" -U postgres -d convivio -Atqc 'SELECT count(*) FROM catalogue.searchable_service')"
fi
