#!/usr/bin/env bash
# dyadscope ingest vs DuckDB read_csv (vs pandas) on GDELT-shaped files of growing size, plain and
# zipped. See README, "Benchmarks".
#
# Usage: bench/run.sh [DATA_ROOT] [ROWS...]   (defaults: ../shared/data, 2000000 4000000 8000000)
# Env:   BENCH_DIR (default /tmp/dyadscope-bench), BENCH_THREADS (DuckDB threads, default 2),
#        BENCH_ACTORS (default RUS,IRN,USA,CHN), BENCH_XMX (dyadscope heap, default 160m),
#        BENCH_JVM (further JVM options of the dyadscope runs, default -XX:+UseSerialGC),
#        BENCH_ROUNDS (rounds of every run per size, default 1), BENCH_ZIP (0: no zipped inputs),
#        BENCH_KEEP (1: keep the input files; by default each size's files are deleted after its runs),
#        BENCH_PYTHON (interpreters tried for pandas, default "python3 /usr/bin/python3"),
#        BENCH_SPARK=1 then runs the Spark extract's scaling bench (bench/spark-cluster.sh, with its BENCH_* settings)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${1:-$ROOT/../shared/data}"
shift || true
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(2000000 4000000 8000000)
WORK="${BENCH_DIR:-/tmp/dyadscope-bench}"
THREADS="${BENCH_THREADS:-2}"
ACTORS="${BENCH_ACTORS:-RUS,IRN,USA,CHN}"
XMX="${BENCH_XMX:-160m}"
JVM="${BENCH_JVM:--XX:+UseSerialGC}"
ROUNDS="${BENCH_ROUNDS:-1}"
ZIP="${BENCH_ZIP:-1}"
JAR="$ROOT/core/target/dyadscope.jar"
RESULTS="$WORK/results.tsv"
mkdir -p "$WORK/classes"

if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/core/src/main" "$ROOT/core/pom.xml" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  echo "bench: building the jar..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests -pl core -am package)
fi
javac -d "$WORK/classes" -cp "$JAR" "$ROOT/bench/DuckDbReadCsv.java" "$ROOT/bench/DuckDbStore.java" \
  "$ROOT/bench/ReaderOnly.java"

PANDAS_PY=""
for py in ${BENCH_PYTHON:-python3 /usr/bin/python3}; do
  if "$py" -c "import pandas" 2>/dev/null; then PANDAS_PY="$py"; break; fi
done

# runs one command under GNU time and appends "rows input tool wall_s peak_kb cpu_s kept" to the results;
# KEPT is read from the command's standard output by the function named in $3
measure() {
  local rows="$1" input="$2" kept_of="$3" tool="$4"; shift 4
  local out="$WORK/time.txt"
  /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >"$WORK/stdout.txt" 2>"$WORK/stderr.txt" || {
    echo "bench: failed: $*" >&2; cat "$WORK/stderr.txt" >&2; exit 1; }
  local kept
  kept="$("$kept_of")"
  awk -v r="$rows" -v i="$input" -v t="$tool" -v k="$kept" \
    '{ printf "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\n", r, i, t, $1, $2, $3 + $4, k }' "$out" >>"$RESULTS"
  tail -1 "$RESULTS" | awk -F'\t' '{ printf "bench:   %-9s %-6s %-22s %7.2f s %6.0f MB %6.2f CPU s  kept %s\n", $1, $2, $3, $4, $5 / 1024, $6, $7 }' >&2
}
# rows_loaded of the ingest's CSV line; the "kept=N" the peers print
ingest_kept() { tail -1 "$WORK/stdout.txt" | cut -d, -f4; }
java_kept() { grep -o 'kept=[0-9]*' "$WORK/stdout.txt" | cut -d= -f2; }

# dyadscope ingest of FILE into a fresh store, as a command for measure: through the launcher, as a
# user runs it (its JVM options -Xmx$XMX $JVM, and its class data sharing archive: README "Benchmarks")
INGEST=(env DYADSCOPE_JAR="$JAR" DYADSCOPE_JAVA_OPTS="-Xmx$XMX $JVM" "$ROOT/bin/dyadscope"
  ingest --db "$WORK/store.duckdb" --format gdelt --data "$DATA" --actors "$ACTORS")

: >"$RESULTS"
echo "bench: sizes ${SIZES[*]}, $ROUNDS round(s), actors $ACTORS, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
first=1
for rows in "${SIZES[@]}"; do
  file="$WORK/gdelt-$rows.CSV"
  if [[ ! -f "$file" ]]; then
    echo "bench: writing $file from the real rows of $DATA/gdelt/v2_export..." >&2
    python3 "$ROOT/bench/make_gdelt_file.py" "$DATA" "$file" "$rows"
  fi
  if [[ "$ZIP" == 1 && ! -f "$file.zip" ]]; then
    echo "bench: zipping it (one member, as GDELT publishes)..." >&2
    (cd "$WORK" && zip -q -1 "$file.zip.partial" "$(basename "$file")" && mv "$file.zip.partial" "$file.zip")
  fi
  if [[ $first == 1 ]]; then
    # untimed: the first ingest after a build writes the launcher's class archive for ingest, the
    # second checks it and moves it into place
    head -1000 "$file" >"$WORK/first.CSV"
    for _ in 1 2; do
      rm -f "$WORK/store.duckdb" "$WORK/store.duckdb.wal"
      "${INGEST[@]}" "$WORK/first.CSV" >/dev/null 2>&1
    done
    rm -f "$WORK/first.CSV"
  fi
  echo "bench: $rows rows, $(( $(stat -c %s "$file") / 1000000 )) MB, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  for ((round = 1; round <= ROUNDS; round++)); do
    # the peers interleaved with the ingest, so that a change in the machine's load hits all of them
    rm -f "$WORK/store.duckdb" "$WORK/store.duckdb.wal"
    measure "$rows" plain ingest_kept "dyadscope ingest" "${INGEST[@]}" "$file"
    measure "$rows" plain java_kept "DuckDB into a table" java -cp "$JAR:$WORK/classes" DuckDbStore "$file" "$WORK/duckdb-store.duckdb" "$THREADS"
    measure "$rows" plain java_kept "DuckDB aggregate" java -cp "$JAR:$WORK/classes" DuckDbReadCsv "$file" "$THREADS"
    if [[ "$ZIP" == 1 ]]; then
      rm -f "$WORK/store.duckdb" "$WORK/store.duckdb.wal"
      measure "$rows" zip ingest_kept "dyadscope ingest" "${INGEST[@]}" "$file.zip"
    fi
    if [[ $first == 1 ]]; then
      measure "$rows" plain java_kept "dyadscope reader alone" java -Xmx"$XMX" $JVM -cp "$JAR:$WORK/classes" ReaderOnly "$file" "$DATA"
      if [[ -n "$PANDAS_PY" ]]; then
        measure "$rows" plain java_kept "pandas read_csv" "$PANDAS_PY" "$ROOT/bench/pandas_filter.py" "$file"
      fi
    fi
  done
  first=0
  rm -f "$WORK/store.duckdb" "$WORK/duckdb-store.duckdb"
  if [[ "${BENCH_KEEP:-0}" != 1 ]]; then
    rm -f "$file" "$file.zip"
  fi
done
[[ -n "$PANDAS_PY" ]] || echo "bench: pandas not installed (Debian: apt-get install python3-pandas); skipped" >&2

python3 - "$RESULTS" <<'PY'
import collections, sys
runs = collections.defaultdict(list)
kept = collections.defaultdict(set)
for line in open(sys.argv[1]):
    rows, inp, tool, wall, kb, cpu, k = line.rstrip("\n").split("\t")
    runs[(int(rows), inp, tool)].append((float(wall), int(kb), float(cpu)))
    kept[int(rows)].add(k)
def rng(xs, fmt):
    lo, hi = min(xs), max(xs)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else fmt.format(lo) + "-" + fmt.format(hi)
print(f"{'rows':>9} {'input':<6} {'tool':<24} {'wall s':>11} {'M rows/s':>11} {'CPU s':>11} {'peak RSS MB':>11} {'us/row':>11}")
for (rows, inp, tool), rs in sorted(runs.items(), key=lambda kv: (kv[0][0], kv[0][1] != "plain", kv[0][2])):
    walls = [r[0] for r in rs]
    print(f"{rows:>9} {inp:<6} {tool:<24} {rng(walls, '{:.2f}'):>11} {rng([rows / w / 1e6 for w in walls], '{:.2f}'):>11}"
          f" {rng([r[2] for r in rs], '{:.2f}'):>11} {rng([r[1] / 1024 for r in rs], '{:.0f}'):>11}"
          f" {rng([w / rows * 1e6 for w in walls], '{:.2f}'):>11}")
print()
print("speed ratios (the peer's wall time / dyadscope's, the same size and round; >= 1.0 is faster than the peer):")
for rows in sorted({k[0] for k in runs}):
    ing = runs.get((rows, "plain", "dyadscope ingest"))
    for inp in ("plain", "zip"):
        ing = runs.get((rows, inp, "dyadscope ingest"))
        if not ing:
            continue
        for peer, what in (("DuckDB into a table", "target >= 1.0"), ("DuckDB aggregate", "moonshot >= 1.0")):
            p = runs.get((rows, "plain", peer))
            if p:
                speed = [b[0] / a[0] for a, b in zip(ing, p)]
                cpu = [b[2] / a[2] for a, b in zip(ing, p)]
                print(f"  {rows:>9} {inp:<5} ingest vs {peer:<20} speed {rng(speed, '{:.2f}')}x,"
                      f" CPU time {rng(cpu, '{:.2f}')}x   ({what})")
    reader = runs.get((rows, "plain", "dyadscope reader alone"))
    agg = runs.get((rows, "plain", "DuckDB aggregate"))
    if reader and agg:
        print(f"  {rows:>9} plain reader alone vs DuckDB aggregate   speed {rng([b[0] / a[0] for a, b in zip(reader, agg)], '{:.2f}')}x")
    pandas = runs.get((rows, "plain", "pandas read_csv"))
    ing = runs.get((rows, "plain", "dyadscope ingest"))
    if pandas and ing:
        print(f"  {rows:>9} plain ingest vs pandas read_csv          speed {rng([b[0] / a[0] for a, b in zip(ing, pandas)], '{:.2f}')}x")
print()
ing = sorted((rows, rs) for (rows, inp, tool), rs in runs.items() if inp == "plain" and tool == "dyadscope ingest")
if len(ing) > 1:
    base = min(r[0] for r in ing[0][1]) / ing[0][0]
    print("time per row of the plain ingest as the input grows (best wall / rows, relative to the smallest input):",
          ", ".join(f"{rows:,}: {min(r[0] for r in rs) / rows * 1e6:.2f} us ({min(r[0] for r in rs) / rows / base:.2f}x)"
                    for rows, rs in ing))
    cpu_base = min(r[2] for r in ing[0][1]) / ing[0][0]
    print("CPU time per row of the plain ingest (steadier when other jobs share the cores):",
          ", ".join(f"{rows:,}: {min(r[2] for r in rs) / rows * 1e6:.2f} us ({min(r[2] for r in rs) / rows / cpu_base:.2f}x)"
                    for rows, rs in ing))
print("kept rows (every tool must agree):", "; ".join(f"{rows}: {' | '.join(sorted(k))}" for rows, k in sorted(kept.items())))
PY

if [[ "${BENCH_SPARK:-}" == 1 ]]; then
  echo "bench: the Spark extract in local[1], local[2] and on a 2-worker standalone cluster (bench/spark-cluster.sh)..." >&2
  "$ROOT/bench/spark-cluster.sh" "$DATA"
fi
