#!/usr/bin/env bash
# Benchmark (not a test): the packaged jar's start-up time with embedded PostgreSQL, first start on an empty data
# directory (PostgreSQL initialised, schema migrated, demo data loaded) and a restart on the kept data, and the heap
# in use at idle after a full GC. Prints the figures; README.md records them.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
MANAGEMENT_PORT=${WAYPOINT_MANAGEMENT_PORT:-18081}
DATA=$(mktemp -d /tmp/waypoint-bench.XXXXXX)
trap 'kill "${PID:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DATA"' EXIT

[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/waypoint-*.jar | grep -v original | head -1)

start() {
  local log="$DATA/run-$1.log"
  PORT=$PORT WAYPOINT_MANAGEMENT_PORT=$MANAGEMENT_PORT WAYPOINT_DATA="$DATA/data" java ${JAVA_OPTS:-} -jar "$JAR" >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    grep -q 'Started WaypointApplication' "$log" && break
    if ! kill -0 "$PID" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.5
  done
  grep -o 'Started WaypointApplication in [0-9.]* seconds' "$log" | sed "s/^/$1: /"
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }

start "first start (empty data directory)"
stop
start "restart (kept data)"
curl -s -o /dev/null "http://localhost:$PORT/sign-in"
sleep 10
jcmd "$PID" GC.run >/dev/null
sleep 1
jcmd "$PID" GC.heap_info | awk '/used/ && /total/ {print "heap at idle after a full GC: " $0; exit}'
echo "cores: $(nproc)"
stop
