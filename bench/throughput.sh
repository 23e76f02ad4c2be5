#!/usr/bin/env bash
# Whole-process assembler throughput: tinybin's CLI against nasm, yasm, GNU as and fasm on the same
# generated program, timed side by side by hyperfine in one run. Reports ratios in the markdown it
# writes. "tinybin" is the plain `java -jar` users run; "tinybin, C1 only" the same with
# -XX:TieredStopAtLevel=1, which shows what the JVM's optimising compiler costs a short run. Needs: the plugin jar (./mvnw -q package -DskipTests -Dinvoker.skip), python3, hyperfine,
# nasm, yasm, binutils, fasm (bench/setup.sh installs them on Debian).
# Usage: bench/throughput.sh [LINES...]   (default: 10000 100000 200000 1000000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar=$(ls "$root"/target/tinybin-maven-plugin-*.jar | grep -v -- '-sources' | head -n 1)
work=${BENCH_WORK:-$root/target/bench}
runs=${BENCH_RUNS:-5}
mkdir -p "$work"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 200000 1000000)
report="$work/throughput.md"
: > "$report"
for n in "${sizes[@]}"; do
  src="$work/src-$n"
  # the generator is deterministic: existing sources (and nasm's reference output) are reused
  [ -f "$src.asm" ] && [ -f "$src.s" ] && [ -f "$src.fasm" ] || python3 "$here/generate.py" "$n" "$work"
  # our bytes must equal nasm's before any timing counts
  java -jar "$jar" --format bin -o "$src.tinybin.bin" "$src.asm"
  if [ -n "${BENCH_SKIP_SLOW:-}" ] && [ "$n" -ge 1000000 ] && [ ! -f "$src.nasm.bin" ]; then
    note="Bytes not compared with nasm at this size (BENCH_SKIP_SLOW: no nasm reference output)."
  else
    [ -f "$src.nasm.bin" ] && [ "$src.nasm.bin" -nt "$src.asm" ] || nasm -f bin -o "$src.nasm.bin" "$src.asm"
    cmp "$src.nasm.bin" "$src.tinybin.bin"
    note="Output identical to nasm -f bin ($(stat -c %s "$src.tinybin.bin") bytes)."
  fi
  # nasm's and yasm's multi-pass relaxation takes minutes on the 1M-line program: BENCH_SKIP_SLOW=1
  # leaves them out from that size on (the 1M target compares with fasm)
  slow=()
  if [ -z "${BENCH_SKIP_SLOW:-}" ] || [ "$n" -lt 1000000 ]; then
    slow=(-n nasm "nasm -f bin -o $src.n.bin $src.asm" -n yasm "yasm -f bin -o $src.y.bin $src.asm")
  fi
  hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/hf-$n.md" --export-json "$work/hf-$n.json" \
    -n tinybin "java -jar $jar --format bin -o $src.t.bin $src.asm" \
    -n "tinybin, C1 only" "java -XX:TieredStopAtLevel=1 -jar $jar --format bin -o $src.t1.bin $src.asm" \
    "${slow[@]}" \
    -n "GNU as" "as -o $src.o $src.s" \
    -n fasm "fasm -m 2000000 $src.fasm $src.f.bin"
  {
    echo "### $n lines"
    echo
    echo "$note"
    echo
    cat "$work/hf-$n.md"
    echo
    python3 "$here/ratios.py" "$work/hf-$n.json"
    echo
  } >> "$report"
  # peak RSS of each whole process
  cmds=("java -jar $jar --format bin -o $src.t.bin $src.asm"
        "java -XX:TieredStopAtLevel=1 -jar $jar --format bin -o $src.t1.bin $src.asm"
        "as -o $src.o $src.s" "fasm -m 2000000 $src.fasm $src.f.bin")
  [ ${#slow[@]} -eq 0 ] || cmds+=("nasm -f bin -o $src.n.bin $src.asm")
  for cmd in "${cmds[@]}"; do
    /usr/bin/time -f "peak RSS %M KiB: $cmd" $cmd 2>&1 >/dev/null | grep 'peak RSS' | sed "s|$work/||g" >> "$report"
  done
  echo >> "$report"
done
cat "$report"
