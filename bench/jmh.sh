#!/usr/bin/env bash
# In-process throughput of the core (JMH, with -prof gc for allocation per line) on the generated
# 10k, 100k and 1M-line sources. Builds with the 'bench' profile, which compiles src/jmh/java.
# Usage: bench/jmh.sh [extra JMH options...]   e.g. bench/jmh.sh -p lines=100000 -wi 1 -i 2
# Writes target/bench/jmh.json and prints the table (bench/jmh-table.py).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${BENCH_WORK:-$root/target/bench}
mkdir -p "$work"
cd "$root"
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  ./mvnw -q -B -Pbench package -DskipTests -Dinvoker.skip=true
fi
for n in 10000 100000 1000000; do
  [ -f "$work/src-$n.asm" ] || python3 "$here/generate.py" "$n" "$work"
done
cp="$root/target/classes:$root/target/jmh-classes:$(cat "$root/target/jmh-classpath.txt")"
java -cp "$cp" org.openjdk.jmh.Main AssemblerBenchmark -jvmArgsAppend "-Dtinybin.bench.dir=$work" \
  -prof gc -rf json -rff "$work/jmh.json" "$@" > "$work/jmh.log"
python3 "$here/jmh-table.py" "$work/jmh.json" | tee "$work/jmh.md"
