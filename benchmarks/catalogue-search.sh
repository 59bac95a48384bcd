#!/usr/bin/env bash
# Catalogue search under load: the launched app over 100,000 synthetic services, wrk at 32
# connections with a mix of portal searches, and pgbench running the same SQL against the same
# PostgreSQL at 32 clients, side by side in one run.
# Usage: benchmarks/catalogue-search.sh [seconds]      (after ./mvnw -DskipTests package)
# Then the same mix with each client pausing between searches (THINK_MS, default 250: 125-375 ms),
# for the latency below saturation.
# Environment: PORT (default 8081), DATA (default /tmp/convivio-search; created, or reused when the
# app already runs there), WARMUP seconds (default 20), THINK_MS. Needs curl, wrk, pgbench and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=${PORT:-8081}
data=${DATA:-/tmp/convivio-search}
warmup=${WARMUP:-20}
jar=modules/launcher/target/convivio.jar
bench=benchmarks
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

# the embedded PostgreSQL: its port is in the launcher's log; it trusts local connections
pgport=$(grep -ho 'Embedded PostgreSQL on port [0-9]*' "$data"/run*.log 2>/dev/null | tail -1 | grep -o '[0-9]*$' || true)
if [ -z "$pgport" ]; then
    pgport=$(sed -n 4p "$data/postgres/postmaster.pid")
fi
psql_() { psql -h localhost -p "$pgport" -U postgres -d convivio -v ON_ERROR_STOP=1 -Atq "$@"; }
echo "PostgreSQL on port $pgport"

if [ "$(psql_ -c "SELECT count(*) FROM catalogue.organization WHERE email LIKE '%@synthetic.convivio.eu'")" = "0" ]; then
    java -cp "$jar" eu.convivio.launcher.SyntheticCatalogue --url "jdbc:postgresql://localhost:$pgport/convivio" --user postgres
fi
echo "search rows: $(psql_ -c 'SELECT count(*) FROM catalogue.searchable_service'), services: $(psql_ -c "SELECT count(*) FROM catalogue.service WHERE status = 'active'")"

export MUNICIPALITIES="$data/municipalities.txt"
psql_ -c "SELECT md5('synthetic:municipality:' || n)::uuid FROM generate_series(0, 299) n" > "$MUNICIPALITIES"

url="http://localhost:$port"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up: $warmup s"
wrk -t2 -c32 -d"${warmup}s" -s "$bench/catalogue-search.lua" "$url" > /dev/null
echo "== wrk: 32 connections, $seconds s, the portal mix ($bench/catalogue-search.lua)"
wrk -t2 -c32 -d"${seconds}s" --latency -s "$bench/catalogue-search.lua" "$url" | tee "$data/wrk.txt"
echo "load average after wrk: $(cut -d' ' -f1-3 /proc/loadavg)"
think=${THINK_MS:-250}
echo "== wrk: 32 connections, $seconds s, the same mix with each client waiting $((think / 2))–$((think * 3 / 2)) ms between searches"
THINK_MS=$think wrk -t2 -c32 -d"${seconds}s" --latency -s "$bench/catalogue-search.lua" "$url" | tee "$data/wrk-paced.txt"
echo "== pgbench: 32 clients, 2 threads, $seconds s, the same SQL (weights as in the wrk mix)"
pgbench -h localhost -p "$pgport" -U postgres -n -M prepared -c 32 -j 2 -T "$seconds" \
    -f "$bench/catalogue-search-text-municipality.pgbench@40" \
    -f "$bench/catalogue-search-text.pgbench@20" \
    -f "$bench/catalogue-search-municipality-filters.pgbench@20" convivio | tee "$data/pgbench.txt" \
    | grep -E 'number of (transactions|failed)|latency average|tps|^SQL script|weight|- latency' || true
echo "load average after pgbench: $(cut -d' ' -f1-3 /proc/loadavg)"
