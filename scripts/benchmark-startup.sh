#!/usr/bin/env bash
# Benchmark (not a test): the packaged jar's start-up time with embedded PostgreSQL (docs/performance.md, "Start-up and
# the heap at idle"; docs/operations.md, "Starting faster"):
#   1. the first start on an empty data directory (PostgreSQL initialised, schema migrated, demo data loaded);
#   2. a restart on the kept data, `java -jar` as it comes;
#   3. a first start and three restarts on the kept data as the operations guide starts a node: the jar extracted, the
#      context the build prepared ahead of time (-Dspring.aot.enabled=true), and the classes kept from a training run
#      (an AOT cache on Java 25 or later, a class data sharing archive before that);
# and the heap in use at idle after a full GC. Prints the figures. JAVA picks the java to run (default: the one on the
# PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
PORT=${PORT:-18080}
MANAGEMENT_PORT=${WAYPOINT_MANAGEMENT_PORT:-18081}
WORK=$(mktemp -d /tmp/waypoint-bench.XXXXXX)
trap 'kill "${PID:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/waypoint-*.jar | grep -v original | head -1)
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/application" >/dev/null
EXTRACTED=$(basename "$JAR")
if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  TRAIN=(-XX:AOTCacheOutput=waypoint.aot); KEPT=(-XX:AOTCache=waypoint.aot); KIND="AOT cache"
else
  TRAIN=(-XX:ArchiveClassesAtExit=waypoint.jsa); KEPT=(-XX:SharedArchiveFile=waypoint.jsa); KIND="class data sharing archive"
fi

# start <label> <directory to run in> <java arguments...>: waits for the start and prints its time
start() {
  local label=$1 dir=$2; shift 2
  local log="$WORK/run-$RANDOM.log"
  (cd "$dir" && PORT=$PORT WAYPOINT_MANAGEMENT_PORT=$MANAGEMENT_PORT WAYPOINT_DATA="${DATA_DIR:-$WORK/data}" \
    exec "$JAVA" ${JAVA_OPTS:-} "$@" >"$log" 2>&1) &
  PID=$!
  for _ in $(seq 1 480); do
    grep -q 'Started WaypointApplication' "$log" && break
    if ! kill -0 "$PID" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.25
  done
  grep -o 'Started WaypointApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" | sed "s/^/$label: /"
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }

start "first start (empty data directory)" . -jar "$JAR"
sleep 60 # the demo provider finishes loading
stop
start "restart (kept data), java -jar" . -jar "$JAR"
curl -s -o /dev/null "http://localhost:$PORT/sign-in"
sleep 10
JCMD="${JAVA%java}jcmd"
"$JCMD" "$PID" GC.run >/dev/null
sleep 1
"$JCMD" "$PID" GC.heap_info | awk '/used/ && /total/ {print "heap at idle after a full GC: " $0; exit}'
stop

# the training run, on a scratch data directory as the operations guide says, then the restart on the kept data
(cd "$WORK/application" && PORT=$PORT WAYPOINT_MANAGEMENT_PORT=$MANAGEMENT_PORT WAYPOINT_DATA="$WORK/training" \
  "$JAVA" -Dspring.aot.enabled=true "${TRAIN[@]}" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" >"$WORK/training.log" 2>&1)
DATA_DIR="$WORK/fresh" start "first start (empty data directory), extracted, prepared context and $KIND" \
  "$WORK/application" -Dspring.aot.enabled=true "${KEPT[@]}" -jar "$EXTRACTED"
stop
for run in 1 2 3; do
  start "restart (kept data), extracted, prepared context and $KIND, run $run" "$WORK/application" \
    -Dspring.aot.enabled=true "${KEPT[@]}" -jar "$EXTRACTED"
  stop
done
echo "java: $("$JAVA" -version 2>&1 | head -1)"
echo "cores: $(nproc)"
