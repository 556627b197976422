#!/usr/bin/env bash
# Tool-call overhead benchmark (issue #2): one command, prints a table of p50/p99 latencies.
#   bench/tool-overhead.sh                  # 4000 measured requests per cell
#   BENCH_REQUESTS=20000 bench/tool-overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
mkdir -p target/bench-classes
javac -q -d target/bench-classes -cp "$CP" $(find bench/src -name '*.java') 2>/dev/null || javac -d target/bench-classes -cp "$CP" $(find bench/src -name '*.java')
exec java -Xmx1g -cp "target/bench-classes:$CP" \
  -Dbench.requests="${BENCH_REQUESTS:-4000}" -Dbench.warmup="${BENCH_WARMUP:-3000}" \
  io.centralbridge.bench.ToolOverheadBench
