#!/usr/bin/env bash
# Two nodes on one PostgreSQL (docs/operations.md, "Two nodes on one PostgreSQL"): builds the production jar and the proof's driver,
# creates a fresh database, starts node A and node B at the same moment (both with the job executor, A with the demo
# cast), and runs TwoNodeProof against them: timers fire exactly once, tasks complete through either node, inbox and
# dashboard agree, node B carries on after node A is killed with -9.
#
#   tools/two-nodes.sh            build if needed, then prove
#   tools/two-nodes.sh --rebuild  build the jar and the driver anew first
#
# Needs: JDK 17, PostgreSQL reachable as below (a user that may create databases), Node.js for the production build,
# Chromium and chromedriver under /usr/bin for the browser steps. Optional environment: CLUSTER_PGHOST (127.0.0.1),
# CLUSTER_PGPORT (5432), CLUSTER_PGUSER (postgres), CLUSTER_PGPASSWORD (empty), CLUSTER_DB (gsoia_cluster),
# CLUSTER_PORT_A (8081), CLUSTER_PORT_B (8082), CLUSTER_PROXY_PORT (8090), CLUSTER_LOCK_MS (20000), PROOF_TIMERS (200),
# PROOF_FAILOVER (120). With haproxy on the PATH the proof also runs the browser through docker/haproxy-cluster.cfg
# (sticky sessions, and a session of the killed node landing on the other).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

pghost="${CLUSTER_PGHOST:-127.0.0.1}"
pgport="${CLUSTER_PGPORT:-5432}"
pguser="${CLUSTER_PGUSER:-postgres}"
export PGPASSWORD="${CLUSTER_PGPASSWORD:-}"
db="${CLUSTER_DB:-gsoia_cluster}"
port_a="${CLUSTER_PORT_A:-8081}"
port_b="${CLUSTER_PORT_B:-8082}"
port_proxy="${CLUSTER_PROXY_PORT:-8090}"
lock_ms="${CLUSTER_LOCK_MS:-20000}"
jar="target/gsoia-workflow.jar"
classpath_file="target/two-nodes.classpath"
logs="target/two-nodes"

if [[ "${1:-}" == "--rebuild" || ! -f "$jar" ]]; then
  echo "Building the production jar ..."
  ./mvnw -B -q -Pproduction -DskipTests package
fi
if [[ "${1:-}" == "--rebuild" || ! -f "$classpath_file" \
      || ! -f target/test-classes/org/gsoia/workflow/reliability/TwoNodeProof.class ]]; then
  echo "Compiling the proof's driver ..."
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
fi

mkdir -p "$logs"
# a leftover process on one of the ports would take part unseen (HAProxy even shares its port with another)
for port in "$port_a" "$port_b" "$port_proxy"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use: stop what listens there first" >&2
    exit 1
  fi
done
psql=(psql -h "$pghost" -p "$pgport" -U "$pguser" -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
jdbc="jdbc:postgresql://$pghost:$pgport/$db"

pids=()
stop_nodes() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_nodes EXIT

# node <name> <port> <profiles>: every node alike but for its port, its name in the job log and (A only) the demo cast
node() {
  local name="$1" port="$2" profiles="$3"
  GSOIA_SECURE_COOKIE=false GSOIA_NOTIFICATIONS_MAIL=false \
  java -Xmx768m -jar "$jar" \
    --spring.profiles.active="$profiles" \
    --server.port="$port" \
    --spring.datasource.url="$jdbc" \
    --spring.datasource.username="$pguser" \
    --spring.datasource.password="$PGPASSWORD" \
    --gsoia.demo.history=false \
    --gsoia.demo.seed-in-background=false \
    --gsoia.public-url="http://localhost:$port" \
    --camunda.bpm.generic-properties.properties.hostname="$name" \
    --camunda.bpm.job-execution.lock-time-in-millis="$lock_ms" \
    --camunda.bpm.job-execution.max-wait=5000 \
    >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

echo "Starting node-a (:$port_a, demo cast) and node-b (:$port_b) on $db at the same moment ..."
node node-a "$port_a" postgres,demo
pid_a=$!
node node-b "$port_b" postgres
pid_b=$!

ready() {
  curl -fsS "http://localhost:$1/actuator/health/readiness" >/dev/null 2>&1
}
for _ in $(seq 1 300); do
  if ready "$port_a" && ready "$port_b"; then
    break
  fi
  for pid in "$pid_a" "$pid_b"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "A node ended during start-up; see $logs/node-a.log and $logs/node-b.log" >&2
      exit 1
    fi
  done
  sleep 2
done
ready "$port_a" && ready "$port_b" || { echo "Nodes not ready after 10 minutes" >&2; exit 1; }
echo "Both nodes ready."

proxy=""
if command -v haproxy >/dev/null; then
  GSOIA_PROXY_PORT="$port_proxy" GSOIA_NODE_A="127.0.0.1:$port_a" GSOIA_NODE_B="127.0.0.1:$port_b" \
    haproxy -db -f docker/haproxy-cluster.cfg >"$logs/haproxy.log" 2>&1 &
  pids+=($!)
  proxy="http://localhost:$port_proxy"
  echo "HAProxy in front of both on :$port_proxy."
else
  echo "No haproxy on the PATH: the proof runs without the proxy."
fi

java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  -Dproof.timers="${PROOF_TIMERS:-200}" -Dproof.failover="${PROOF_FAILOVER:-120}" \
  -Dproof.lockMillis="$lock_ms" \
  org.gsoia.workflow.reliability.TwoNodeProof \
  "http://localhost:$port_a" "$pid_a" "http://localhost:$port_b" "$pid_b" "$jdbc" "$pguser" "$PGPASSWORD" $proxy \
  | tee "$logs/result.txt"
exit "${PIPESTATUS[0]}"
