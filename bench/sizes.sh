#!/usr/bin/env bash
# File sizes: the built-in Hello and five programs (bench/sizes/*.asm, else the test corpus's
# src/test/resources/programs/*.asm; equivalent C in bench/sizes/*.c) built by
# tinybin in every layout, by nasm -f elf64 + ld -s -n, and by gcc -static -nostdlib -Os -s; the
# seed's Hello is 145 bytes. Every binary is run and must print and exit as the nasm+ld one does,
# else its cell says what went wrong instead of a size.
# Needs: the plugin jar (./mvnw -q package -DskipTests -Dinvoker.skip=true), nasm, ld, gcc.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar=$(ls "$root"/target/tinybin-maven-plugin-*.jar | grep -v -- '-sources' | head -n 1)
work=${BENCH_WORK:-$root/target/bench}/sizes
mkdir -p "$work"
layouts=(tiny compact standard smallest)
programs=(hello exit cat print_int echo_args data_bss)

# runs $1 the way its program expects; prints stdout then the exit status
run() {
  local bin=$1 name=$2
  case $name in
    cat) printf 'line one\nline two\nand a third line that is longer than sixty-four bytes, so it takes several reads\n' | "$bin" ;;
    echo_args) "$bin" hello "big world" "" last ;;
    *) "$bin" ;;
  esac
  echo "exit $?"
}

{
  printf '| program | nasm + ld -s -n | gcc -Os -s |'
  for l in "${layouts[@]}"; do printf ' tinybin %s |' "$l"; done
  printf ' best tinybin / nasm+ld |\n|---|---|---|'
  for l in "${layouts[@]}"; do printf -- '---|'; done
  printf -- '---|\n'
  for p in "${programs[@]}"; do
    src="$here/sizes/$p.asm"
    [ -f "$src" ] || src="$root/src/test/resources/programs/$p.asm"
    nasm -f elf64 -o "$work/$p.o" "$src" && ld -s -n -o "$work/$p.ld" "$work/$p.o"
    gcc -static -nostdlib -Os -s -o "$work/$p.gcc" "$here/sizes/$p.c"
    expected=$(run "$work/$p.ld" "$p")
    cell() {
      if [ ! -f "$1" ]; then
        # the smallest layout loads high: absolute 32-bit addresses cannot reach it, by design
        if grep -q 'relocation truncated' "$1.log" 2>/dev/null; then echo "n/a (absolute addr.)"; else echo "build failed"; fi
        return
      fi
      if [ "$(run "$1" "$p")" != "$expected" ]; then echo "wrong output"; return; fi
      stat -c %s "$1"
    }
    nasm_size=$(cell "$work/$p.ld")
    printf '| %s | %s | %s |' "$p" "$nasm_size" "$(cell "$work/$p.gcc")"
    best=""
    for l in "${layouts[@]}"; do
      out="$work/$p.$l"
      rm -f "$out"
      if [ "$p" = hello ]; then
        # the built-in program: no source at all, as the seed
        java -jar "$jar" --layout "$l" -o "$out" 2> "$out.log"
      else
        java -jar "$jar" --layout "$l" -o "$out" "$src" 2> "$out.log"
      fi
      c=$(cell "$out")
      printf ' %s |' "$c"
      if [[ "$c" =~ ^[0-9]+$ ]] && { [ -z "$best" ] || [ "$c" -lt "$best" ]; }; then best=$c; fi
    done
    if [[ "$best" =~ ^[0-9]+$ && "$nasm_size" =~ ^[0-9]+$ ]]; then
      printf ' %.3f |\n' "$(echo "$best / $nasm_size" | bc -l)"
    else
      printf ' - |\n'
    fi
  done
  echo
  echo "The seed's Hello (tiny-rust-demo) is 145 bytes; tinybin's built-in Hello in layout tiny must equal it."
} | tee "$work/sizes.md"
