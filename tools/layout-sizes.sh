#!/bin/sh
# Regenerates the sizes table of docs/layouts.md: the built-in Hello and larger programs of the test
# corpus built by tinybin's CLI under each layout, next to nasm -f elf64 + ld for the same sources.
# Each tinybin binary is also run, so a size is only printed for a file that works.
#
#   tools/layout-sizes.sh            print the table
#   tools/layout-sizes.sh --update   rewrite it in docs/layouts.md (between the sizes markers)
#
# Needs java, nasm and ld (binutils); builds the plugin jar first if it is missing.
set -eu
cd "$(dirname "$0")/.."
jar=$(ls target/tinybin-maven-plugin-*-SNAPSHOT.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
    ./mvnw -q -B package -DskipTests -Dinvoker.skip=true
    jar=$(ls target/tinybin-maven-plugin-*-SNAPSHOT.jar | head -n 1)
fi
builtin=src/main/resources/io/github/tinybin/build
programs=src/test/resources/programs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# size SOURCE|- ARGS...: tinybin's size for the source ("-": the built-in program), or "—" when
# the build is refused or the binary does not exit with $status (from the corpus's NAME.expect)
size() {
    src=$1; shift
    out=$work/out
    rm -f "$out"
    if [ "$src" = - ]; then set -- "$@" -o "$out"; else set -- "$@" -o "$out" "$src"; fi
    if java -jar "$jar" "$@" 2>/dev/null; then
        rc=0
        "$out" </dev/null >/dev/null 2>&1 || rc=$?
        if [ "$rc" = "$status" ]; then
            wc -c <"$out" | tr -d ' '
            return
        fi
    fi
    echo "—"
}

# ld_size SOURCE LDFLAGS...: nasm -f elf64 + ld with those flags
ld_size() {
    src=$1; shift
    nasm -f elf64 -o "$work/o.o" "$src"
    ld "$@" -o "$work/ld.out" "$work/o.o" 2>/dev/null
    wc -c <"$work/ld.out" | tr -d ' '
}

row() { # LABEL SOURCE-FOR-TINYBIN SOURCE-FOR-NASM EXIT-STATUS
    label=$1; src=$2; nasm_src=$3; status=$4
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" \
        "$(size "$src" --layout tiny)" "$(size "$src" --layout compact)" \
        "$(size "$src" --layout standard)" "$(size "$src" --layout standard --debug)" \
        "$(size "$src" --layout smallest)" \
        "$(ld_size "$nasm_src" -s -n)" "$(ld_size "$nasm_src")"
}

table() {
    echo '| program | tiny | compact | standard | standard + debug | smallest | nasm + `ld -s -n` | nasm + `ld` |'
    echo '|---------|------|---------|----------|------------------|----------|-------------------|-------------|'
    row 'built-in Hello (`hello.asm`; `hello-smallest.asm` under smallest)' - "$builtin/hello.asm" 0
    row '`hello-smallest.asm` as a source' "$builtin/hello-smallest.asm" "$builtin/hello-smallest.asm" 0
    for p in macros struc sort; do
        row "\`programs/$p.asm\` ($(wc -c <"$programs/$p.asm" | tr -d ' ') bytes of source)" \
            "$programs/$p.asm" "$programs/$p.asm" "$(sed -n 's/^exit //p' "$programs/$p.expect")"
    done
}

if [ "${1:-}" = --update ]; then
    doc=docs/layouts.md
    table >"$work/table"
    awk -v table="$work/table" '
        /<!-- sizes:begin/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
        /<!-- sizes:end/ { skip = 0 }
        !skip { print }' "$doc" >"$work/doc"
    grep -q '<!-- sizes:begin' "$work/doc" || { echo "no sizes markers in $doc" >&2; exit 1; }
    cp "$work/doc" "$doc"
else
    table
fi
