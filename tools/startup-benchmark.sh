#!/usr/bin/env bash
# Start-up of the production jar, measured from launching java to /actuator/health/readiness answering UP:
#   1. on an empty PostgreSQL database (Liquibase creates every table);
#   2. RUNS restarts on that existing database, plain jar;
#   3. RUNS restarts with class data sharing (Spring Boot's extracted layout plus a CDS archive from a training run);
#   4. the demo profile on a fresh H2 database: readiness, and when the demo cases (filed in the background) are ready.
# After each ready start it also prints the heap in use after a full collection (jcmd).
#
# Usage: tools/startup-benchmark.sh [--build]     (--build: build the production jar first, as the README says)
# Settings: RUNS (5), PORT (18080), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres; trust or PGPASSWORD).
# Figures from this machine are in docs/benchmarks.md. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-18080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=gsoia_bench_startup
JAR=target/gsoia-workflow.jar
WORK=target/startup-benchmark

if [[ "${1:-}" == "--build" || ! -f "$JAR" ]]; then
  ./mvnw -B -q -Pproduction -DskipTests package
fi
rm -rf "$WORK" && mkdir -p "$WORK"

export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER"
export SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" GSOIA_NOTIFICATIONS_MAIL=false GSOIA_SECURE_COOKIE=false
export GSOIA_ADMIN_INITIAL_PASSWORD='Startup-Bench-2026!' PORT

# start <label> <profile> <log> [java options...]: prints seconds to readiness and the heap after a full GC
start() {
  local label=$1 profile=$2 log=$3; shift 3
  local t0 t1 pid heap
  t0=$(date +%s%N)
  SPRING_PROFILES_ACTIVE=$profile java "$@" -jar "${RUN_JAR:-$JAR}" > "$log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" > /dev/null 2>&1; do
    if ! kill -0 "$pid" 2> /dev/null; then echo "$label: the application stopped, see $log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  jcmd "$pid" GC.run > /dev/null
  heap=$(jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i < NF; i++) if ($i == "used") { print $(i+1); exit } }')
  printf "%-34s ready after %5.1f s   heap after GC %s   (load %s)\n" "$label" \
    "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$heap" "$(cut -d' ' -f1 /proc/loadavg)"
  if [[ -n "${WAIT_FOR:-}" ]]; then
    until grep -q "$WAIT_FOR" "$log"; do sleep 0.2; done
    printf "%-34s %s after %5.1f s\n" "" "$WAIT_FOR" "$(echo "($(date +%s%N) - $t0) / 1000000000" | bc -l)"
  fi
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
echo "Production jar, profile postgres, PostgreSQL $PGHOST:$PGPORT, $(nproc) cores"
start "empty database (migration)" postgres "$WORK/first.log"
for i in $(seq 1 "$RUNS"); do start "existing database, run $i" postgres "$WORK/plain-$i.log"; done

# Class data sharing: the classes a start loads, archived once by a training run that stops after the refresh
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
SPRING_PROFILES_ACTIVE=postgres java -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$WORK/app/gsoia-workflow.jar" > "$WORK/training.log" 2>&1
for i in $(seq 1 "$RUNS"); do
  RUN_JAR="$WORK/app/gsoia-workflow.jar" start "existing database, CDS, run $i" postgres "$WORK/cds-$i.log" \
    -XX:SharedArchiveFile="$WORK/app/app.jsa"
done

# The demo on a fresh H2 file database (its ./data lands in the work folder)
(cd "$WORK" && unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD &&
  RUN_JAR="../../$JAR" WAIT_FOR="Demo data ready" start "demo profile, fresh H2" demo "demo.log")
psql -q -d postgres -c "drop database if exists $DB"
