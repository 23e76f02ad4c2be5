#!/usr/bin/env python3
"""Writes the same synthetic x86-64 program in four dialects for the throughput benchmark.

Usage: bench/generate.py LINES OUTDIR
Writes OUTDIR/src-LINES.asm (nasm/yasm/tinybin), src-LINES.s (GNU as, .intel_syntax noprefix)
and src-LINES.fasm (fasm). The mix: register/immediate/memory operands with SIB addressing, data
lines, labels, backward and forward short and near jumps. Deterministic: the same LINES gives the
same files.
"""
import os
import random
import sys

REGS64 = ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
REGS32 = ["eax", "ebx", "ecx", "edx", "esi", "edi", "r8d", "r9d", "r10d", "r11d"]
INDEX = ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
ALU = ["add", "sub", "and", "or", "xor", "cmp", "adc", "sbb"]
IMMS = [0, 1, 7, 127, 128, -1, -128, 255, 4096, 65535, 0x12345678, -0x7fffffff]


def mem(r, n):
    base = r.choice(REGS64)
    kind = r.randrange(4)
    disp = r.choice([0, 8, -16, 0x80, 0x1234])
    if kind == 0:
        return "[%s]" % base, "[%s]" % base
    if kind == 1:
        return "[%s%+d]" % (base, disp), "[%s%+d]" % (base, disp)
    idx = r.choice(INDEX)
    sc = r.choice([1, 2, 4, 8])
    s = "[%s+%s*%d%+d]" % (base, idx, sc, disp)
    return s, s


def generate(lines, seed=20261125):
    r = random.Random(seed)
    nasm, gas, fasm = [], [], []

    def emit(n, g=None, f=None):
        nasm.append(n)
        gas.append(g if g is not None else n)
        fasm.append(f if f is not None else n)

    emit("bits 64", ".intel_syntax noprefix\n.text", "format binary\nuse64")
    label = 0
    count = 0
    while count < lines:
        k = r.randrange(100)
        if k < 6:
            emit("L%d:" % label)
            label += 1
        elif k < 12:
            # backward or forward jump, short or near by distance
            target = label + r.choice([-3, -1, 1, 2, 40]) if label > 3 else label + 1
            cc = r.choice(["jmp", "jz", "jnz", "jl", "jge", "ja", "jbe"])
            emit("%s L%d" % (cc, target))
        elif k < 30:
            op = r.choice(ALU)
            a, b = r.choice(REGS64), r.choice(REGS64)
            emit("%s %s, %s" % (op, a, b))
        elif k < 45:
            op = r.choice(ALU)
            a, imm = r.choice(REGS32), r.choice(IMMS)
            emit("%s %s, %d" % (op, a, imm))
        elif k < 60:
            m, _ = mem(r, 0)
            reg = r.choice(REGS64)
            if r.randrange(2):
                emit("mov %s, %s" % (reg, m), "mov %s, qword ptr %s" % (reg, m), "mov %s, qword %s" % (reg, m))
            else:
                emit("mov %s, %s" % (m, reg), "mov qword ptr %s, %s" % (m, reg), "mov qword %s, %s" % (m, reg))
        elif k < 70:
            m, _ = mem(r, 0)
            imm = r.choice([0, 1, 100, 1000])
            emit("add dword %s, %d" % (m, imm), "add dword ptr %s, %d" % (m, imm), "add dword %s, %d" % (m, imm))
        elif k < 78:
            m, _ = mem(r, 0)
            emit("lea %s, %s" % (r.choice(REGS64), m))
        elif k < 84:
            reg = r.choice(REGS64)
            emit(r.choice(["push %s", "pop %s", "inc %s", "dec %s", "neg %s", "not %s"]) % reg)
        elif k < 90:
            reg = r.choice(REGS32)
            emit("shl %s, %d" % (reg, r.randrange(1, 31)))
        elif k < 94:
            emit("mov %s, %d" % (r.choice(REGS32), r.choice(IMMS)))
        elif k < 97:
            vals = ", ".join(str(r.randrange(256)) for _ in range(8))
            emit("db " + vals, ".byte " + vals, "db " + vals)
        else:
            emit("dq %d" % r.randrange(1 << 40), ".quad %d" % r.randrange(1 << 40), "dq %d" % r.randrange(1 << 40))
        count += 1
    # every jump target must exist
    for i in range(label, label + 64):
        emit("L%d:" % i)
    emit("ret")
    return nasm, gas, fasm


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lines = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    nasm, gas, fasm = generate(lines)
    for suffix, body in (("asm", nasm), ("s", gas), ("fasm", fasm)):
        with open(os.path.join(out, "src-%d.%s" % (lines, suffix)), "w") as f:
            f.write("\n".join(body) + "\n")


if __name__ == "__main__":
    main()
