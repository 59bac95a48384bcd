#!/usr/bin/env bash
# Startup to ready, and memory (RSS) idle and under load, of the one-command run.
# Usage: benchmarks/startup-and-memory.sh [runs]    (after ./mvnw -DskipTests package)
# Needs curl and wrk (apt-get install -y wrk). Everything runs on this machine's loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18080
jar=modules/launcher/target/convivio.jar
data=$(mktemp -d /tmp/convivio-bench.XXXXXX)
trap 'pkill -f "convivio.jar --port $port" || true; rm -rf "$data"' EXIT

ready_time() {
    local start end
    start=$(date +%s.%N)
    java -jar "$jar" --port "$port" --data-dir "$data" > "$data/run.log" 2>&1 &
    for _ in $(seq 1 600); do
        if curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1; then
            end=$(date +%s.%N)
            echo "$end - $start" | bc
            return 0
        fi
        sleep 0.1
    done
    echo "not ready after 60 s" >&2
    return 1
}

rss_mb() { # total RSS of the supervisor and the server JVM, in MB
    local total=0
    for pid in $(pgrep -f -- "--port $port --data-dir $data"); do
        total=$((total + $(ps -o rss= -p "$pid")))
    done
    echo $((total / 1024))
}

stop() {
    pkill -f "convivio.jar --port $port" || true
    while pgrep -f -- "--port $port --data-dir $data" > /dev/null; do sleep 0.2; done
}

echo "first start (empty database: migrations and demo data): $(ready_time) s"
stop
for i in $(seq 1 "$runs"); do
    echo "start $i (existing data): $(ready_time) s"
    [ "$i" -lt "$runs" ] && stop
done
echo "RSS idle after start: $(rss_mb) MB"
wrk -t2 -c32 -d30s "http://localhost:$port/api/municipalities" | sed 's/^/  /'
echo "RSS after 30 s at 32 connections: $(rss_mb) MB"
server=$(pgrep -f "convivio.launcher.child=true.*--port $port" | head -1)
echo "server JVM heap: $(jcmd "$server" GC.heap_info 2>/dev/null | head -3 | tr -s ' ' | paste -sd' ')"
