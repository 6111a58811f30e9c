#!/usr/bin/env bash
# Bounded load on `dyadscope serve` over a run's store, on 127.0.0.1 only. See README, "The workbench".
#
# Usage: bench/serve.sh [OUT_DIR] [CLIENTS] [SECONDS]
#        (defaults: out/russia-iran-2012-2022, run first when it has no store; 20 clients; 30 s)
# Env:   BENCH_DIR (default /tmp/dyadscope-bench), BENCH_DATA (data root for the flagship run, default ../shared/data)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/out/russia-iran-2012-2022}"
CLIENTS="${2:-20}"
SECONDS_="${3:-30}"
WORK="${BENCH_DIR:-/tmp/dyadscope-bench}"
JAR="$ROOT/core/target/dyadscope.jar"
mkdir -p "$WORK/serve-classes"

if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/core/src/main" "$ROOT/core/pom.xml" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  echo "bench: building the jar..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -pl core -am package)
fi
if [[ ! -f "$OUT/case.duckdb" ]]; then
  echo "bench: no store in $OUT; running the flagship case..." >&2
  (cd "$ROOT" && java -jar "$JAR" run cases/russia-iran-2012-2022 --data "${BENCH_DATA:-$ROOT/../shared/data}" --out "$OUT")
fi
javac -d "$WORK/serve-classes" -cp "$JAR" "$ROOT/bench/ServeLoad.java"

LOG="$WORK/serve.log"
(cd "$ROOT" && exec java -jar "$JAR" serve "$OUT" --case cases/russia-iran-2012-2022 --port 0 >"$LOG" 2>&1) &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 120); do
  URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$LOG" || true)"
  [[ -n "$URL" ]] && break
  kill -0 "$SERVER" 2>/dev/null || { echo "bench: the server stopped:" >&2; cat "$LOG" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$URL" ]] || { echo "bench: the server did not start in 60 s" >&2; cat "$LOG" >&2; exit 1; }
echo "bench: server pid $SERVER at $URL (store $OUT/case.duckdb; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
java -cp "$JAR:$WORK/serve-classes" ServeLoad "$URL" "$CLIENTS" "$SECONDS_"
