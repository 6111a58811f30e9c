#!/usr/bin/env bash
# The Spark extract in local[1], local[2] and on a standalone cluster of a master and two 1-core
# workers on 127.0.0.1, all from the Spark jars Maven fetched (no Spark download), over inputs of
# growing size; prints a Markdown table. See README, "Scale out on Spark".
#
# Usage: bench/spark-cluster.sh [DATA_ROOT]     (default ../shared/data)
# Env:   BENCH_SIZES  input sizes in rows (default "2000000 4000000 8000000")
#        BENCH_MODES  any of local1 local2 cluster (default all three)
#        BENCH_ZIP    unset or 0: plain files; 1: zipped files (as GDELT publishes them); both: each size both ways
#        BENCH_FILES  files an input is split into (default 8)
#        BENCH_DIR    work folder (default /tmp/dyadscope-spark-bench); BENCH_PORT master port (default 7177)
#        BENCH_XMX    heap of the driver (default 2g); executors of the cluster get BENCH_EXECUTOR_MEMORY (default 1g)
#        BENCH_KEEP=1 keeps the generated inputs (deleted at the end otherwise)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-$ROOT/../shared/data}"
SIZES="${BENCH_SIZES:-2000000 4000000 8000000}"
MODES="${BENCH_MODES:-local1 local2 cluster}"
FILES="${BENCH_FILES:-8}"
WORK="${BENCH_DIR:-/tmp/dyadscope-spark-bench}"
PORT="${BENCH_PORT:-7177}"
XMX="${BENCH_XMX:-2g}"
EXECUTOR_MEMORY="${BENCH_EXECUTOR_MEMORY:-1g}"
case "${BENCH_ZIP:-0}" in
  0) FORMS="plain" ;; 1) FORMS="zip" ;; both) FORMS="plain zip" ;;
  *) echo "bench: BENCH_ZIP is '${BENCH_ZIP}'; use 0 (plain), 1 (zipped) or both" >&2; exit 2 ;;
esac
for m in $MODES; do
  [[ "$m" =~ ^(local1|local2|cluster)$ ]] || { echo "bench: BENCH_MODES has '$m'; use local1, local2, cluster" >&2; exit 2; }
done
for n in $SIZES; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench: BENCH_SIZES has '$n'; give row counts such as 2000000" >&2; exit 2; }
done
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
cp "$CORE_JAR" "$WORK/dyadscope.jar"
CORE_JAR="$WORK/dyadscope.jar"
javac -d "$WORK/classes" -cp "$CORE_JAR" "$ROOT/bench/ExtractCheck.java"
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

PIDS=()
SAMPLER=""
INPUTS=()
cleanup() {
  [[ -n "$SAMPLER" ]] && kill "$SAMPLER" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
  if [[ "${BENCH_KEEP:-}" != 1 ]]; then
    for d in "${INPUTS[@]}"; do rm -rf "$d"; done
    rm -f "$WORK/all.CSV"
  fi
}
trap cleanup EXIT

# the inputs: the first N rows of one GDELT-shaped file (bench/make_gdelt_file.py writes the same
# rows for every size) split into FILES files, plain or zipped; sets IN to its folder
input() {
  local n="$1" form="$2" dir="$WORK/data-$1-$FILES-$2"
  IN="$dir"
  INPUTS+=("$dir")
  if [[ ! -d "$dir/gdelt" ]]; then
    local max; max=$(tr ' ' '\n' <<<"$SIZES" | sort -n | tail -1)
    if [[ ! -f "$WORK/all.CSV" ]] || (( $(wc -l <"$WORK/all.CSV") < max )); then
      python3 "$ROOT/bench/make_gdelt_file.py" "$DATA" "$WORK/all.CSV" "$max" >&2
    fi
    mkdir -p "$dir.partial/gdelt"
    head -n "$n" "$WORK/all.CSV" >"$dir.partial/all.CSV"
    split -n "l/$FILES" -d -a 3 --additional-suffix=.export.CSV "$dir.partial/all.CSV" "$dir.partial/gdelt/part-"
    rm "$dir.partial/all.CSV"
    if [[ "$form" == zip ]]; then
      for f in "$dir.partial"/gdelt/*.export.CSV; do (cd "$dir.partial/gdelt" && zip -q -m "$(basename "$f").zip" "$(basename "$f")"); done
    fi
    mv "$dir.partial" "$dir"
  fi
}

# CPU seconds (user + system, with the children it waited for: a worker's executors) of a process
cpu_of() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13 + $14 + $15) / hz }' "/proc/$1/stat"
}

# every half second, the peak RSS (VmHWM, KB) of each executor the workers started, one line a pid
sample_executors() {
  while :; do
    for w in "$@"; do
      for p in $(ps -o pid= --ppid "$w" 2>/dev/null || true); do
        awk -v p="$p" '/^VmHWM:/ { print p, $2 }' "/proc/$p/status" 2>/dev/null || true
      done
    done
    sleep 0.5
  done
}

start_cluster() {
  java @"$ROOT/spark/jvm.args" -Xmx512m -cp "$CP" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$PORT" --webui-port 0 >"$WORK/master.log" 2>&1 &
  PIDS+=($!)
  for i in 1 2; do
    SPARK_WORKER_DIR="$WORK/worker-$i" java @"$ROOT/spark/jvm.args" -Xmx256m -cp "$CP" \
      org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory "$EXECUTOR_MEMORY" --webui-port 0 \
      "spark://127.0.0.1:$PORT" >"$WORK/worker-$i.log" 2>&1 &
    PIDS+=($!)
  done
  for _ in $(seq 90); do
    [[ $(cat "$WORK"/worker-*.log 2>/dev/null | grep -c "Successfully registered with master") -ge 2 ]] && return 0
    sleep 1
  done
  echo "bench: the workers did not register with the master in 90 s; see $WORK/master.log, $WORK/worker-*.log" >&2
  exit 1
}

# one extract: wall s, driver peak RSS, CPU s (driver; with the cluster's master and workers), load
# average before and after; the extract checked (bench/ExtractCheck.java) before its line is printed
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
run() {
  local mode="$1" n="$2" form="$3" in="$4" master cluster_cpu0=0 cluster_cpu1=0 exec_kb=0
  case "$mode" in local1) master="local[1]" ;; local2) master="local[2]" ;; cluster) master="spark://127.0.0.1:$PORT" ;; esac
  local name="$mode-$n-$form" load0; load0=$(cut -d' ' -f1 /proc/loadavg)
  rm -rf "$WORK/out-$name" "$WORK/hwm.txt"
  if [[ "$mode" == cluster ]]; then
    for pid in "${PIDS[@]}"; do cluster_cpu0=$(echo "$cluster_cpu0 + $(cpu_of "$pid")" | bc); done
    sample_executors "${PIDS[@]:1}" >"$WORK/hwm.txt" &
    SAMPLER=$!
  fi
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" java @"$ROOT/spark/jvm.args" -Xmx"$XMX" -cp "$CP" \
    org.apache.spark.deploy.SparkSubmit --master "$master" --conf spark.ui.enabled=false \
    --conf spark.driver.host=127.0.0.1 --executor-memory "$EXECUTOR_MEMORY" \
    --class org.dyadscope.extract.ExtractCommand "$JOB_JAR" "$WORK/case" --data "$in" --out "$WORK/out-$name" \
    >"$WORK/stdout.txt" 2>"$WORK/stderr-$name.txt" || {
    echo "bench: $name failed:" >&2; tail -5 "$WORK/stderr-$name.txt" >&2; exit 1; }
  if [[ "$mode" == cluster ]]; then
    # the workers stop the application's executors and wait for them: then their CPU is the workers'
    for _ in $(seq 30); do
      [[ -z "$(for w in "${PIDS[@]:1}"; do ps -o pid= --ppid "$w" || true; done)" ]] && break
      sleep 0.5
    done
    kill "$SAMPLER" 2>/dev/null || true
    wait "$SAMPLER" 2>/dev/null || true
    SAMPLER=""
    for pid in "${PIDS[@]}"; do cluster_cpu1=$(echo "$cluster_cpu1 + $(cpu_of "$pid")" | bc); done
    exec_kb=$(awk '{ if ($2 > m[$1]) m[$1] = $2 } END { for (p in m) if (m[p] > x) x = m[p]; print x + 0 }' "$WORK/hwm.txt")
  fi
  local check files nread loaded s kb u sy
  check=$(java -cp "$CORE_JAR:$WORK/classes" ExtractCheck "$WORK/out-$name") || {
    echo "bench: $name: the extract in $WORK/out-$name failed its check" >&2; exit 1; }
  read -r files nread loaded <<<"$check"
  read -r s kb u sy <"$WORK/time.txt"
  [[ "$nread" == "$n" ]] || { echo "bench: $name read $nread rows of $n" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$n" "$form" "$s" "$kb" \
    "$(echo "$u + $sy + $cluster_cpu1 - $cluster_cpu0" | bc)" "$exec_kb" "$loaded" "$load0" \
    "$(cut -d' ' -f1 /proc/loadavg)" >>"$RESULTS"
  echo "bench: $name: $s s wall, $loaded rows loaded of $nread in $files files, load $load0 -> $(cut -d' ' -f1 /proc/loadavg)" >&2
  rm -rf "$WORK/out-$name"
}

echo "bench: sizes $SIZES, $FORMS, modes $MODES, $FILES files an input, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for form in $FORMS; do
  for n in $SIZES; do
    input "$n" "$form"
    for mode in $MODES; do
      if [[ "$mode" == cluster && ${#PIDS[@]} -eq 0 ]]; then start_cluster; fi
      run "$mode" "$n" "$form" "$IN"
    done
  done
done
cleanup
echo "bench: master and workers (pids stopped) logged to $WORK/master.log, $WORK/worker-*.log" >&2

python3 - "$RESULTS" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
names = {"local1": "`local[1]`", "local2": "`local[2]`", "cluster": "standalone, 2 workers of 1 core"}
wall = {(r[0], r[1], r[2]): float(r[3]) for r in rows}
cpu = {(r[0], r[1], r[2]): float(r[5]) for r in rows}
print("| run | input | rows | wall | rows/s | CPU s | µs CPU a row | marginal µs CPU a row | speed-up over `local[1]` | driver peak RSS | executor peak RSS | load avg |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for mode, n, form, s, kb, c, ekb, loaded, l0, l1 in rows:
    n_, s_, c_ = int(n), float(s), float(c)
    # CPU a row beyond the fixed start: against the next smaller size of the same run and input
    smaller = sorted(int(r[1]) for r in rows if r[0] == mode and r[2] == form and int(r[1]) < n_)
    marginal = ""
    if smaller:
        m = smaller[-1]
        marginal = f"{(c_ - cpu[(mode, str(m), form)]) * 1e6 / (n_ - m):.1f}"
    base = wall.get(("local1", n, form))
    speed = f"{base / s_:.2f}×" if base and mode != "local1" else ""
    print(f"| {names[mode]} | {form} | {n_:,} | {s_:.1f} s | {n_ / s_:,.0f} | {c_:.1f} | {c_ * 1e6 / n_:.1f} | {marginal} | {speed}"
          f" | {int(kb) / 1024:,.0f} MB | {(f'{int(ekb) / 1024:,.0f} MB' if int(ekb) else '')} | {l0}–{l1} |")
print()
print(f"rows loaded (kept by the filter): " + ", ".join(sorted({f'{int(r[1]):,}: {int(r[7]):,}' for r in rows})))
PY
