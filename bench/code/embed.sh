#!/usr/bin/env bash
# Sentence-embedding throughput of the trained move detector's encoder (bge-small-en-v1.5 int8), cold
# (every sentence embedded) and warm (every sentence read from the store's embeddings table), on one
# core and on two. Usage: bench/code/embed.sh [UNGD_FOLDER] [N_SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-${DYADSCOPE_DATA:-../shared/data}/ungd}"
N="${2:-1000}"
mvn -B -q -o -pl core test-compile
mvn -B -q -o -pl core dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="core/target/test-classes:core/target/classes:$(cat core/target/bench-classpath.txt)"
STORE="$(mktemp -d)/embed-bench.duckdb"
for cores in 1 2; do
  PIN=()
  if command -v taskset >/dev/null; then PIN=(taskset -c "0-$((cores - 1))"); fi
  "${PIN[@]}" java -XX:ActiveProcessorCount="$cores" -Xmx2g -cp "$CP" \
    org.dyadscope.code.bench.EmbeddingBenchmark "$DATA" "$STORE" "$N"
done
rmdir "$(dirname "$STORE")"
