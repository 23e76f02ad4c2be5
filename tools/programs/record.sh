#!/usr/bin/env bash
# Records what the real tools do with the program corpus in src/test/resources/programs:
#   NAME.asm      -> nasm -f elf64 + ld, run with the '; args:'/'; stdin:' of its header -> NAME.expect;
#                    with '; pie' in its header also linked as a static PIE, which must behave the same
#   bin/NAME.asm  -> nasm -f bin -> bin/NAME.bin (golden bytes); if the header says '; runnable',
#                    the .bin is also run and bin/NAME.expect written.
#   errors/NAME.asm -> every diagnostic nasm gives for its marked lines -> errors/NAME.diag
# nasm runs in the source's directory, so %include/incbin resolve the same way for nasm and for us.
# usage: tools/programs/record.sh [NAME ...]   (default: every program)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
programs=$root/src/test/resources/programs
expect=$root/tools/programs/expect.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

nasm_version=$(nasm -v)
ld_version=$(ld --version | head -n 1)

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in "$programs"/*.asm "$programs"/bin/*.asm "$programs"/errors/*.asm; do
        names+=("${f#"$programs"/}")
    done
fi

for name in "${names[@]}"; do
    name=${name%.asm}
    src=$programs/$name.asm
    dir=$(dirname "$src")
    base=$(basename "$name")
    if [ "$(dirname "$name")" = errors ]; then
        python3 "$root/tools/programs/diagnose.py" "$src" "$dir/$base.diag" \
            "recorded by tools/programs/diagnose.py: $nasm_version, -f elf64"
        echo "errors/$base: $(grep -c '^error' "$dir/$base.diag") errors"
    elif [ "$(dirname "$name")" = bin ]; then
        (cd "$dir" && nasm -f bin -o "$dir/$base.bin" "$base.asm" 2>"$work/stderr")
        # warnings are part of the golden output (bin/NAME.warnings); an error is not
        if grep -q ': error: ' "$work/stderr"; then
            cat "$work/stderr" >&2
            echo "$name: nasm reported errors; the corpus must assemble" >&2
            exit 1
        fi
        if [ -s "$work/stderr" ]; then
            cp "$work/stderr" "$dir/$base.warnings"
        else
            rm -f "$dir/$base.warnings"
        fi
        if grep -q '^; runnable' "$src"; then
            cp "$dir/$base.bin" "$work/$base"
            chmod +x "$work/$base"
            python3 "$expect" "$src" "$work/$base" "$dir/$base.expect" \
                "recorded by tools/programs/record.sh: $nasm_version, -f bin, run"
        fi
        echo "bin/$base: $(stat -c %s "$dir/$base.bin") bytes"
    else
        (cd "$dir" && nasm -f elf64 -o "$work/$base.o" "$base.asm" 2>"$work/stderr")
        if [ -s "$work/stderr" ]; then
            cat "$work/stderr" >&2
            echo "$name: nasm printed diagnostics; the corpus must assemble cleanly" >&2
            exit 1
        fi
        ld -o "$work/$base" "$work/$base.o"
        python3 "$expect" "$src" "$work/$base" "$dir/$base.expect" \
            "recorded by tools/programs/record.sh: $nasm_version, -f elf64; $ld_version"
        if grep -q '^; pie' "$src"; then
            # the claim that it is position-independent: a static PIE from ld behaves the same
            ld -pie --no-dynamic-linker -z text -o "$work/$base-pie" "$work/$base.o"
            python3 "$expect" "$src" "$work/$base-pie" "$work/pie.expect" "pie"
            if ! diff <(grep -v '^#' "$dir/$base.expect") <(grep -v '^#' "$work/pie.expect") >&2; then
                echo "$name: behaves differently as a PIE" >&2
                exit 1
            fi
        fi
        echo "$name: exit $(sed -n 's/^exit //p' "$dir/$base.expect")"
    fi
done
