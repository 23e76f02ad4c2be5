#!/usr/bin/env bash
# Every benchmark in one run, for docs/benchmarks.md: machine and load, file sizes (bench/sizes.sh),
# whole-process throughput against nasm, yasm, GNU as and fasm (bench/throughput.sh), the in-process
# JMH benchmark (bench/jmh.sh) and the build inside Maven (bench/maven.sh).
# Usage: bench/run-all.sh            (writes target/bench/results.md)
# Env: BENCH_RUNS (hyperfine runs, default 5), BENCH_SIZES (line counts, default "10000 100000 200000 1000000"),
#      BENCH_SKIP_SLOW=1 (no nasm/yasm at 1M lines), BENCH_JMH_OPTS (extra JMH options, e.g. "-wi 2 -i 3")
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${BENCH_WORK:-$root/target/bench}
mkdir -p "$work"
cd "$root"
./mvnw -q -B -Pbench package -DskipTests -Dinvoker.skip=true
out="$work/results.md"
{
  echo "## Machine"
  echo
  echo '```'
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')   commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core|Socket)' || true
  free -m | head -2
  uname -sr
  java -version 2>&1 | head -1
  echo "nasm: $(nasm -v)"; echo "yasm: $(yasm --version | head -1)"; echo "as: $(as --version | head -1)"
  echo "fasm: $(fasm 2>&1 | head -1)"; echo "hyperfine: $(hyperfine --version)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo '```'
  echo
  echo "## Sizes (bench/sizes.sh)"
  echo
  "$here/sizes.sh" 2>/dev/null
  echo
  echo "## Whole process (bench/throughput.sh)"
  echo
  "$here/throughput.sh" ${BENCH_SIZES:-}
  echo
  echo "## In-process, JMH (bench/jmh.sh)"
  echo
  BENCH_NO_BUILD=1 "$here/jmh.sh" ${BENCH_JMH_OPTS:-}
  echo
  if [ -x "$here/maven.sh" ]; then
    echo "## Inside Maven (bench/maven.sh)"
    echo
    "$here/maven.sh"
    echo
  fi
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out" 2> "$work/run-all.log"
cat "$out"
