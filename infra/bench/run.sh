#!/usr/bin/env bash
# The benchmark of the case-review read paths (issue 3, item 11), on demand only: the test suite
# never runs it. Builds the backend and this module (tests skipped), then runs
# uk.reviewhub.bench.Benchmark in one JVM with the backend. See infra/bench/README.md.
# Options are system properties, e.g.
#   infra/bench/run.sh -Dbench.concurrency=8,32 -Dbench.measureSeconds=15
#   infra/bench/run.sh -Dbench.partnerships=10 -Dbench.dataDir=/tmp/small-bench
set -euo pipefail
cd "$(dirname "$0")/../.."
. infra/scripts/java-home.sh
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -q -pl infra/bench -am -DskipTests compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
fi
exec java -Xmx1g "$@" -cp "infra/bench/target/classes:$(cat infra/bench/target/classpath.txt)" uk.reviewhub.bench.Benchmark
