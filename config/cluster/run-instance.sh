#!/usr/bin/env bash
# Starts one Convivio instance of a cluster: plain Payara Micro with the WAR, joined to the other
# instances through Hazelcast (same cluster name), all on one PostgreSQL. See docs/operations.md.
# Usage: CONVIVIO_DB_URL=... CONVIVIO_DB_USER=... CONVIVIO_DB_PASSWORD=... \
#        run-instance.sh path/to/payara-micro.jar path/to/convivio.war [port]
set -euo pipefail
micro=${1:?payara-micro.jar}
war=${2:?convivio.war}
port=${3:-8080}
here=$(cd "$(dirname "$0")/.." && pwd)
: "${CONVIVIO_DB_URL:?set CONVIVIO_DB_URL}"
export CONVIVIO_DEMO=${CONVIVIO_DEMO:-false}
exec java -Xmx512m -jar "$micro" \
    --deploy "$war" --contextroot / \
    --port "$port" \
    --clustername convivio --clusterpassword "${CONVIVIO_CLUSTER_PASSWORD:-convivio}" \
    --postbootcommandfile "$here/payara/post-boot-commands.asadmin" \
    --nohostaware
