#!/usr/bin/env bash
# Compares every CSV and report/report.json of two `dyadscope run` output folders and lists the
# differences (file, row, column or JSON path, both values). Exit 0 identical, 1 different, 2 usage.
#   bench/compare-outputs.sh /work/baseline11-out /tmp/pipeline-out
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -ne 2 ]]; then
  echo "usage: bench/compare-outputs.sh OLD_OUT NEW_OUT (two run output folders)" >&2
  exit 2
fi
CLASSES="$ROOT/core/target/test-classes"
if [[ ! -f "$ROOT/core/target/dyadscope.jar" ]] || [[ ! -f "$CLASSES/org/dyadscope/pipeline/OutputComparison.class" ]] \
    || [[ -n "$(find "$ROOT/core/src" -newer "$CLASSES/org/dyadscope/pipeline/OutputComparison.class" -print -quit)" ]]; then
  echo "compare-outputs: building the jar and test classes..." >&2
  (cd "$ROOT" && mvn -B -q -o -DskipTests -pl core -am package >/dev/null)
fi
exec java -cp "$ROOT/core/target/dyadscope.jar:$CLASSES" org.dyadscope.pipeline.OutputComparison "$1" "$2"
