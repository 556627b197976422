#!/usr/bin/env bash
# Streaming benchmark: sandbox -> Kafka (acks=all) and -> files, 1 and 12 tenants, records/s and peak heap.
# Usage: bench/run.sh [records]   (default 100000). Results: bench/results/stream.txt
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=StreamBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.records="${1:-100000}" -DargLine="-Xmx512m -Dbench.records=${1:-100000}"
cat bench/results/stream.txt
