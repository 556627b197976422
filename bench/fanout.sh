#!/usr/bin/env bash
# Fan-out benchmark (issue 8): an inventory sync of 200 tenants x 300 endpoints with 50 ms upstream latency,
# under the sandbox's default rate limit, at sophos.sync.parallelism 1, 8 and 32. One command:
#   bench/fanout.sh            # BENCH_HEAP=4g by default: the sandbox holds 60,000 seeded endpoints in the same JVM
# Knobs (JVM -D options, passed through):
#   bench/fanout.sh -Dbench.concurrency=1,8,32 -Dbench.tenants=200 -Dbench.endpoints=300 -Dbench.latency=50 \
#                   -Dbench.sandboxRate=20 -Dbench.sandboxBurst=40
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-fanout.classpath -Dmdep.includeScope=test
CP="target/classes:$(cat target/bench-fanout.classpath)"
mkdir -p target/bench-fanout-classes
javac -q -d target/bench-fanout-classes -cp "$CP" bench/fanout/src/io/centralbridge/bench/FanOutBench.java 2>/dev/null \
  || javac -d target/bench-fanout-classes -cp "$CP" bench/fanout/src/io/centralbridge/bench/FanOutBench.java
exec java -Xmx"${BENCH_HEAP:-4g}" -cp "target/bench-fanout-classes:$CP" "$@" io.centralbridge.bench.FanOutBench
