#!/usr/bin/env bash
# Securitization-coding throughput on one core: the UNGD speeches repeated to >= 100,000 sentences,
# sentence splitting (OpenNLP) included. Usage: bench/code/run.sh [UNGD_FOLDER] [MIN_SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:-${DYADSCOPE_DATA:-../shared/data}/ungd}"
MIN="${2:-100000}"
mvn -B -q -pl core -am test-compile
mvn -B -q -pl core dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="core/target/test-classes:core/target/classes:$(cat core/target/bench-classpath.txt)"
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi   # one core
"${PIN[@]}" java -XX:ActiveProcessorCount=1 -Xmx1g -cp "$CP" \
  -Dslf4j.internal.verbosity=ERROR org.dyadscope.code.bench.CodingBenchmark "$DATA" "$MIN"
