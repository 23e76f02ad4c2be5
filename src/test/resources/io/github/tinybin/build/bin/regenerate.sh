#!/bin/sh
# Regenerates the expected flat binaries with nasm 2.16: nasm -f bin X.asm -o X.bin
set -e
cd "$(dirname "$0")"
for f in *.asm; do
    nasm -f bin "$f" -o "${f%.asm}.bin"
done
