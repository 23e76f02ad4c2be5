#!/usr/bin/env python3
"""Generate golden x86-64 instruction vectors from nasm.

Every candidate line is assembled ALONE, exactly as the Java tests replay it:

    bits 64
    <line>

with `nasm -f bin` (default optimisation, -Ox).  The bytes nasm writes, or the errors and warnings it
prints for line 2, are recorded in src/test/resources/vectors/<group>.txt.  See README.md for the
format.  Stdlib only; needs nasm on PATH (or NASM=/path/to/nasm).

Usage:  tools/vectors/generate.py [--jobs N] [--only GROUP[,GROUP]] [--out DIR] [--list]
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------------------------------------------
# Vocabulary

R8_LEGACY = ["al", "cl", "dl", "bl"]
R8_HIGH = ["ah", "ch", "dh", "bh"]
R8_NEW = ["spl", "bpl", "sil", "dil"]
R8_EXT = ["r%db" % i for i in range(8, 16)]
R8 = R8_LEGACY + R8_HIGH + R8_NEW + R8_EXT
R16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"] + ["r%dw" % i for i in range(8, 16)]
R32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"] + ["r%dd" % i for i in range(8, 16)]
R64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"] + ["r%d" % i for i in range(8, 16)]
REGS = {8: R8, 16: R16, 32: R32, 64: R64}
SREGS = ["es", "cs", "ss", "ds", "fs", "gs"]
SIZE = {8: "byte", 16: "word", 32: "dword", 64: "qword"}
ACC = {8: "al", 16: "ax", 32: "eax", 64: "rax"}

# A few registers per size that exercise the interesting encodings: accumulator, a plain one, one
# needing REX (high byte conflicts for 8-bit), an extended one, and rsp/rbp-like ones.
SOME = {
    8: ["al", "cl", "ah", "bh", "spl", "dil", "r8b", "r15b"],
    16: ["ax", "cx", "sp", "di", "r8w", "r15w"],
    32: ["eax", "ecx", "esp", "ebp", "r8d", "r13d"],
    64: ["rax", "rcx", "rsp", "rbp", "r8", "r12", "r15"],
}
FEW = {8: ["al", "dh", "sil", "r9b"], 16: ["ax", "bx", "r10w"], 32: ["eax", "edx", "r11d"],
       64: ["rax", "rbx", "r14"]}

BOUNDARY_IMMS = ["0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "32767", "-32768",
                 "32768", "65535", "65536", "0x7fffffff", "-0x80000000", "0x80000000", "0xffffffff",
                 "0x100000000", "-0x80000001", "0x123456789abcdef0", "0x7fffffffffffffff",
                 "-0x8000000000000000", "0xffffffffffffffff", "-2", "0x7f", "0x80", "0xff"]
SMALL_IMMS = ["0", "1", "-1", "127", "128", "-128", "-129", "255", "256"]

# Condition-code spellings nasm accepts (suffixes of j/set/cmov).
CONDITIONS = ["o", "no", "b", "c", "nae", "ae", "nb", "nc", "e", "z", "ne", "nz", "be", "na", "a",
              "nbe", "s", "ns", "p", "pe", "np", "po", "l", "nge", "ge", "nl", "le", "ng", "g", "nle"]

# Addressing forms without a size keyword.  Each is a bracketed effective address.
ADDRESSES = [
    "[rax]", "[rcx]", "[rdx]", "[rbx]", "[rsp]", "[rbp]", "[rsi]", "[rdi]",
    "[r8]", "[r9]", "[r10]", "[r11]", "[r12]", "[r13]", "[r14]", "[r15]",
    "[rax+1]", "[rax-1]", "[rax+127]", "[rax+128]", "[rax-128]", "[rax-129]",
    "[rax+0x7fffffff]", "[rax-0x80000000]", "[rsp+8]", "[rbp+0]", "[rbp-8]", "[r12+8]", "[r13+0]",
    "[r13+0x100]", "[rax+rbx]", "[rax+rbx*1]", "[rax+rbx*2]", "[rax+rbx*4+8]", "[rax+rbx*4+0x1000]",
    "[rax+rbx*8-1]", "[rsp+rax]", "[rax+rsp]", "[rsp+rsp]", "[rbp+rbp]", "[r12+r13]", "[r13+r12*2]",
    "[r15+r15*8+0x7f]", "[rbx*8+0x10]", "[rbx*8]", "[rax*1]", "[rax*2]", "[rax*3]", "[rax*5]",
    "[rax*9]", "[rax*4+rbx]", "[2*rax+rcx]", "[nosplit rax*2]", "[nosplit rax*1]", "[abs 0x1000]",
    "[0x1000]", "[0]", "[-1]", "[0x7fffffff]", "[rel $]", "[rel $+0x10]", "[rel $-0x1000]",
    "[fs:rax]", "[gs:0x28]", "[fs:0]", "[gs:rbx+rcx*4+8]", "[cs:rax]", "[ds:rax]", "[es:rax]",
    "[ss:rsp]", "[eax]", "[ecx]", "[esp]", "[ebp]", "[r8d]", "[r13d]", "[eax+ecx*2]",
    "[eax+ecx*2+0x10]", "[r8d+r9d*4+4]", "[esp+8]", "[ebx*4]", "[byte rax+0]", "[dword rax+0]",
    "[byte rbp]", "[dword rsp+4]", "[byte rax+127]", "[byte rax+128]", "[dword r13]",
    "[rax+rbx*4-0x80]", "[rax+0x1122334455]", "[rax+rbx*3]", "[rax*6]", "[rsp*2]", "[eax+rbx]",
    "[rax+rbx+rcx]", "[rip]", "[rax+rbx*16]",
]
# A shorter list for instructions where the full list would only repeat the ModRM logic.
SOME_ADDRESSES = [
    "[rax]", "[rsp]", "[rbp]", "[r12]", "[r13]", "[rax+rbx*4+8]", "[rbx*8+0x10]", "[rax*3]",
    "[rel $]", "[abs 0x1000]", "[fs:rax]", "[gs:0x28]", "[eax+ecx*2]", "[r15+0x80]", "[rsp-8]",
]
FEW_ADDRESSES = ["[rax]", "[rbp+8]", "[r12+rcx*2]", "[rel $]", "[eax]"]


def mem(size_bits, addr):
    return "%s %s" % (SIZE[size_bits], addr)


# ---------------------------------------------------------------------------------------------------
# Groups.  Each returns an iterable of source lines.  Order inside a group does not matter: the
# output is sorted; duplicates across groups are dropped (first group wins).

ALU = ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"]


def g_alu():
    for op in ALU:
        for size, regs in REGS.items():
            for r in regs:  # every register as destination and as source
                yield "%s %s, %s" % (op, r, regs[1])
                yield "%s %s, %s" % (op, regs[2], r)
            for r in SOME[size]:
                for imm in BOUNDARY_IMMS:
                    yield "%s %s, %s" % (op, r, imm)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s" % (op, a, SOME[size][1])
                yield "%s %s, %s" % (op, SOME[size][2], a)
                yield "%s %s, 1" % (op, mem(size, a))
            for imm in BOUNDARY_IMMS:
                yield "%s %s, %s" % (op, mem(size, "[rax]"), imm)
            yield "%s %s, strict byte 1" % (op, regs[0])
            yield "%s %s, strict byte 1" % (op, regs[1])
            yield "%s %s, strict %s 1" % (op, regs[0], SIZE[min(size, 32)])
            yield "%s %s, strict %s 1" % (op, regs[1], SIZE[min(size, 32)])
            yield "%s %s, strict %s -1" % (op, mem(size, "[rax]"), SIZE[min(size, 32)])
            yield "%s %s, %s 1" % (op, regs[1], SIZE[min(size, 32)])
            yield "lock %s %s, %s" % (op, mem(size, "[rax]"), regs[1])
            yield "lock %s %s, 1" % (op, mem(size, "[rdi+8]"))
            yield "lock %s %s, %s" % (op, regs[1], regs[2])
        yield "%s [rax], 1" % op
        yield "%s [rax], [rbx]" % op
        yield "%s al, ax" % op
        yield "%s eax, rax" % op
        yield "%s ah, r8b" % op
        yield "%s r8b, ah" % op
        yield "%s 1, eax" % op
        yield "%s eax" % op
        yield "%s eax, ebx, ecx" % op
        yield "%s byte [rax], ax" % op
        yield "%s eax, byte 0x80" % op
        yield "%s eax, 'ab'" % op
        yield "%s rax, 'abcd'" % op


def g_test():
    for size, regs in REGS.items():
        for r in regs:
            yield "test %s, %s" % (r, regs[1])
            yield "test %s, %s" % (regs[2], r)
            yield "test %s, 1" % r
        for r in SOME[size]:
            for imm in BOUNDARY_IMMS:
                yield "test %s, %s" % (r, imm)
        for a in SOME_ADDRESSES:
            yield "test %s, %s" % (a, SOME[size][1])
            yield "test %s, %s" % (SOME[size][2], a)
            yield "test %s, 0x7f" % mem(size, a)
        for imm in BOUNDARY_IMMS:
            yield "test %s, %s" % (mem(size, "[rax]"), imm)
        yield "test %s, strict byte 1" % regs[0]
        yield "test %s, strict %s 1" % (regs[1], SIZE[min(size, 32)])
        yield "lock test %s, %s" % (mem(size, "[rax]"), regs[1])
    yield "test [rax], 1"
    yield "test 1, eax"
    yield "test eax, bx"
    yield "test ah, r8b"


def g_syntax():
    lines = [
        "MOV EAX, EBX", "Mov Rax, [RBX+RCX*4]", "JMP SHORT $+2", "ADD AL, 0X10", "mov EAX, DWORD [Rax]",
        "PUSH QWORD [RSP+8]", "LOCK ADD [RAX], ECX", "REP MOVSB", "XCHG AX, AX", "Jnz $+0x100",
        "mov eax,ebx", "mov  eax ,  ebx", "mov eax, [ rbx + 4 ]",
        "mov eax, [rbx + rcx * 4]", "mov eax, [4+rbx]", "mov eax, [rcx*4+rbx]", "mov eax, [rbx+rcx*4+8-8]",
        "mov eax, [rax+2*3]", "mov eax, [rax+(1<<4)]", "mov eax, dword[rax]", "mov eax,dword [rax]",
        "mov eax, [rax+rbx*4+$-$]", "mov eax, [rcx+rcx]", "mov eax, [rcx*2+0]", "mov eax, [rcx+rcx*1]",
        "mov eax, [rbx+rcx*4+0x10-0x10]", "mov eax, [-8+rbp]", "mov eax, [rbp-0]", "mov eax, [rax+0]",
        "mov eax, [rax+rbx*0]", "mov eax, [rax*0]", "mov eax, [rax*0+rbx]", "mov eax, [rbx-rax+rax]",
        "mov eax, [rax*2+rax]", "mov eax, [rax+rax*2]", "mov eax, [3*rax]", "mov eax, [rax*3+8]",
        "mov eax, [rax*4*2]", "mov eax, [(rax+8)*2]", "mov eax, [byte 0]", "mov eax, [word rax]",
        "mov eax, [qword rax]", "mov eax, [qword rax+0x10]", "mov eax, [fs: rax]", "mov eax, fs:[rax]",
        "mov eax, [fs:gs:rax]", "mov eax, [rel fs:0]", "mov eax, [fs:rel 0]", "mov eax, [rel rax]",
        "mov eax, [abs rax]", "mov eax, [rel $+0x7fffffff]", "mov eax, [rel $+0x80000000]",
        "mov eax, [rel $-0x80000000]", "mov eax, [abs $]", "mov eax, [$]", "mov eax, [$$]",
        "mov eax, [a64 rax]", "mov eax, [a32 rax]", "mov eax, [a32 eax]", "mov eax, [a64 eax]",
        "mov eax, [byte eax+1]", "mov eax, [dword eax+1]", "mov eax, [nosplit rax*3]",
        "mov eax, [nosplit rax+rbx]", "mov eax, [nosplit rbx*1+8]", "mov eax, [rbp*1]",
        "mov eax, [r13*1]", "mov eax, [rsp*1]", "mov eax, [r12*1]", "mov eax, [r12*2]",
        "mov eax, [nosplit rbp*1]", "mov eax, [rbp+r13]", "mov eax, [r13+rbp]", "mov eax, [r12+rsp]",
        "mov eax, [rsp+r12]", "mov eax, [rsp+r12*2]", "mov eax, [r12*2+rsp]",
        "mov eax, [eax*3]", "mov eax, [esp]", "mov eax, [ebp*1]", "mov eax, [r13d+r12d*8+4]",
        "mov eax, [r12d]", "mov eax, [ebp+esp]", "mov eax, [esp+ebp]",
        "mov eax, 'a'+1", "mov eax, 'a'<<8", "mov eax, ~'a'", "add al, 'a'-'A'",
        "mov eax, 1 ; comment", "mov eax, 1;comment", "nop;", "nop ; mov eax, 1", "; only a comment",
        "mov eax, ';'", "mov eax, \"'\"", "mov eax, '\"'", "mov eax, `'`", "mov eax, `\\\\`",
        "mov eax, `\\x41`", "mov eax, `\\101`", "mov eax, `\\e`", "mov eax, `\\u00e9`",
        "mov eax, `\\U0001F600`", "mov eax, `\\0`", "mov eax, `\\z`", "mov eax, 'ab' + 'c'",
        "mov eax, 1 + + 1", "mov eax, (((1)))", "mov eax, -(1)", "mov eax, 0 - 1", "mov eax, 5 / -2",
        "mov eax, 5 // -2", "mov eax, -5 % 3", "mov eax, -5 %% 3", "mov eax, 1 << 31", "mov eax, 1 << 32",
        "mov rax, 1 << 63", "mov rax, 1 << 64", "mov rax, -1 >> 1", "mov rax, -1 >>> 1", "mov rax, 1 <<< 2",
        "mov eax, 3 & 5 | 8 ^ 2", "mov eax, 1 | 2 & 3", "mov eax, 1 ^ 2 | 4", "mov eax, ~~1", "mov eax, !!5",
        "mov eax, 2 * 3 + 4", "mov eax, 2 + 3 * 4", "mov eax, (2 + 3) * 4", "mov eax, 10 - 2 - 3",
        "mov eax, 100 / 10 / 5", "mov eax, 1 < 2", "mov eax, 2 > 1", "mov eax, 1 == 1", "mov eax, 1 != 1",
        "mov eax, 1 && 0", "mov eax, 1 || 0", "mov eax, 1 ^^ 1", "mov eax, 1 <=> 2", "mov eax, 1 ? 2 : 3",
        "mov eax, seg 0", "mov eax, 0x1p4", "mov eax, 1.0", "mov eax, __?float32?__(1.0)",
        "mov eax, __float32__(1.5)", "mov rax, __?float64?__(1.0)", "mov eax, __?utf16?__('a')",
        "dw __?utf16?__('ab')", "dd __?utf32?__('ab')", "dw __utf16le__('a')",
        "mov eax, __?NASM_VERSION_ID?__", "mov eax, __?BITS?__", "mov eax, __?LINE?__",
        "mov eax, %1", "mov eax, 1%2", "mov eax, 0x7fffffff+1", "mov eax, -0x80000000-1",
        "jmp $ + 2", "jmp $+ 2", "jmp $+$-$", "jmp $$", "jmp $$+0x10", "jmp 2+$", "jmp -2+$",
        "call $$", "jz $$", "loop $$", "mov eax, $", "mov rax, $", "push $", "mov eax, $$",
        "mov eax, $-$$", "dq $-$$", "times 2 nop", "times 2 mov eax, 1", "times 0 nop",
        "times 3 jmp $", "times 2 add eax, 1", "nop\\", "mov eax, 1 \\", "mov eax, \\",
        "label: mov eax, 1", "label mov eax, 1", "label: dd $", "label: equ 5", "x equ 5",
        "..start: nop", ".l: nop", "@x: nop", "?x: nop", "x.y: nop", "_: nop", "x: x: nop",
        "mov eax, x", "mov rax, [x]", "jmp x", "jmp .l", "align 16", "alignb 16", "align 4, nop",
        "align 8, db 0", "bits 32", "bits 16", "bits 64", "[bits 64]", "use64", "default rel",
        "default abs", "cpu x64", "org 0x100", "section .text", "section .data", "global x",
        "extern x", "%define X 1", "%error hi", "%warning hi", "%line 5", "%fatal stop",
    ]
    return lines


def g_address():
    """Every base with every index, every displacement size, index-only and 32-bit forms."""
    for b in R64:
        for i in R64:
            yield "mov ecx, [%s+%s*4]" % (b, i)
            yield "lea rdx, [%s+%s]" % (b, i)
        for d in ["0", "1", "-1", "0x7f", "0x80", "-0x80", "-0x81", "0x7fffffff", "-0x80000000",
                  "0xff", "0x100"]:
            yield "mov ecx, [%s+%s]" % (b, d)
            yield "mov ecx, [%s+rbx*2+%s]" % (b, d)
        yield "mov ecx, [byte %s]" % b
        yield "mov ecx, [dword %s]" % b
        yield "mov ecx, [nosplit %s*1]" % b
        yield "mov [%s], r9" % b
        yield "add qword [%s+8], 1" % b
    for i in R64:
        for sc in ["1", "2", "3", "4", "5", "8", "9"]:
            yield "mov ecx, [%s*%s]" % (i, sc)
            yield "mov ecx, [%s*%s+0x10]" % (i, sc)
            yield "mov ecx, [nosplit %s*%s]" % (i, sc)
    for b in R32:
        for i in R32:
            yield "mov ecx, [%s+%s*2]" % (b, i)
        for d in ["0", "1", "-1", "0x80", "0x7fffffff"]:
            yield "mov ecx, [%s+%s]" % (b, d)
        yield "mov ecx, [%s*8]" % b
    for seg in SREGS:
        for a in ["[rax]", "[rbp]", "[rsp+8]", "[r13]", "[0x10]", "[abs 0x10]", "[rel $]",
                  "[eax]", "[rax+rbx*2+8]"]:
            yield "mov ecx, [%s:%s]" % (seg, a[1:-1])
            yield "mov ecx, %s:%s" % (seg, a)
            yield "lea rcx, [%s:%s]" % (seg, a[1:-1])


def g_labels():
    """A label defined on the line itself: values derived from it are relocatable."""
    uses = ["push x", "push x+1", "push x-$", "push x-x", "push $", "push $$", "push $-$$",
            "mov rax, x", "mov eax, x", "mov esi, x", "mov si, x", "mov sil, x", "mov r9, x",
            "mov rax, x-x", "mov rax, x+0x100000000", "mov qword [rax], x", "mov dword [rax], x",
            "add eax, x", "add rax, x", "add eax, x+1", "add eax, x-x", "add eax, (x-x)+1",
            "add al, x", "add ax, x", "cmp rax, x", "and ecx, x", "sub rsp, x-$", "test eax, x",
            "imul eax, ebx, x", "imul eax, x", "shl eax, x", "int x", "ret x", "enter x, 0",
            "in al, x", "out x, al", "mov eax, [x]", "mov eax, [x+8]", "mov eax, [rel x]",
            "mov eax, [rel x+8]", "mov eax, [abs x]", "mov eax, [rax+x]", "mov eax, [rbp+x]",
            "mov eax, [rbp+x-x]", "mov eax, [rax+x-$]", "mov eax, [rax*2+x]", "mov eax, [eax+x]",
            "lea rax, [rel x]", "lea rax, [x]", "lea rax, [rax+x]", "mov al, [abs qword x]",
            "mov rax, [qword x]", "jmp x", "jmp x+0x80", "jmp x+0x100", "jmp short x",
            "jmp near x", "jz x", "jz x+0x80", "jz x+0x82", "jz x-0x7e", "call x", "loop x",
            "jrcxz x", "jmp [x]", "call [rel x]", "jmp qword [x]", "dq x", "dd x", "dw x",
            "db x", "dq x-$", "dq $-x", "dd x+0x100000000", "times 2 dq x",
            "mov eax, x*2", "mov eax, x/2", "mov eax, x>>1", "mov eax, -x", "mov eax, x&1",
            "mov eax, seg x", "mov eax, wrt x", "push strict byte x", "push qword x",
            "add eax, strict byte x", "mov rax, strict qword x", "mov eax, y", "jmp y"]
    for label in ["x:", "x"]:
        for u in uses:
            yield "%s %s" % (label, u)
    for u in ["push x", "jmp x", "mov eax, [rax+x]"]:
        yield "x: %s ; comment" % u
        yield "x:%s" % u
        yield "  x :  %s" % u
    for u in ["jmp .l", "mov eax, .l", "push .l"]:
        yield ".l: " + u
    for u in ["mov eax, x.l", "push x.l"]:
        yield "x.l: " + u


def g_mov():
    for size, regs in REGS.items():
        for a in regs:
            for b in regs:
                yield "mov %s, %s" % (a, b)
        for r in regs:
            for imm in BOUNDARY_IMMS:
                yield "mov %s, %s" % (r, imm)
        for r in SOME[size]:
            for a in ADDRESSES:
                yield "mov %s, %s" % (r, a) if r == SOME[size][0] else "mov %s, %s" % (a, r)
        for a in ADDRESSES:
            yield "mov %s, 1" % mem(size, a)
        for imm in BOUNDARY_IMMS:
            yield "mov %s, %s" % (mem(size, "[rbx]"), imm)
        yield "mov %s, strict %s 1" % (regs[0], SIZE[size])
        yield "mov %s, strict %s 1" % (regs[9], SIZE[size])
        yield "mov %s, %s 1" % (regs[9], SIZE[size])
    yield "mov rax, strict qword -1"
    yield "mov rax, strict dword -1"
    yield "mov rax, strict dword 0xffffffff"
    yield "mov rax, dword 0x80000000"
    yield "mov r11, qword 0x80000000"
    yield "mov qword [rax], strict dword -1"
    yield "mov qword [rax], 0x80000000"
    # moffs forms
    for size in (8, 16, 32, 64):
        acc = ACC[size]
        for addr in ["[abs qword 0x1122334455667788]", "[qword 0x1122334455667788]",
                     "[abs qword 0x1000]", "[qword 0]", "[0x1122334455667788]",
                     "[abs 0x1000]", "[a32 0x1000]", "[dword 0x1000]", "[fs:qword 0x28]",
                     "[gs:abs qword 0x1122334455667788]", "[abs qword 0xffffffffffffffff]"]:
            yield "mov %s, %s" % (acc, addr)
            yield "mov %s, %s" % (addr, acc)
            yield "mov %s, %s" % (mem(size, addr), acc)
        yield "mov %s, [abs qword 0x1000]" % REGS[size][1]
        yield "a32 mov %s, [0x1000]" % acc
    # segment registers
    for s in SREGS:
        for r in ["ax", "eax", "rax", "r9w", "r9d", "r9"]:
            yield "mov %s, %s" % (r, s)
            yield "mov %s, %s" % (s, r)
        for a in ["[rax]", "[r12+8]", "[rel $]"]:
            yield "mov %s, %s" % (a, s)
            yield "mov %s, %s" % (s, a)
            yield "mov word %s, %s" % (a, s)
            yield "mov %s, word %s" % (s, a)
            yield "mov dword %s, %s" % (a, s)
            yield "mov qword %s, %s" % (a, s)
        yield "mov %s, al" % s
        yield "mov %s, 1" % s
        yield "mov %s, ds" % s
    # control and debug registers
    for c in ["cr0", "cr2", "cr3", "cr4", "cr8", "cr1", "cr9", "cr15"]:
        yield "mov rax, %s" % c
        yield "mov %s, rax" % c
        yield "mov r10, %s" % c
        yield "mov %s, r10" % c
        yield "mov eax, %s" % c
    for d in ["dr0", "dr1", "dr3", "dr6", "dr7", "dr8", "dr15"]:
        yield "mov rax, %s" % d
        yield "mov %s, r9" % d
        yield "mov ecx, %s" % d
    yield "mov [rax], 1"
    yield "mov [rax], [rbx]"
    yield "mov 1, eax"
    yield "mov al, 0x100"
    yield "mov ax, 0x10000"
    yield "mov eax, 0x100000000"
    yield "mov byte [rax], ax"
    yield "mov rax, eax"
    yield "mov eax, 'abcd'"
    yield "mov rax, 'abcdefgh'"
    yield "mov al, 'a'"
    yield "mov ax, `\\n\\0`"


def g_transfer():
    # movsx / movzx / movsxd
    for op in ["movsx", "movzx"]:
        for dst_size in (16, 32, 64):
            for src_size in (8, 16):
                for r in REGS[src_size]:
                    yield "%s %s, %s" % (op, SOME[dst_size][1], r)
                for d in REGS[dst_size]:
                    yield "%s %s, %s" % (op, d, REGS[src_size][2])
                for a in SOME_ADDRESSES:
                    yield "%s %s, %s" % (op, SOME[dst_size][2], mem(src_size, a))
            yield "%s %s, [rax]" % (op, SOME[dst_size][0])
            yield "%s %s, dword [rax]" % (op, SOME[dst_size][0])
        yield "%s eax, ecx" % op
        yield "%s rax, ecx" % op
        yield "%s ax, ax" % op
        yield "%s al, bl" % op
        yield "%s ah, r8b" % op
        yield "%s rax, ah" % op
        yield "%s r8, ah" % op
    for r in R64:
        yield "movsxd %s, %s" % (r, "ecx")
    for r in R32:
        yield "movsxd %s, %s" % ("rdx", r)
    for a in SOME_ADDRESSES:
        yield "movsxd rax, dword %s" % a
        yield "movsxd rax, %s" % a
    yield "movsxd eax, ecx"
    yield "movsxd rax, ax"
    yield "movsxd rax, rcx"
    yield "movsx rax, dword [rax]"
    # xchg
    for size, regs in REGS.items():
        for a in regs:
            yield "xchg %s, %s" % (ACC[size], a)
            yield "xchg %s, %s" % (a, ACC[size])
            yield "xchg %s, %s" % (a, regs[3])
        for a in SOME_ADDRESSES:
            yield "xchg %s, %s" % (a, SOME[size][1])
            yield "xchg %s, %s" % (SOME[size][1], a)
        yield "lock xchg [rax], %s" % regs[1]
        yield "xchg %s, 1" % regs[0]
    # bswap
    for r in R32 + R64 + ["ax", "r8w", "al"]:
        yield "bswap %s" % r
    # cbw family
    for op in ["cbw", "cwde", "cdqe", "cwd", "cdq", "cqo", "o16 cbw", "o64 cwde", "o16 cwd",
               "o64 cdq"]:
        yield op
    # push / pop
    for r in R16 + R64:
        yield "push %s" % r
        yield "pop %s" % r
    for r in R32 + ["al", "r8b"]:
        yield "push %s" % r
        yield "pop %s" % r
    for a in SOME_ADDRESSES:
        yield "push qword %s" % a
        yield "pop qword %s" % a
        yield "push word %s" % a
        yield "pop word %s" % a
        yield "push %s" % a
        yield "pop %s" % a
    yield "push dword [rax]"
    yield "pop dword [rax]"
    yield "push byte [rax]"
    for imm in BOUNDARY_IMMS:
        yield "push %s" % imm
    for imm in ["0", "1", "-1", "127", "128", "-128", "0x7fff", "0xffff", "0x10000"]:
        yield "push word %s" % imm
        yield "push qword %s" % imm
        yield "push dword %s" % imm
        yield "push byte %s" % imm
        yield "push strict dword %s" % imm
        yield "push strict byte %s" % imm
        yield "push strict word %s" % imm
        yield "push strict qword %s" % imm
        yield "o16 push %s" % imm
    yield "push 'ab'"
    yield "pop 1"
    for s in SREGS:
        yield "push %s" % s
        yield "pop %s" % s
        yield "o16 push %s" % s
        yield "o64 pop %s" % s
    for op in ["pushf", "popf", "pushfq", "popfq", "pushfw", "popfw", "pushfd", "popfd", "pusha",
               "popa", "pushad", "popad", "pushaw", "popaw"]:
        yield op
    # cmovcc
    for cc in CONDITIONS:
        for size in (16, 32, 64):
            yield "cmov%s %s, %s" % (cc, SOME[size][0], SOME[size][4])
            yield "cmov%s %s, %s" % (cc, SOME[size][5], SOME[size][1])
            yield "cmov%s %s, %s" % (cc, SOME[size][1], mem(size, "[rax+rbx*2]"))
        yield "cmov%s eax, [rel $]" % cc
        yield "cmov%s al, bl" % cc
        yield "cmov%s eax, 1" % cc
        yield "cmov%s [rax], eax" % cc
    for size in (16, 32, 64):
        for r in REGS[size]:
            yield "cmovz %s, %s" % (r, REGS[size][1])
            yield "cmovnz %s, %s" % (REGS[size][1], r)
    # movbe
    for size in (16, 32, 64):
        for r in REGS[size]:
            yield "movbe %s, [rax]" % r
        for a in SOME_ADDRESSES:
            yield "movbe %s, %s" % (SOME[size][1], a)
            yield "movbe %s, %s" % (a, SOME[size][4])
        yield "movbe %s, %s" % (REGS[size][0], REGS[size][1])
    yield "movbe al, [rax]"
    yield "movbe [rax], bl"
    # lea
    for size in (16, 32, 64):
        for r in REGS[size]:
            yield "lea %s, [rax+rbx*4+8]" % r
        for a in ADDRESSES:
            yield "lea %s, %s" % (SOME[size][1], a)
    yield "lea rax, rbx"
    yield "lea al, [rax]"
    yield "lea rax, 1"
    yield "lea rax, qword [rax]"
    yield "lea rax, [rel $+0x12345678]"


def g_arith():
    for op in ["inc", "dec", "neg", "not", "mul", "div", "idiv", "imul"]:
        for size, regs in REGS.items():
            for r in regs:
                yield "%s %s" % (op, r)
            for a in SOME_ADDRESSES:
                yield "%s %s" % (op, mem(size, a))
            yield "lock %s %s" % (op, mem(size, "[rax]"))
        yield "%s [rax]" % op
        yield "%s 1" % op
        yield "%s eax, ebx, ecx, edx" % op
    # imul two and three operand forms
    for size in (16, 32, 64):
        regs = REGS[size]
        for r in regs:
            yield "imul %s, %s" % (r, regs[1])
            yield "imul %s, %s" % (regs[2], r)
        for a in SOME_ADDRESSES:
            yield "imul %s, %s" % (SOME[size][2], a)
            yield "imul %s, %s, 3" % (SOME[size][1], mem(size, a))
        for imm in BOUNDARY_IMMS:
            for r in FEW[size]:
                yield "imul %s, %s" % (r, imm)
                yield "imul %s, %s, %s" % (r, FEW[size][1], imm)
            yield "imul %s, [rax], %s" % (regs[3], imm)
        yield "imul %s, %s, strict %s 1" % (regs[0], regs[1], SIZE[min(size, 32)])
        yield "imul %s, %s, strict byte 1" % (regs[0], regs[1])
        yield "imul %s, %s, byte 1" % (regs[0], regs[1])
    yield "imul al, bl"
    yield "imul al, bl, 1"
    yield "imul eax, ebx, ecx"
    yield "imul eax, rbx"
    yield "imul [rax], eax"
    # cmpxchg / xadd
    for op in ["cmpxchg", "xadd"]:
        for size, regs in REGS.items():
            for r in regs:
                yield "%s %s, %s" % (op, regs[3], r)
                yield "%s %s, %s" % (op, r, regs[2])
            for a in SOME_ADDRESSES:
                yield "%s %s, %s" % (op, a, SOME[size][1])
                yield "lock %s %s, %s" % (op, a, SOME[size][2])
        yield "%s eax, [rax]" % op
        yield "%s [rax], 1" % op
    for op in ["cmpxchg8b", "cmpxchg16b"]:
        for a in SOME_ADDRESSES:
            yield "%s %s" % (op, a)
            yield "lock %s %s" % (op, a)
            yield "%s qword %s" % (op, a)
            yield "%s oword %s" % (op, a)
        yield "%s rax" % op
        yield "%s" % op
    # adcx / adox
    for op in ["adcx", "adox"]:
        for size in (32, 64):
            for r in REGS[size]:
                yield "%s %s, %s" % (op, r, REGS[size][1])
                yield "%s %s, %s" % (op, REGS[size][2], r)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s" % (op, SOME[size][1], a)
        yield "%s ax, bx" % op
        yield "%s [rax], eax" % op
    for op in ["daa", "das", "aaa", "aas", "aam", "aad", "aam 16", "aad 16", "bound eax, [rax]",
               "into", "salc", "arpl [rax], ax", "lds eax, [rax]", "les eax, [rax]",
               "lss eax, [rax]", "lfs eax, [rax]", "lgs eax, [rax]", "lss rax, [rax]",
               "lfs rsp, [rax]", "lgs r8w, [rax]", "lfs eax, ebx"]:
        yield op


def g_shift():
    for op in ["rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar"]:
        for size, regs in REGS.items():
            for r in regs:
                yield "%s %s, 1" % (op, r)
                yield "%s %s, cl" % (op, r)
                yield "%s %s, 5" % (op, r)
            for r in FEW[size]:
                for imm in ["0", "2", "7", "8", "15", "31", "32", "63", "64", "127", "255", "256",
                            "-1", "byte 1", "strict byte 1"]:
                    yield "%s %s, %s" % (op, r, imm)
                yield "%s %s" % (op, r)
            for a in SOME_ADDRESSES:
                yield "%s %s, 1" % (op, mem(size, a))
                yield "%s %s, cl" % (op, mem(size, a))
                yield "%s %s, 3" % (op, mem(size, a))
            yield "%s %s" % (op, mem(size, "[rax]"))
        yield "%s [rax], 1" % op
        yield "%s eax, bl" % op
        yield "%s eax, ecx" % op
        yield "%s eax, cx" % op
        yield "lock %s dword [rax], 1" % op
    for op in ["shld", "shrd"]:
        for size in (16, 32, 64):
            regs = REGS[size]
            for r in regs:
                yield "%s %s, %s, 1" % (op, r, regs[1])
                yield "%s %s, %s, cl" % (op, regs[2], r)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s, 4" % (op, a, SOME[size][1])
                yield "%s %s, %s, cl" % (op, mem(size, a), SOME[size][4])
            for imm in ["0", "31", "63", "64", "255", "256", "-1"]:
                yield "%s %s, %s, %s" % (op, regs[0], regs[3], imm)
        yield "%s al, bl, 1" % op
        yield "%s eax, ebx" % op
        yield "%s eax, ebx, dl" % op
        yield "%s eax, 1, ebx" % op


def g_bits():
    for op in ["bt", "bts", "btr", "btc"]:
        for size in (16, 32, 64):
            regs = REGS[size]
            for r in regs:
                yield "%s %s, %s" % (op, r, regs[1])
                yield "%s %s, %s" % (op, regs[2], r)
                yield "%s %s, 5" % (op, r)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s" % (op, a, SOME[size][1])
                yield "%s %s, 7" % (op, mem(size, a))
            for imm in ["0", "31", "63", "127", "128", "255", "256", "-1", "-128", "-129"]:
                yield "%s %s, %s" % (op, regs[0], imm)
        if op != "bt":
            yield "lock %s dword [rax], 1" % op
            yield "lock %s [rax], rcx" % op
        yield "%s al, 1" % op
        yield "%s [rax], 1" % op
        yield "%s byte [rax], 1" % op
        yield "%s eax, rax" % op
    for op in ["bsf", "bsr", "lzcnt", "tzcnt", "popcnt"]:
        for size in (16, 32, 64):
            regs = REGS[size]
            for r in regs:
                yield "%s %s, %s" % (op, r, regs[1])
                yield "%s %s, %s" % (op, regs[2], r)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s" % (op, SOME[size][1], a)
                yield "%s %s, %s" % (op, SOME[size][1], mem(size, a))
        yield "%s al, bl" % op
        yield "%s eax, bx" % op
        yield "%s [rax], eax" % op
        yield "%s eax, 1" % op
    # setcc
    for cc in CONDITIONS:
        for r in R8:
            yield "set%s %s" % (cc, r)
        for a in SOME_ADDRESSES:
            yield "set%s %s" % (cc, a)
        yield "set%s byte [rax]" % cc
        yield "set%s eax" % cc
        yield "set%s word [rax]" % cc


def g_bmi():
    three_rrm = ["andn", "mulx", "pdep", "pext"]      # r, r(vvvv), r/m
    three_rmr = ["bextr", "bzhi", "sarx", "shlx", "shrx"]  # r, r/m, r(vvvv)
    two = ["blsi", "blsmsk", "blsr"]                    # r(vvvv), r/m
    for size in (32, 64):
        regs = REGS[size]
        for op in three_rrm:
            for r in regs:
                yield "%s %s, %s, %s" % (op, r, regs[1], regs[2])
                yield "%s %s, %s, %s" % (op, regs[3], r, regs[9])
                yield "%s %s, %s, %s" % (op, regs[0], regs[14], r)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s, %s" % (op, regs[1], regs[10], a)
        for op in three_rmr:
            for r in regs:
                yield "%s %s, %s, %s" % (op, r, regs[1], regs[2])
                yield "%s %s, %s, %s" % (op, regs[3], r, regs[9])
                yield "%s %s, %s, %s" % (op, regs[0], regs[14], r)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s, %s" % (op, regs[1], a, regs[10])
        for op in two:
            for r in regs:
                yield "%s %s, %s" % (op, r, regs[1])
                yield "%s %s, %s" % (op, regs[2], r)
            for a in SOME_ADDRESSES:
                yield "%s %s, %s" % (op, regs[12], a)
        for r in regs:
            yield "rorx %s, %s, 3" % (r, regs[1])
            yield "rorx %s, %s, 1" % (regs[2], r)
        for a in SOME_ADDRESSES:
            yield "rorx %s, %s, 7" % (regs[8], a)
        for imm in ["0", "31", "63", "64", "255", "256", "-1"]:
            yield "rorx %s, %s, %s" % (regs[0], regs[1], imm)
    for op in three_rrm + three_rmr:
        yield "%s ax, bx, cx" % op
        yield "%s eax, ebx, rcx" % op
        yield "%s eax, ebx" % op
        yield "%s eax, ebx, 1" % op
    for op in two:
        yield "%s ax, bx" % op
        yield "%s eax" % op
    yield "rorx eax, ebx"
    yield "rorx ax, bx, 1"
    yield "rorx eax, ebx, ecx"


def g_control():
    targets = ["$", "$+2", "$-2", "$+0x10", "$+0x7f", "$+0x80", "$+0x81", "$+0x82", "$-0x7e",
               "$-0x7f", "$-0x80", "$-0x81", "$+0x1000", "$-0x1000", "$+0x7fffffff",
               "$+0x80000000", "$-0x80000000"]
    for cc in CONDITIONS:
        for t in targets:
            yield "j%s %s" % (cc, t)
        for t in ["$", "$+0x81", "$-0x80", "$+0x1000"]:
            yield "j%s short %s" % (cc, t)
            yield "j%s near %s" % (cc, t)
            yield "j%s strict short %s" % (cc, t)
            yield "j%s strict near %s" % (cc, t)
        yield "j%s far $" % cc
        yield "j%s rax" % cc
        yield "j%s [rax]" % cc
        yield "j%s" % cc
    for t in targets:
        yield "jmp %s" % t
        yield "call %s" % t
        yield "jmp short %s" % t
        yield "jmp near %s" % t
        yield "jmp strict near %s" % t
        yield "call near %s" % t
    yield "jmp strict short $"
    yield "jmp short $+0x200"
    yield "call short $"
    yield "call strict $"
    yield "jmp qword $"
    yield "jmp dword $"
    yield "jmp word $"
    yield "call qword $+0x10"
    yield "o16 jmp $+0x1000"
    yield "o16 call $"
    yield "o64 jmp $"
    for op in ["jmp", "call"]:
        for r in R64:
            yield "%s %s" % (op, r)
        for r in ["eax", "ax", "r8d", "al"]:
            yield "%s %s" % (op, r)
        for a in SOME_ADDRESSES:
            yield "%s %s" % (op, a)
            yield "%s qword %s" % (op, a)
            yield "%s far %s" % (op, a)
        for spec in ["near", "word", "dword", "far qword", "far dword", "far word", "near qword",
                     "tword", "far"]:
            yield "%s %s [rax]" % (op, spec)
        yield "%s 0x10:0x1000" % op
        yield "%s far 0x1000" % op
        yield "%s 0x1000" % op
        yield "%s 0" % op
        yield "%s [rel $]" % op
        yield "%s near rax" % op
        yield "%s short rax" % op
    for op in ["loop", "loope", "loopz", "loopne", "loopnz"]:
        for t in ["$", "$+2", "$-2", "$+0x81", "$-0x7e", "$-0x80", "$+0x1000", "short $",
                  "near $"]:
            yield "%s %s" % (op, t)
        for r in ["rcx", "ecx", "cx", "eax"]:
            yield "%s $, %s" % (op, r)
        yield "a32 %s $" % op
        yield "o16 %s $" % op
    for op in ["jrcxz", "jecxz", "jcxz"]:
        for t in ["$", "$+2", "$-2", "$+0x81", "$-0x7e", "$+0x1000", "short $", "near $"]:
            yield "%s %s" % (op, t)
        yield "a32 %s $" % op
    for op in ["ret", "retn", "retf", "retq", "retnq", "retfq", "retw", "retfd", "retfw",
               "retnw", "retd", "retnd"]:
        yield op
        for imm in ["0", "1", "8", "0x7fff", "0xffff", "0x10000", "-1", "-32768", "-32769"]:
            yield "%s %s" % (op, imm)
        yield "%s eax" % op
        yield "o16 %s" % op
        yield "o64 %s" % op
    for a, b in [("0", "0"), ("16", "0"), ("16", "1"), ("0xffff", "0xff"), ("0x10000", "0"),
                 ("0", "0x100"), ("8", "31"), ("8", "32"), ("-1", "-1"), ("1", "1")]:
        yield "enter %s, %s" % (a, b)
    yield "enter 1"
    yield "enter eax, 0"
    yield "o16 enter 8, 0"
    for op in ["leave", "o16 leave", "o64 leave", "o32 leave", "leavew", "leaveq"]:
        yield op
    for imm in ["0", "1", "3", "0x80", "0xff", "0x100", "-1", "-128", "-129"]:
        yield "int %s" % imm
    for op in ["int3", "int1", "icebp", "int 3", "into", "iret", "iretw", "iretd", "iretq",
               "o16 iret", "o64 iret", "int eax", "int"]:
        yield op


def g_string():
    base = ["movs", "cmps", "scas", "lods", "stos", "ins", "outs"]
    sizes = ["b", "w", "d", "q"]
    prefixes = ["", "rep ", "repe ", "repz ", "repne ", "repnz ", "a32 ", "o16 ", "o64 ", "fs ",
                "gs ", "es ", "cs ", "ss ", "ds ", "lock ", "rep fs ", "fs rep ", "a32 rep ",
                "rep a32 ", "o16 rep ", "repe a32 ", "repne gs ", "lock rep ", "rep rep ",
                "rep repne "]
    for b in base:
        for s in sizes:
            for p in prefixes:
                yield "%s%s%s" % (p, b, s)
        yield b
    yield "xlatb"
    yield "xlat"
    yield "fs xlatb"
    yield "a32 xlatb"
    yield "rep xlatb"
    yield "xlatb al"
    for op in ["movsb al", "movsd eax, ebx", "stosb al", "lodsb [rsi]"]:
        yield op


def g_io():
    for size, acc in [(8, "al"), (16, "ax"), (32, "eax"), (64, "rax")]:
        yield "in %s, dx" % acc
        yield "out dx, %s" % acc
        for imm in ["0", "1", "0x60", "0x7f", "0x80", "0xff", "0x100", "-1", "-128", "-129",
                    "byte 0x60", "strict byte 0x60"]:
            yield "in %s, %s" % (acc, imm)
            yield "out %s, %s" % (imm, acc)
        yield "o16 in %s, dx" % acc
        yield "in %s, cx" % acc
        yield "out cx, %s" % acc
        yield "in %s, edx" % acc
        yield "out edx, %s" % acc
    for r in ["bl", "cx", "ebx", "r8b"]:
        yield "in %s, dx" % r
        yield "out dx, %s" % r
    yield "in al"
    yield "out dx"
    yield "in dx, al"
    yield "out al, dx"


def g_flags():
    ops = ["clc", "stc", "cmc", "cld", "std", "cli", "sti", "lahf", "sahf", "pushf", "popf",
           "pushfq", "popfq", "clac", "stac", "nop", "pause", "hlt", "cpuid", "ud2", "ud2a",
           "ud2b", "ud0", "ud1", "wait", "fwait", "sfence", "lfence", "mfence", "int3", "syscall",
           "sysret", "sysenter", "sysexit", "swapgs", "rdtsc", "rdtscp", "rdpmc", "rdmsr",
           "wrmsr", "clts", "invd", "wbinvd", "rsm", "leave", "cwd", "cmc al", "clc 1",
           "monitor", "mwait", "rdpid rax", "serialize", "wbnoinvd"]
    prefixes = ["", "o16 ", "o32 ", "o64 ", "a32 ", "rep ", "lock "]
    for op in ops:
        for p in prefixes:
            yield p + op
    yield "CLC"
    yield "Cld"
    yield "  nop"
    yield "nop ; comment"
    yield "NOP"


def g_misc():
    # multi-byte nop forms
    for size in (16, 32, 64):
        for r in REGS[size]:
            yield "nop %s" % r
        for a in SOME_ADDRESSES:
            yield "nop %s" % mem(size, a)
            yield "nop %s" % a
    yield "nop al"
    yield "nop byte [rax]"
    yield "nop eax, ebx"
    # ud0/ud1 with operands
    for op in ["ud0", "ud1"]:
        for size in (16, 32, 64):
            for r in REGS[size]:
                yield "%s %s, %s" % (op, r, REGS[size][1])
            for a in SOME_ADDRESSES:
                yield "%s %s, %s" % (op, SOME[size][2], a)
        yield "%s al, bl" % op
        yield "%s eax" % op
    # rdrand / rdseed / rdpid
    for op in ["rdrand", "rdseed"]:
        for size in (16, 32, 64):
            for r in REGS[size]:
                yield "%s %s" % (op, r)
        yield "%s al" % op
        yield "%s [rax]" % op
        yield "%s" % op
    # crc32
    for dst in R32:
        for src in ["al", "ah", "sil", "r8b", "ax", "r9w", "eax", "r10d"]:
            yield "crc32 %s, %s" % (dst, src)
    for dst in R64:
        for src in ["al", "sil", "r8b", "rax", "r11"]:
            yield "crc32 %s, %s" % (dst, src)
    for a in SOME_ADDRESSES:
        for s in (8, 16, 32, 64):
            yield "crc32 %s, %s" % ("r8" if s == 64 else "edx", mem(s, a))
        yield "crc32 eax, %s" % a
    yield "crc32 rax, eax"
    yield "crc32 rax, ax"
    yield "crc32 ax, bl"
    yield "crc32 rax, ah"
    # cpuid, xlatb, prefetch-free misc
    for op in ["cpuid", "xlatb", "cpuid eax", "lock cpuid"]:
        yield op


def g_system():
    for op in ["lgdt", "sgdt", "lidt", "sidt", "invlpg", "clflush", "clflushopt", "clwb",
               "prefetch", "prefetchw", "prefetchnta", "prefetcht0", "prefetcht1", "prefetcht2"]:
        for a in SOME_ADDRESSES:
            yield "%s %s" % (op, a)
        yield "%s rax" % op
        yield "%s qword [rax]" % op
        yield "%s byte [rax]" % op
        yield "%s" % op
    for op in ["lldt", "ltr", "verr", "verw"]:
        for r in ["ax", "cx", "r8w", "eax", "r9d", "rax", "al"]:
            yield "%s %s" % (op, r)
        for a in SOME_ADDRESSES:
            yield "%s %s" % (op, a)
            yield "%s word %s" % (op, a)
        yield "%s dword [rax]" % op
    for op in ["sldt", "str", "smsw"]:
        for r in ["ax", "cx", "r8w", "eax", "r9d", "rax", "r10", "al"]:
            yield "%s %s" % (op, r)
        for a in SOME_ADDRESSES:
            yield "%s %s" % (op, a)
            yield "%s word %s" % (op, a)
        yield "%s dword [rax]" % op
    for r in ["ax", "cx", "r8w", "eax", "rax"]:
        yield "lmsw %s" % r
    for a in SOME_ADDRESSES:
        yield "lmsw %s" % a
    for op in ["lar", "lsl"]:
        for d in ["ax", "r8w", "eax", "r9d", "rax", "r10"]:
            for s in ["cx", "r11w", "ecx", "r11d", "rcx", "r11"]:
                yield "%s %s, %s" % (op, d, s)
            for a in FEW_ADDRESSES:
                yield "%s %s, %s" % (op, d, a)
                yield "%s %s, word %s" % (op, d, a)
        yield "%s al, bl" % op
    for op in ["syscall", "sysret", "o64 sysret", "o32 sysret", "o16 sysret", "sysenter",
               "sysexit", "o64 sysexit", "swapgs", "rdtsc", "rdtscp", "rdpmc", "rdmsr", "wrmsr",
               "hlt", "cli", "sti", "clts", "invd", "wbinvd", "rsm", "lock hlt", "sysretq",
               "sysexitq", "sysretd", "loadall", "ltr",
               "invpcid rax, [rax]", "invpcid eax, [rax]", "rdfsbase rax",
               "wrgsbase r9d", "rdgsbase eax", "wrfsbase rbx", "rdfsbase ax"]:
        yield op


def g_prefix():
    bases = ["add eax, ebx", "mov rax, [rbx]", "movsb", "lodsd", "push rax", "inc dword [rax]",
             "xchg [rax], ecx", "nop", "ret", "jmp $", "call $", "mov eax, [eax]", "lea eax, [rax]",
             "cmpxchg [rax], ecx", "add byte [rdi], 1", "not qword [r8]", "neg word [rbp]",
             "jz $+0x80", "loop $", "bts dword [rax], 3", "mov [rax], dl", "xadd [rsp], rbx",
             "mov al, [abs qword 0x1122334455667788]", "in al, dx", "outsb", "scasw",
             "dec r8w", "sbb rax, -1", "cmpxchg16b [rax]", "cmpsq", "stosq", "pushfq",
             "mov ax, ds"]
    prefixes = ["lock", "rep", "repe", "repz", "repne", "repnz", "o16", "o32", "o64", "a32",
                "a64", "a16", "o16 a32", "a32 o16", "lock o16", "o16 lock", "rep o16", "lock a32",
                "fs", "gs", "cs", "ds", "es", "ss", "fs gs", "rex", "rex.w", "wait"]
    for b in bases:
        for p in prefixes:
            yield "%s %s" % (p, b)
    yield "lock"
    yield "rep"
    yield "o16"
    yield "a32"
    yield "fs"
    yield "lock lock add [rax], eax"
    yield "o16 o32 nop"
    yield "a32 a32 nop"


def g_numbers():
    forms = ["10", "0x10", "10h", "0Ah", "$0a", "0h10", "0b101", "101b", "0y101", "101y",
             "0o17", "17o", "17q", "0q17", "0d99", "99d", "1_000", "0x_ff_ff", "0b1010_1010",
             "'a'", "'ab'", "\"ab\"", "`a`", "`\\n`", "'abcd'", "1+2*3", "(1+2)*3", "7/2",
             "-7/2", "7//2", "-7//2", "7%3", "-7%3", "7%%3", "-7%%3", "1<<4", "0x80>>4",
             "-16>>2", "-16>>>2", "0xf0&0x3c", "0xf0|0x0f", "0xff^0x0f", "~0", "!0", "!5",
             "-(-3)", "+5", "- -5", "3-", "0x", "0b2", "09o", "1.5", "(1", "1)", "$$", "$-$$",
             "1 ? 2 : 3", "2 ==2", "2 <> 3", "5 < 6", "__?NASM_MAJOR?__", "undefined_symbol",
             "0xFFFFFFFF", "0FFFFFFFFh", "4294967296", "18446744073709551615",
             "18446744073709551616", "99999999999999999999", "0xffffffffffffffffff", "1e3",
             "0e", "$", "1/0", "1%0", "10 % 0"]
    for f in forms:
        yield "mov eax, %s" % f
        yield "mov rax, %s" % f
        yield "add ecx, %s" % f
        yield "mov al, %s" % f
        yield "db %s" % f
        yield "dq %s" % f
    for d, vals in [("db", ["0", "255", "256", "-128", "-129", "-1", "'hello'", "'a', 0",
                            "`a\\tb\\0`", "1, 2, 3", "'ab', 'cd', 10", "1.0", "`\\x41\\101`",
                            "`\\u00e9`", "`\\e`", "\"it's\"", "''", "0x1ff"]),
                    ("dw", ["0", "65535", "65536", "-32768", "-32769", "'ab'", "'abc'", "1.0",
                            "-2.5", "0.1", "1, -1", "`\\U0001F600`"]),
                    ("dd", ["0", "0xffffffff", "0x100000000", "-0x80000000", "-0x80000001",
                            "'abcd'", "'abcde'", "1.0", "-2.5", "0.1", "3.14159", "1e10",
                            "1.5e-3", "__?Infinity?__", "__?QNaN?__", "1e39", "0x1.8p1"]),
                    ("dq", ["0", "-1", "0x7fffffffffffffff", "0x8000000000000000",
                            "0xffffffffffffffff", "'abcdefgh'", "1.0", "-2.5", "0.1", "1e300",
                            "1e-310", "$", "$$"]),
                    ("dt", ["0", "1.0", "-2.5", "0.1", "1"]),
                    ("do", ["0", "1", "-1", "1.0"]),
                    ("times 3 db", ["0x90", "'ab'"]),
                    ("times 0 db", ["1"]),
                    ("times -1 db", ["1"]),
                    ("resb", ["1", "0", "16"]), ("resw", ["2"]), ("resd", ["1"]), ("resq", ["1"]),
                    ("rest", ["1"]), ("reso", ["1"])]:
        for v in vals:
            yield "%s %s" % (d, v)


def g_floats():
    """Floating-point constants as nasm rounds and encodes them at every width."""
    values = ["0.0", "-0.0", "1.0", "-1.0", "0.5", "0.1", "0.2", "0.3", "1.5", "2.5", "3.0",
              "10.0", "100.0", "1e10", "1e-10", "1.0e+3", "1.e3", "1.5e-3", "123.456", "3.14159265358979323846",
              "2.718281828459045", "65504.0", "65505.0", "65520.0", "6.1e-5", "5.96e-8", "1e-8",
              "3.4028234663852886e38", "3.4028235677973366e38", "1.17549435e-38", "1.4e-45", "7e-46",
              "16777216.0", "16777217.0", "16777218.0", "16777219.0", "0.1e1", "1_000.000_1",
              "1.7976931348623157e308", "1.7976931348623158e308", "2.2250738585072014e-308",
              "4.9e-324", "2.4e-324", "1e308", "1e309", "1e-400", "9007199254740993.0",
              "9007199254740992.0", "9007199254740995.0", "0x1p0", "0x1p-1", "0x1.8p1", "0x1.fffffep127",
              "0x1p-149", "0x1p-1074", "0x.8p1", "0b1.1p0", "0o1.4p0", "0q1.4", "1.0q", "0h1.8p1",
              "1e", "1.0.0", "1e+", "--1.0", "1.0e1000000", "0.0000000000000000000000000000001",
              "123456789012345678901234567890.0", "__?Infinity?__", "-__?Infinity?__", "__?QNaN?__",
              "-__?QNaN?__", "__?SNaN?__", "__?float32?__(1.5)", "__?float64?__(1.5)",
              "__?float16?__(1.5)", "__?float8?__(1.5)", "__?float80m?__(1.5)", "__?float80e?__(1.5)",
              "__?float128l?__(1.5)", "__?float128h?__(1.5)", "__?bfloat16?__(1.5)", "1.5 + 1",
              "-(1.5)", "1.5 * 2"]
    for d in ["dw", "dd", "dq", "dt", "do"]:
        for v in values:
            yield "%s %s" % (d, v)
    for v in ["1.5", "0.1", "-2.0", "__?float32?__(0.1)", "__?float64?__(0.1)"]:
        yield "mov eax, %s" % v
        yield "mov rax, %s" % v
        yield "push %s" % v
        yield "dd %s, %s" % (v, v)


def g_strings():
    """Strings and character constants: quoting styles and every backquote escape."""
    escapes = ["\\'", '\\"', "\\`", "\\\\", "\\?", "\\a", "\\b", "\\t", "\\n", "\\v",
               "\\f", "\\r", "\\e", "\\0", "\\7", "\\77", "\\101", "\\377", "\\400",
               "\\1234", "\\x", "\\x4", "\\x41", "\\xff", "\\x414", "\\xg", "\\u", "\\u41",
               "\\u0041", "\\u00e9", "\\u20ac", "\\ud800", "\\uffff", "\\U0001f600",
               "\\U0010ffff", "\\U00110000", "\\U7fffffff", "\\U80000000", "\\z", "\\ ", "\\"]
    for e in escapes:
        yield "db `%s`" % e
        yield "db `a%sb`" % e
        yield "mov eax, `%s`" % e
    for q in ["'abc'", '"abc"', "`abc`", "'a\\nb'", '"a\\nb"', "''", '""', "``", "'\"'",
              "\"'\"", "'`'", "`'`", "'a''b'", "'a' 'b'", "'it''s'", "\"a\"\"b\"", "'unterminated",
              "\"unterminated", "`unterminated", "'abcdefghi'", "'\t'"]:
        yield "db %s" % q
        yield "dw %s" % q
        yield "dd %s" % q
        yield "dq %s" % q
        yield "mov eax, %s" % q
        yield "mov rax, %s" % q
        yield "push %s" % q
        yield "cmp al, %s" % q


def g_invalid():
    lines = [
        # instructions removed in 64-bit mode
        "aaa", "aas", "daa", "das", "aam", "aad", "into", "pusha", "popa", "pushad", "popad",
        "push cs", "push ds", "push es", "push ss", "pop cs", "pop ds", "pop es", "pop ss",
        "bound eax, [rax]", "arpl ax, bx", "lds eax, [rax]", "les eax, [rax]", "salc",
        "jcxz $", "jmp 0x10:0x1000", "call 0x10:0x1000", "inc eax", "dec eax",
        "sysenter", "pushfd", "popfd", "push eax", "pop eax",
        # high byte with REX
        "mov ah, sil", "mov spl, ah", "add bh, r8b", "mov ah, [r8]", "movzx r8d, ah",
        "xchg ah, dil", "test ch, bpl", "mov ah, byte [r9]", "cmp dh, r15b", "sete ah",
        "inc ah", "mov ah, 1", "mov rax, ah",
        # bad effective addresses
        "mov eax, [rax*10]", "mov eax, [rax+rbx*5]", "mov eax, [rax+rbx*16]", "mov eax, [rax+rbx+rcx]",
        "mov eax, [rax+ebx]", "mov eax, [eax+rbx]", "mov eax, [rsp*2]", "mov eax, [esp*2]",
        "mov eax, [ax]", "mov eax, [bx+si]", "mov eax, [al]", "mov eax, [rip]", "mov eax, [cr0]",
        "mov eax, [rax-rbx]", "mov eax, [rax*rbx]", "mov eax, [rax+rbx*2*2]", "mov eax, [fs:fs:0]",
        "mov eax, [rax", "mov eax, rax]", "mov eax, []", "mov eax, [+]",
        # size problems
        "add [rax], 1", "mov [rax], 1", "inc [rax]", "push [rax]", "mov eax, bx", "mov al, ax",
        "add rax, ebx", "mov byte [rax], eax", "movzx eax, [rax]", "movzx eax, eax",
        "mov qword [rax], eax", "movsx eax, dword [rax]", "push byte [rax]", "pop byte [rax]",
        "shl eax, ebx", "mov eax, byte [rax]", "lea al, [rax]", "xchg al, ax",
        # operand shape
        "mov 1, eax", "mov eax", "mov", "add eax", "add eax, ebx, ecx", "mov [rax], [rbx]",
        "jmp eax", "call ax", "push al", "lea eax, ebx", "imul al, bl", "ret rax", "int eax",
        "in al, bx", "out bx, al", "in bl, dx", "enter eax, 1", "bswap ax", "mov cs, 1",
        "mov rax, cr9", "mov eax, cr0", "mov ax, cr0", "test eax, ds", "xchg eax, 1",
        # syntax
        "foo eax", "mov eax,, ebx", "mov eax, ebx,", "mov eax ebx", "eax", "add 3", "mov eax, (",
        "mov eax, 1 +", "mov eax, 'unterminated", "mov eax, `unterminated", "jmp short",
        "lock nop", "rep add eax, ebx", "o16 o64 nop", "mov rax, rax rax", "mov eax, 1 2",
        "mov strict eax, 1", "mov eax, near 1", "mov eax, short 1", "times", "db", "dd",
        "dw ax", "db eax", "resb -1", "resb eax", "times 3", "mov eax, [rax] + 1",
        "push qword qword 1", "mov eax, dword dword 1", "mov byte eax, 1",
        # immediates out of range (warnings)
        "mov al, 256", "mov al, -129", "mov ax, 65536", "mov ax, -32769", "add al, 300",
        "add eax, 0x100000000", "mov eax, 0x100000000", "mov eax, -0x80000001",
        "push 0x80000000", "push 0x100000000", "int 256", "int -129", "ret 65536", "enter 65536, 0",
        "enter 0, 256", "in al, 256", "out 256, al", "mov byte [rax], 256", "mov word [rax], 65536",
        "mov dword [rax], 0x100000000", "mov qword [rax], 0x80000000", "add rax, 0x80000000",
        "and rax, 0xffffffff", "and rax, 0xffffffff80000000", "cmp rcx, 0x80000000",
        "imul eax, ebx, 0x100000000", "shl eax, 256", "bt eax, 256", "rol al, 256",
        "mov rax, 0x10000000000000000", "jmp $+0x100000000", "jz $+0x100000000",
        "mov eax, [rax+0x80000000]", "mov eax, [rax+0x100000000]", "mov eax, [0x80000000]",
        "mov eax, [0x100000000]", "mov eax, [rel 0x1000]", "mov eax, [eax+0x100000000]",
        "jmp short $+0x100", "jz short $-0x100", "loop $+0x100", "jrcxz $-0x200",
        # lock / rep misuse
        "lock mov eax, ebx", "lock add eax, ebx", "lock ret", "rep ret", "rep mov eax, ebx",
        "repne movsb", "repe stosb", "repz lodsb", "lock movsb", "lock xchg eax, ebx",
        # label-like lines
        "label", "rax", "foo:", "foo: nop", ".local: nop", "..@x: nop", "$rax: nop",
        "nop:", "mov: nop", "byte", "qword",
    ]
    return lines


GROUPS = [
    ("alu", g_alu), ("test", g_test), ("mov", g_mov), ("address", g_address), ("labels", g_labels), ("transfer", g_transfer), ("arith", g_arith),
    ("shift", g_shift), ("bits", g_bits), ("bmi", g_bmi), ("control", g_control),
    ("string", g_string), ("io", g_io), ("flags", g_flags), ("misc", g_misc),
    ("system", g_system), ("prefix", g_prefix), ("numbers", g_numbers), ("floats", g_floats), ("strings", g_strings),
    ("syntax", g_syntax), ("invalid", g_invalid),
]

# ---------------------------------------------------------------------------------------------------
# Running nasm

DIAG_RE = re.compile(r"^(?P<file>[^:]*):(?P<line>\d+): (?P<kind>error|warning|fatal|panic): (?P<msg>.*)$")
TAG_RE = re.compile(r"^(?P<msg>.*?)\s+(?P<tag>\[-w\+[a-z0-9-]+\])$")


class Outcome:
    __slots__ = ("hex", "diagnostics", "problem")

    def __init__(self, hex_bytes, diagnostics, problem=None):
        self.hex = hex_bytes          # None when nasm rejected the line
        self.diagnostics = diagnostics  # list of (kind, message, tag-or-None)
        self.problem = problem        # why this line cannot be a vector, or None


def assemble_alone(nasm, workdir, index, line):
    src = os.path.join(workdir, "v%d.asm" % index)
    out = os.path.join(workdir, "v%d.bin" % index)
    with open(src, "w", encoding="utf-8") as f:
        f.write("bits 64\n%s\n" % line)
    if os.path.exists(out):
        os.unlink(out)
    proc = subprocess.run([nasm, "-f", "bin", "-o", out, src], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=60)
    diagnostics = []
    problem = None
    for raw in proc.stderr.decode("utf-8", "replace").splitlines():
        m = DIAG_RE.match(raw)
        if not m or m.group("line") != "2":
            problem = "unexpected nasm output: " + raw
            continue
        kind = "error" if m.group("kind") in ("error", "fatal", "panic") else "warning"
        msg = m.group("msg")
        tag = None
        t = TAG_RE.match(msg)
        if t:
            msg, tag = t.group("msg"), t.group("tag")
        if "\t" in msg:
            problem = "tab in message"
        # nasm prints some diagnostics once per pass; each distinct one is recorded once.
        if (kind, msg, tag) not in diagnostics:
            diagnostics.append((kind, msg, tag))
    has_error = any(k == "error" for k, _, _ in diagnostics)
    hex_bytes = None
    if proc.returncode == 0:
        if has_error:
            problem = "exit 0 with an error"
        with open(out, "rb") as f:
            hex_bytes = " ".join("%02x" % b for b in f.read())
    elif not has_error:
        problem = "exit %d without an error message" % proc.returncode
    os.unlink(src)
    if os.path.exists(out):
        os.unlink(out)
    return Outcome(hex_bytes, diagnostics, problem)


def format_vector(line, outcome):
    cols = [line]
    if outcome.hex is not None:
        cols.append("=> " + outcome.hex if outcome.hex else "=>")
    for kind, msg, tag in outcome.diagnostics:
        cols.append("!%s %s" % (kind, msg))
        if tag:
            cols.append(tag)
    return "\t".join(cols)


def nasm_version(nasm):
    return subprocess.run([nasm, "-v"], stdout=subprocess.PIPE, check=True).stdout.decode().strip()


def collect(only):
    seen = set()
    groups = []
    for name, fn in GROUPS:
        lines = []
        for line in fn():
            line = line.rstrip("\n")
            if line in seen or "\t" in line or not line.strip():
                continue
            seen.add(line)
            lines.append(line)
        if only is None or name in only:
            groups.append((name, lines))
    return groups


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", help="comma-separated group names")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "..", "..", "src", "test", "resources", "vectors"))
    ap.add_argument("--list", action="store_true", help="print the candidate counts and exit")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    groups = collect(only)
    if args.list:
        for name, lines in groups:
            print("%-10s %6d" % (name, len(lines)))
        print("%-10s %6d" % ("total", sum(len(l) for _, l in groups)))
        return 0
    nasm = os.environ.get("NASM") or shutil.which("nasm")
    if not nasm:
        print("nasm not found", file=sys.stderr)
        return 2
    version = nasm_version(nasm)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "index.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# vector groups, one file <group>.txt each; written by tools/vectors/generate.py\n")
        for name, _ in GROUPS:
            f.write(name + "\n")
    workdir = tempfile.mkdtemp(prefix="tinybin-vectors-",
                               dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for name, lines in groups:
                outcomes = list(pool.map(lambda il: assemble_alone(nasm, workdir, *il),
                                         enumerate(lines)))
                kept = []
                counts = {"ok": 0, "warning": 0, "error": 0}
                for line, outcome in zip(lines, outcomes):
                    if outcome.problem:
                        print("skipped %r: %s" % (line, outcome.problem), file=sys.stderr)
                        continue
                    kept.append(format_vector(line, outcome))
                    if outcome.hex is None:
                        counts["error"] += 1
                    elif outcome.diagnostics:
                        counts["warning"] += 1
                    else:
                        counts["ok"] += 1
                kept.sort()
                path = os.path.join(args.out, name + ".txt")
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write("# generated by tools/vectors/generate.py with %s\n" % version)
                    f.write("# each vector: 'bits 64' + the line, alone, nasm -f bin (-Ox); see "
                            "tools/vectors/README.md\n")
                    f.write("# %d vectors: %d accepted without warning, %d with warnings, %d rejected\n"
                            % (len(kept), counts["ok"], counts["warning"], counts["error"]))
                    for v in kept:
                        f.write(v + "\n")
                print("%-10s ok %5d  warning %4d  error %4d" % (
                    name, counts["ok"], counts["warning"], counts["error"]))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
