#!/usr/bin/env bash
# Runs the JMH kernel benchmarks (src/test/java/io/mapchunk/bench). Arguments go to JMH, e.g.
#   bench/jmh.sh                                   # all, on a 256 MiB synthetic genome
#   bench/jmh.sh -p windowMiB=16,64,256 productionKernelMapped
#   MAPCHUNK_BENCH_FILE=/data/genome.fa bench/jmh.sh
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
mvn -B -q ${MAVEN_OFFLINE:--o} test-compile
cp_file=target/bench-classpath.txt
if [[ ! -s $cp_file || pom.xml -nt $cp_file ]]; then
  mvn -B -q ${MAVEN_OFFLINE:--o} dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
fi
. bin/jvm-flags.sh
# shellcheck disable=SC2086
# forks inherit these flags (the vector kernel needs its module)
exec "$MAPCHUNK_JAVA_BIN" $FLINK_JVM_FLAGS $MAPCHUNK_VECTOR_FLAGS -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  ${MAPCHUNK_BENCH_FILE:+-Dmapchunk.bench.file=$MAPCHUNK_BENCH_FILE} \
  org.openjdk.jmh.Main -jvmArgsAppend "${MAPCHUNK_BENCH_FILE:+-Dmapchunk.bench.file=$MAPCHUNK_BENCH_FILE}" "$@"
