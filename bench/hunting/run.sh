#!/usr/bin/env bash
# Poll latency of the hunting tools' shared polling route: ./bench/hunting/run.sh
# Extra -D options go to the JVM, e.g. -Dsophos.hunting.poll-max=2s -Dbench.sequential=40 -Dbench.waves=8
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/classes:$(cat target/bench.classpath)"
mkdir -p target/bench-classes
javac -q -d target/bench-classes -cp "$CP" bench/hunting/src/io/centralbridge/bench/HuntingPollLatency.java 2>/dev/null \
  || javac -d target/bench-classes -cp "$CP" bench/hunting/src/io/centralbridge/bench/HuntingPollLatency.java
exec java -cp "target/bench-classes:$CP" "$@" io.centralbridge.bench.HuntingPollLatency
