#!/usr/bin/env bash
# Securitization-coding throughput on one core: the UNGD speeches repeated to >= 100,000 sentences,
# sentence splitting (OpenNLP) included. Usage: bench/code/run.sh [UNGD_FOLDER] [MIN_SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-${DYADSCOPE_DATA:-../shared/data}/ungd}"
MIN="${2:-100000}"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi   # one core
"${PIN[@]}" java -XX:ActiveProcessorCount=1 -Xmx1g -cp "$CP" \
  -Dslf4j.internal.verbosity=ERROR org.dyadscope.code.bench.CodingBenchmark "$DATA" "$MIN"
