#!/usr/bin/env bash
# Restore drill (issue 15, item 7; docs/operations.md): dumps a database with pg_dump, restores the dump into a fresh
# database with pg_restore, starts the product on the copy, waits for its readiness and checks the crash harness's
# invariants on it (every acknowledged case and step of the journal present, every case with its process, read models
# equal to their rebuild, no decision twice, timers in place and due ones fired).
#
#   tools/restore-drill.sh [source-database=gsoia_crash]
#
# Connection from PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD; the copy is RESTORE_DATABASE
# (gsoia_restore, dropped and created afresh); RESTORE_JOURNAL is the journal of acknowledged work that must be in the
# dump (default: the crash harness's, target/crash/journal; dump only while nothing writes to the source, or entries
# acknowledged after the dump began are missing by right); RESTORE_PORT (8093). Exit status 1 when an invariant fails.
set -euo pipefail
cd "$(dirname "$0")/.."

source_database=${1:-gsoia_crash}
target_database=${RESTORE_DATABASE:-gsoia_restore}
journal=${RESTORE_JOURNAL:-target/crash/journal}
port=${RESTORE_PORT:-8093}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
out=target/restore
mkdir -p "$out"

if [[ ! -f target/bench.cp || "${RESTORE_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
fi
classpath="target/test-classes:target/classes:$(cat target/bench.cp)"

started=$(date +%s)
pg_dump --format=custom --file="$out/$source_database.dump" "$source_database"
dumped=$(date +%s)
dropdb --if-exists "$target_database"
createdb "$target_database"
pg_restore --exit-on-error --no-owner --dbname="$target_database" "$out/$source_database.dump"
restored=$(date +%s)
echo "dump of $source_database: $(du -h "$out/$source_database.dump" | cut -f1) in $((dumped - started)) s;" \
  "restored into $target_database in $((restored - dumped)) s"

log="$out/drill.log"
BENCH_PG_URL="jdbc:postgresql://$PGHOST:$PGPORT/" BENCH_PG_USER="$PGUSER" BENCH_PG_PASSWORD="${PGPASSWORD:-}" \
  java -Xmx1536m -cp "$classpath" org.gsoia.workflow.reliability.CrashLoad check --database "$target_database" \
  --journal "$journal" --port "$port" --hold 15 >"$log" 2>&1 &
pid=$!
until curl -fsS "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the product stopped before it was ready (see $log)" >&2
    exit 2
  fi
  sleep 1
done
echo "product ready on the restored database after $(($(date +%s) - restored)) s (readiness UP)"
status=0
wait "$pid" || status=$?
grep "^INVARIANT" "$log"
echo "restore drill: $(grep -c 'INVARIANT PASS' "$log") invariants held, $(grep -c 'INVARIANT FAIL' "$log") failed"
exit "$status"
