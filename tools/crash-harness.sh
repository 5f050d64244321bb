#!/usr/bin/env bash
# Crash safety under kill -9 (issue 15, item 2; docs/benchmarks.md, "Crash safety under kill -9"): runs the product with load on PostgreSQL,
# kills the JVM with SIGKILL at a random moment, restarts it and checks the invariants, CYCLES times.
#
#   tools/crash-harness.sh [cycles=10]
#
# PostgreSQL from BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/), BENCH_PG_USER (postgres),
# BENCH_PG_PASSWORD; database CRASH_DATABASE (gsoia_crash, dropped and created afresh); port CRASH_PORT (8091);
# CRASH_THREADS (4) load threads; CRASH_SKIP_BUILD=1 reuses target/ as it is. Logs and the journal of acknowledged
# work go to target/crash/. Exit status 1 when any invariant failed.
set -euo pipefail
cd "$(dirname "$0")/.."

cycles=${1:-10}
database=${CRASH_DATABASE:-gsoia_crash}
port=${CRASH_PORT:-8091}
threads=${CRASH_THREADS:-4}
out=target/crash

if [[ "${CRASH_SKIP_BUILD:-0}" != 1 || ! -f target/bench.cp ]]; then
  ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
fi
classpath="target/test-classes:target/classes:$(cat target/bench.cp)"
rm -rf "$out" && mkdir -p "$out"

product() { # mode log [options…]: starts one life of the product in the background, its pid in $pid
  local mode=$1 log=$2
  : >"$log"
  shift 2
  (exec java -Xmx1536m -cp "$classpath" org.gsoia.workflow.reliability.CrashLoad "$mode" --database "$database" \
    --journal "$out/journal" --port "$port" --threads "$threads" "$@") >"$log" 2>&1 &
  pid=$!
}

value() { # pattern log: the last value after the pattern
  grep -o "$1[0-9.]*" "$2" | tail -1 | sed "s/$1//"
}

failures=0
ready_times=()
for ((cycle = 1; cycle <= cycles; cycle++)); do
  log="$out/cycle-$cycle.log"
  fresh=()
  ((cycle == 1)) && fresh=(--fresh)
  product load "$log" "${fresh[@]}"
  waited=0
  until grep -q "LOAD RUNNING" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null || ((waited >= 900)); then
      echo "cycle $cycle: the product did not reach its load (see $log)" >&2
      kill -9 "$pid" 2>/dev/null || true
      exit 2
    fi
    sleep 1
    waited=$((waited + 1))
  done
  load_seconds=$((5 + RANDOM % 21))
  sleep "$load_seconds"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  found=$(value "CHECK DONE failures=" "$log")
  failures=$((failures + found))
  ready=$(value "PRODUCT READY in " "$log")
  ready_times+=("$ready")
  echo "cycle $cycle: ready in ${ready} s; invariants failed: $found ($(grep -c 'INVARIANT PASS' "$log") passed);" \
    "killed after ${load_seconds} s of load; $(grep '^LOAD {' "$log" | tail -1 | cut -c6-)"
  grep "INVARIANT FAIL" "$log" || true
done

log="$out/final.log"
product check "$log"
wait "$pid" || true
found=$(value "CHECK DONE failures=" "$log")
failures=$((failures + ${found:-1}))
echo "final check: ready in $(value "PRODUCT READY in " "$log") s; invariants failed: ${found:-unknown}" \
  "($(grep -c 'INVARIANT PASS' "$log") passed)"
grep "INVARIANT FAIL" "$log" || true

echo
echo "Summary: $cycles kills; acknowledged: $(grep -c '^SUBMITTED' "$out/journal") requests," \
  "$(grep -c '^CERTIFIED' "$out/journal") certifications, $(grep -c '^DECIDED' "$out/journal") decisions," \
  "$(grep -c '^ACKNOWLEDGED' "$out/journal") acknowledgements, $(grep -c '^DISPATCHED' "$out/journal") dispatches;" \
  "start-up times (s): ${ready_times[*]}; invariant failures: $failures"
((failures == 0))
