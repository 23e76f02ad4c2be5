#!/usr/bin/env bash
# tinybin:build inside a warm Maven build: one Maven run executes the goal 1 + N times on the same
# project (the first pays for class loading; the next N are warm) and the Mojo's own time is read
# from Maven's time-stamped log. Programs: the built-in Hello and a 10k-line program (bench/generate.py
# with an entry point). Next to it: nasm -f elf64 && ld -s -n on the same source.
# The plugin is installed into a private local repository under target/bench, never into ~/.m2.
# Needs: the plugin jar (./mvnw -q package -DskipTests -Dinvoker.skip=true), nasm, ld, hyperfine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=${BENCH_WORK:-$root/target/bench}/maven
jar=$(ls "$root"/target/tinybin-maven-plugin-*.jar | grep -v -- '-sources' | head -n 1)
version=$(basename "$jar" .jar | sed 's/^tinybin-maven-plugin-//')
warm=${BENCH_MAVEN_WARM:-5}
repo="$work/m2"
mkdir -p "$work" "$repo"
cat > "$work/settings.xml" <<XML
<settings>
  <mirrors>
    <mirror><id>user-cache</id><mirrorOf>*</mirrorOf><url>file://$HOME/.m2/repository</url></mirror>
  </mirrors>
</settings>
XML
mvn=("$root/mvnw" -B -s "$work/settings.xml" -Dmaven.repo.local="$repo")
"${mvn[@]}" -q -f "$root/pom.xml" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file \
  -Dfile="$jar" -DpomFile="$root/pom.xml" > "$work/install.log" 2>&1

project() {  # $1 = directory, $2 = source file or empty for the built-in Hello
  mkdir -p "$1"
  cat > "$1/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$(basename "$1")</artifactId><version>1</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.tinybin</groupId><artifactId>tinybin-maven-plugin</artifactId><version>$version</version>
    <executions>$(for i in $(seq 0 "$warm"); do
      # a different define per execution changes the inputs, so each one really assembles
      echo "<execution><id>r$i</id><configuration><defines><BENCH_RUN>$i</BENCH_RUN></defines></configuration></execution>"
    done)</executions>
  </plugin></plugins></build>
</project>
XML
  if [ -n "$2" ]; then mkdir -p "$1/src/main/asm"; cp "$2" "$1/src/main/asm/"; fi
}

# a 10k-line program the ELF layouts accept: the generated mix behind an entry point
python3 "$here/generate.py" 10000 "$work"
{ echo "global _start"; echo "section .text"; echo "_start:"; grep -v '^bits 64$' "$work/src-10000.asm"; } > "$work/prog10k.asm"
project "$work/hello" ""
project "$work/prog10k" "$work/prog10k.asm"

echo "| program | Mojo, first run (ms) | Mojo, warm rebuild (ms, median of $warm) | Mojo, up to date (ms) | nasm -f elf64 && ld -s -n (ms) |"
echo "|---|---|---|---|---|"
for p in hello prog10k; do
  goals=()
  for i in $(seq 0 "$warm"); do goals+=("io.github.tinybin:tinybin-maven-plugin:$version:build@r$i"); done
  # then the same goal once more with unchanged inputs: the up-to-date check alone
  goals+=("io.github.tinybin:tinybin-maven-plugin:$version:build@r$warm")
  (cd "$work/$p" && "${mvn[@]}" -o -Dorg.slf4j.simpleLogger.showDateTime=true \
      -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS "${goals[@]}") > "$work/$p.log" 2>&1
  # each Mojo runs from its '--- ...:build' line to the next line Maven prints after its own output
  times=$(python3 - "$work/$p.log" <<'PY'
import re, sys
def ms(t):
    h, m, s = t.split(":")
    return (int(h) * 3600 + int(m) * 60 + float(s)) * 1000
lines = [l for l in open(sys.argv[1]) if re.match(r"\d\d:\d\d:\d\d\.\d{3} ", l)]
out, start = [], None
for l in lines:
    t = ms(l[:12])
    if ":build (r" in l and "--- " in l:
        if start is not None:
            out.append(t - start)
        start = t
    elif start is not None and ("BUILD SUCCESS" in l or "----------" in l):
        out.append(t - start)
        start = None
print(" ".join("%.0f" % x for x in out))
PY
)
  read -r -a arr <<< "$times"
  first=${arr[0]}
  median=$(printf '%s\n' "${arr[@]:1:$warm}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  uptodate=${arr[$((warm + 1))]}
  if [ "$p" = hello ]; then src="$here/sizes/hello.asm"; else src="$work/prog10k.asm"; fi
  hyperfine -N --warmup 1 --runs 5 --export-json "$work/$p-nasm.json" \
    "bash -c 'nasm -f elf64 -o $work/$p.o $src && ld -s -n -o $work/$p.ld $work/$p.o'" > /dev/null 2>&1
  nasm_ms=$(python3 -c "import json,sys; print('%.0f' % (json.load(open('$work/$p-nasm.json'))['results'][0]['mean']*1000))")
  echo "| $p | $first | $median | $uptodate | $nasm_ms |"
done
