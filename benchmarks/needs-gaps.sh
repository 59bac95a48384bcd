#!/usr/bin/env bash
# Gap analysis benchmark: 1,000 needs judged against the 100,000-service synthetic catalogue by
# catalogue.api.ServiceCoverage (one statement), median and p95 over RUNS runs after 5 warm-ups.
# Usage: benchmarks/needs-gaps.sh [needs] [runs]     (after ./mvnw -DskipTests package)
# Environment: PORT (default 8102), DATA (default /tmp/convivio-needs-gaps; created, or reused when
# the app already runs there). Starts the launcher when nothing answers on PORT, runs the synthetic
# generator once when the catalogue has no synthetic services, then the driver
# benchmarks/NeedsGapsBenchmark.java against the launcher's embedded PostgreSQL. Needs curl and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
needs=${1:-1000}
runs=${2:-30}
port=${PORT:-8102}
data=${DATA:-/tmp/convivio-needs-gaps}
jar=modules/launcher/target/convivio.jar
started_here=""
mkdir -p "$data"

if ! curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1; then
    echo "starting Convivio on port $port with data in $data"
    java -jar "$jar" --port "$port" --data-dir "$data" > "$data/run.log" 2>&1 &
    started_here=$!
    for _ in $(seq 1 1800); do
        curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1 && break
        sleep 0.1
    done
fi
stop() {
    if [ -n "$started_here" ]; then
        kill "$started_here" 2>/dev/null || true
        wait "$started_here" 2>/dev/null || true
    fi
}
trap stop EXIT

pgport=$(grep -ho 'Embedded PostgreSQL on port [0-9]*' "$data"/run*.log 2>/dev/null | tail -1 | grep -o '[0-9]*$' || true)
if [ -z "$pgport" ]; then
    pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
fi
psql_() { psql -h localhost -p "$pgport" -U postgres -d convivio -v ON_ERROR_STOP=1 -Atq "$@"; }
echo "PostgreSQL on port $pgport"
if [ "$(psql_ -c "SELECT count(*) FROM catalogue.organization WHERE email LIKE '%@synthetic.convivio.eu'")" = "0" ]; then
    java -cp "$jar" eu.convivio.launcher.SyntheticCatalogue --url "jdbc:postgresql://localhost:$pgport/convivio" --user postgres
fi
echo "active services: $(psql_ -c "SELECT count(*) FROM catalogue.service WHERE status = 'active'")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cp=modules/catalogue/target/classes:$(ls modules/launcher/target/lib/postgresql-*.jar)
java -cp "$cp" benchmarks/NeedsGapsBenchmark.java "jdbc:postgresql://localhost:$pgport/convivio" postgres "$needs" "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
