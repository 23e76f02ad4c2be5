#!/usr/bin/env bash
# In-process before/after of commits: builds each commit's classes from the history (a temporary
# git worktree per commit) and prints, per generated source, the thread CPU time of one assembly
# after warm-up (bench/commits/WarmRuns.java: best of the last 5 of 8-20 runs in one JVM).
# Usage: bench/commits/compare.sh COMMIT... (e.g. 3d74b79 db8e540)
# Env: BENCH_SIZES (line counts, default "200000 1000000"), BENCH_WORK (default target/bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${BENCH_WORK:-$root/target/bench}
sizes=(${BENCH_SIZES:-200000 1000000})
mkdir -p "$work/commits"
for n in "${sizes[@]}"; do
  [ -f "$work/src-$n.asm" ] || python3 "$root/bench/generate.py" "$n" "$work"
done
header="| commit |"
rule="|---|"
for n in "${sizes[@]}"; do
  header="$header $n lines (ms) |"
  rule="$rule---|"
done
echo "$header"
echo "$rule"
for commit in "$@"; do
  classes="$work/commits/$commit"
  if [ ! -d "$classes/classes" ]; then
    tree=$(mktemp -d)
    git -C "$root" worktree add -q --detach "$tree" "$commit"
    (cd "$tree" && ./mvnw -q -B -o compile >/dev/null 2>&1 || ./mvnw -q -B compile >/dev/null)
    mkdir -p "$classes"
    cp -r "$tree/target/classes" "$classes/classes"
    javac -cp "$classes/classes" -d "$classes" "$here/WarmRuns.java"
    git -C "$root" worktree remove --force "$tree"
  fi
  row="| $commit |"
  for n in "${sizes[@]}"; do
    runs=$([ "$n" -ge 1000000 ] && echo 8 || echo 20)
    row="$row $(java -Xmx2g -cp "$classes/classes:$classes" WarmRuns "$work/src-$n.asm" "$runs") |"
  done
  echo "$row"
done
