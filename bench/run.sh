#!/usr/bin/env bash
# dyadscope ingest vs DuckDB read_csv vs pandas on one GDELT-shaped file. See README, "Benchmarks".
#
# Usage: bench/run.sh [DATA_ROOT] [ROWS]     (defaults: ../shared/data, 2000000)
# Env:   BENCH_DIR (default /tmp/dyadscope-bench), BENCH_THREADS (DuckDB threads, default 2),
#        BENCH_ACTORS (default RUS,IRN,USA,CHN), BENCH_XMX (dyadscope heap, default 256m),
#        BENCH_JVM (further JVM options of the dyadscope runs, default -XX:+UseSerialGC),
#        BENCH_PYTHON (interpreters tried for pandas, default "python3 /usr/bin/python3"),
#        BENCH_SPARK=1 then runs the Spark extract's scaling bench (bench/spark-cluster.sh, with its BENCH_* settings)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-$ROOT/../shared/data}"
ROWS="${2:-2000000}"
WORK="${BENCH_DIR:-/tmp/dyadscope-bench}"
THREADS="${BENCH_THREADS:-2}"
ACTORS="${BENCH_ACTORS:-RUS,IRN,USA,CHN}"
XMX="${BENCH_XMX:-256m}"
JVM="${BENCH_JVM:--XX:+UseSerialGC}"
JAR="$ROOT/core/target/dyadscope.jar"
FILE="$WORK/gdelt-$ROWS.CSV"
mkdir -p "$WORK/classes"

if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/core/src/main" "$ROOT/core/pom.xml" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  echo "bench: building the jar..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -pl core -am package)
fi
if [[ ! -f "$FILE" ]]; then
  echo "bench: writing $FILE from the real rows of $DATA/gdelt/v2_export..." >&2
  python3 "$ROOT/bench/make_gdelt_file.py" "$DATA" "$FILE" "$ROWS"
fi
javac -d "$WORK/classes" -cp "$JAR" "$ROOT/bench/DuckDbReadCsv.java" "$ROOT/bench/DuckDbStore.java" \
  "$ROOT/bench/ReaderOnly.java"

# wall seconds, peak RSS (KB) and CPU seconds (user + system) of one command, from GNU time
measure() {
  local out="$WORK/time.txt"
  /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt" || {
    echo "bench: failed: $*" >&2; cat "$WORK/stderr.txt" >&2; exit 1; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$out"
}

echo "bench: $ROWS rows, $(( $(stat -c %s "$FILE") / 1000000 )) MB, actors $ACTORS, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

rm -f "$WORK/store.duckdb" "$WORK/store.duckdb.wal"
read -r D_S D_KB D_CPU < <(measure java -Xmx"$XMX" $JVM -jar "$JAR" ingest "$FILE" --db "$WORK/store.duckdb" --format gdelt \
  --data "$DATA" --actors "$ACTORS")
D_KEPT=$(tail -1 "$WORK/stdout.txt")

read -r K_S K_KB K_CPU < <(measure java -cp "$JAR:$WORK/classes" DuckDbReadCsv "$FILE" "$THREADS")
K_KEPT=$(cat "$WORK/stdout.txt")

read -r S_S S_KB S_CPU < <(measure java -cp "$JAR:$WORK/classes" DuckDbStore "$FILE" "$WORK/duckdb-store.duckdb" "$THREADS")
S_KEPT=$(cat "$WORK/stdout.txt")

read -r R_S R_KB R_CPU < <(measure java -Xmx"$XMX" $JVM -cp "$JAR:$WORK/classes" ReaderOnly "$FILE" "$DATA")
R_KEPT=$(cat "$WORK/stdout.txt")

P_S=""
PANDAS_PY=""
for py in ${BENCH_PYTHON:-python3 /usr/bin/python3}; do
  if "$py" -c "import pandas" 2>/dev/null; then PANDAS_PY="$py"; break; fi
done
if [[ -n "$PANDAS_PY" ]]; then
  read -r P_S P_KB P_CPU < <(measure "$PANDAS_PY" "$ROOT/bench/pandas_filter.py" "$FILE")
  P_KEPT=$(cat "$WORK/stdout.txt")
fi

python3 - "$ROWS" "$D_S" "$D_KB" "$K_S" "$K_KB" "${P_S:-}" "${P_KB:-}" "$D_KEPT" "$K_KEPT" "${P_KEPT:-}" \
  "$R_S" "$R_KB" "$R_KEPT" "$D_CPU" "$K_CPU" "$R_CPU" "${P_CPU:-}" "$S_S" "$S_KB" "$S_CPU" "$S_KEPT" <<'PY'
import sys
rows, d_s, d_kb, k_s, k_kb, p_s, p_kb = sys.argv[1:8]
r_s, r_kb, r_kept = sys.argv[11:14]
d_cpu, k_cpu, r_cpu, p_cpu = sys.argv[14:18]
s_s, s_kb, s_cpu, s_kept = sys.argv[18:22]
rows = int(rows)
def line(name, s, kb, cpu, what):
    s = float(s)
    print(f"{name:<30} {s:8.2f} s {rows / s / 1e6:7.2f} M rows/s {int(kb) / 1024:8.0f} MB peak RSS"
          f" {float(cpu):7.2f} s CPU   {what}")
print(f"{'tool':<30} {'wall':>10} {'throughput':>15} {'memory':>18} {'CPU':>10}")
line("dyadscope ingest --actors", d_s, d_kb, d_cpu, "(parse, check, filter, store in DuckDB)")
line("DuckDB read_csv (JDBC)", k_s, k_kb, k_cpu, "(parse, filter, aggregate; nothing stored)")
line("DuckDB read_csv into a table", s_s, s_kb, s_cpu, "(parse, filter, store the same columns; no checks)")
line("dyadscope reader alone", r_s, r_kb, r_cpu, "(parse, check, filter, aggregate; nothing stored)")
if p_s:
    line("pandas read_csv", p_s, p_kb, p_cpu, "(parse 4 columns, filter, aggregate)")
else:
    print("pandas                         not installed (Debian: apt-get install python3-pandas); skipped")
r = float(k_s) / float(d_s)
print(f"dyadscope / DuckDB speed: {r:.2f}x (target >= 1.0x)   peak RSS {int(d_kb) / 1024:.0f} MB (target < 512 MB)")
print(f"dyadscope / DuckDB CPU time: {float(k_cpu) / float(d_cpu):.2f}x (steadier than wall time when other jobs share the cores)")
print(f"dyadscope / DuckDB storing the same rows: {float(s_s) / float(d_s):.2f}x speed,"
      f" {float(s_cpu) / float(d_cpu):.2f}x CPU time (the same job without dyadscope's checks)")
print(f"dyadscope reader alone / DuckDB read_csv: {float(k_s) / float(r_s):.2f}x")
if p_s:
    print(f"dyadscope / pandas speed: {float(p_s) / float(d_s):.2f}x")
print("kept rows: dyadscope " + sys.argv[8] + " | " + sys.argv[9] + " | " + s_kept + " | " + r_kept + (" | " + sys.argv[10] if sys.argv[10] else ""))
PY

if [[ "${BENCH_SPARK:-}" == 1 ]]; then
  echo "bench: the Spark extract in local[1], local[2] and on a 2-worker standalone cluster (bench/spark-cluster.sh)..." >&2
  "$ROOT/bench/spark-cluster.sh" "$DATA"
fi
