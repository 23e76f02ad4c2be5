#!/bin/sh
# Regenerates the *.expected files from nasm 2.16's preprocessor: `nasm -E` output without its
# %line markers and blank lines, blanks collapsed. Run from this directory: ./regenerate.sh
set -e
cd "$(dirname "$0")"
for f in *.asm; do
    nasm -f elf64 -E "$f" 2>/dev/null | grep -v '^%line ' | sed -e 's/^[ \t]*//' -e 's/[ \t]*$//' | grep -v '^$' > "${f%.asm}.expected" || true
done
