#!/usr/bin/env bash
# The Spark extract in local[1], local[2] and on a standalone cluster of a master and two 1-core
# workers on 127.0.0.1, all from the Spark jars Maven fetched (no Spark download). See README,
# "Scale out on Spark".
#
# Usage: bench/spark-cluster.sh [DATA_ROOT] [ROWS] [FILES]   (defaults: ../shared/data, 2000000, 8)
# Env:   BENCH_DIR (default /tmp/dyadscope-spark-bench), BENCH_PORT (master port, default 7177),
#        BENCH_ZIP=1 to zip every input file (the extract reads zips as published by GDELT)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-$ROOT/../shared/data}"
ROWS="${2:-2000000}"
FILES="${3:-8}"
WORK="${BENCH_DIR:-/tmp/dyadscope-spark-bench}"
PORT="${BENCH_PORT:-7177}"
CORE_JAR="$ROOT/core/target/dyadscope.jar"
JOB_JAR="$ROOT/spark/target/dyadscope-spark-job.jar"
export SPARK_LOCAL_IP=127.0.0.1   # every Spark socket (master, workers, driver, UIs) on 127.0.0.1 only

if [[ ! -f "$JOB_JAR" ]] || [[ -n "$(find "$ROOT/core/src/main" "$ROOT/spark/src/main" "$ROOT/spark/pom.xml" \
    "$ROOT/core/pom.xml" -newer "$JOB_JAR" -print -quit)" ]]; then
  echo "bench: building the core and the Spark job..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -pl spark -am package)
fi
# a Spark home made of links to the jars Maven fetched (and copies of the project's, so that a
# rebuild during the bench changes nothing): a worker starts its executors from <home>/jars
HOME_DIR="$WORK/spark-home"
rm -rf "$HOME_DIR"
mkdir -p "$HOME_DIR/jars" "$WORK/classes"
tr ':' '\n' <"$ROOT/spark/target/spark-classpath.txt" | grep '\.jar$' | while read -r j; do
  if [[ "$j" == "$ROOT"/* ]]; then cp "$j" "$HOME_DIR/jars/"; else ln -sf "$j" "$HOME_DIR/jars/"; fi
done
cp "$JOB_JAR" "$WORK/dyadscope-spark-job.jar"
JOB_JAR="$WORK/dyadscope-spark-job.jar"
CP="$HOME_DIR/jars/*"
export SPARK_HOME="$HOME_DIR" SPARK_SCALA_VERSION=2.13   # the version tells Spark's launcher not to look for a source build

# the input: ROWS GDELT-shaped rows (bench/make_gdelt_file.py) in FILES files, plain or zipped
IN="$WORK/data-$ROWS-$FILES${BENCH_ZIP:+-zip}"
if [[ ! -d "$IN/gdelt" ]]; then
  mkdir -p "$IN/gdelt"
  python3 "$ROOT/bench/make_gdelt_file.py" "$DATA" "$WORK/all-$ROWS.CSV" "$ROWS"
  split -n "l/$FILES" -d -a 3 --additional-suffix=.export.CSV "$WORK/all-$ROWS.CSV" "$IN/gdelt/part-"
  rm -f "$WORK/all-$ROWS.CSV"
  if [[ -n "${BENCH_ZIP:-}" ]]; then
    for f in "$IN"/gdelt/*.export.CSV; do (cd "$IN/gdelt" && zip -q -m "$(basename "$f").zip" "$(basename "$f")"); done
  fi
fi
mkdir -p "$WORK/case"
cat >"$WORK/case/case.yaml" <<YAML
name: spark-bench
title: Spark extract benchmark
actors: [{code: RUS, name: Russia}, {code: IRN, name: Iran}, {code: USA, name: United States}, {code: CHN, name: China}]
dyads: [RUS<->IRN]
period: {start: 2015-01, end: 2022-12}
frequencies: [year]
sources:
  - {name: gdelt2, format: gdelt, files: [gdelt/*.export.CSV*]}
YAML
cp "$CORE_JAR" "$WORK/dyadscope.jar"
CORE_JAR="$WORK/dyadscope.jar"
javac -d "$WORK/classes" -cp "$CORE_JAR" "$ROOT/bench/ExtractCheck.java"

PIDS=()
stop_cluster() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_cluster EXIT

# wall seconds, peak RSS (KB) and CPU seconds of the driver process, then the extract's check
measure() {
  local name="$1"; shift
  rm -rf "$WORK/out-$name"
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" "$@" >"$WORK/stdout.txt" 2>"$WORK/stderr-$name.txt" || {
    echo "bench: $name failed:" >&2; tail -5 "$WORK/stderr-$name.txt" >&2; exit 1; }
  local check
  check=$(java -cp "$CORE_JAR:$WORK/classes" ExtractCheck "$WORK/out-$name")
  read -r s kb u sy <"$WORK/time.txt"
  read -r files read loaded <<<"$check"
  awk -v n="$name" -v s="$s" -v kb="$kb" -v c="$(echo "$u + $sy" | bc)" -v r="$read" -v l="$loaded" -v f="$files" \
    'BEGIN { printf "%-22s %8.2f s %7.3f M rows/s %6.2f us/row %7.0f MB driver RSS %7.2f s driver CPU  %d files, %d rows read, %d loaded\n",
             n, s, r / s / 1e6, s * 1e6 / r, kb / 1024, c, f, r, l }'
}

submit() {
  local master="$1" name="$2"
  measure "$name" java @"$ROOT/spark/jvm.args" -Xmx1g -cp "$CP" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 \
    --class org.dyadscope.extract.ExtractCommand "$JOB_JAR" \
    "$WORK/case" --data "$IN" --out "$WORK/out-$name"
}

echo "bench: $ROWS rows in $FILES files${BENCH_ZIP:+ (zipped)}, $(du -sh "$IN" | cut -f1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
submit "local[1]" local1
submit "local[2]" local2

java @"$ROOT/spark/jvm.args" -Xmx512m -cp "$CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$PORT" --webui-port 0 >"$WORK/master.log" 2>&1 &
PIDS+=($!)
for i in 1 2; do
  SPARK_WORKER_DIR="$WORK/worker-$i" java @"$ROOT/spark/jvm.args" -Xmx256m -cp "$CP" \
    org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 \
    "spark://127.0.0.1:$PORT" >"$WORK/worker-$i.log" 2>&1 &
  PIDS+=($!)
done
for _ in $(seq 60); do
  [[ $(grep -c "Successfully registered with master" "$WORK"/worker-*.log 2>/dev/null | awk -F: '{s+=$2} END {print s}') -ge 2 ]] && break
  sleep 1
done
submit "spark://127.0.0.1:$PORT" cluster-2x1
stop_cluster
echo "bench: master and workers (pids stopped) logged to $WORK/master.log, $WORK/worker-*.log" >&2
