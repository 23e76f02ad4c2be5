package io.github.tinybin.asm;

import io.github.tinybin.asm.x86.Prefix;
import io.github.tinybin.asm.x86.Register;

/**
 * The reserved words of the source language other than mnemonics, resolved from bytes in one
 * case-insensitive table lookup. Each keyword has a kind and, where it matters, a number (size in
 * bits, unit in bytes) or the register/prefix it names.
 */
enum Keyword {
    // operand size and distance modifiers
    BYTE(Kind.SIZE, 8), WORD(Kind.SIZE, 16), DWORD(Kind.SIZE, 32), QWORD(Kind.SIZE, 64),
    TWORD(Kind.SIZE, 80), OWORD(Kind.SIZE, 128), YWORD(Kind.SIZE, 256), ZWORD(Kind.SIZE, 512),
    STRICT(Kind.MODIFIER, 0), SHORT(Kind.MODIFIER, 0), NEAR(Kind.MODIFIER, 0), FAR(Kind.MODIFIER, 0),
    REL(Kind.MODIFIER, 0), ABS(Kind.MODIFIER, 0), NOSPLIT(Kind.MODIFIER, 0),
    SEG(Kind.OPERATOR, 0), WRT(Kind.OPERATOR, 0),
    // data and space
    DB(Kind.DATA, 1), DW(Kind.DATA, 2), DD(Kind.DATA, 4), DQ(Kind.DATA, 8), DT(Kind.DATA, 10),
    DO(Kind.DATA, 16), DY(Kind.DATA, 32), DZ(Kind.DATA, 64),
    RESB(Kind.RESERVE, 1), RESW(Kind.RESERVE, 2), RESD(Kind.RESERVE, 4), RESQ(Kind.RESERVE, 8),
    REST(Kind.RESERVE, 10), RESO(Kind.RESERVE, 16), RESY(Kind.RESERVE, 32), RESZ(Kind.RESERVE, 64),
    TIMES(Kind.PSEUDO, 0), EQU(Kind.PSEUDO, 0), INCBIN(Kind.PSEUDO, 0),
    // directives, valid at the start of a line (or in [brackets])
    SECTION(Kind.DIRECTIVE, 0), SEGMENT(Kind.DIRECTIVE, 0), GLOBAL(Kind.DIRECTIVE, 0),
    EXTERN(Kind.DIRECTIVE, 0), REQUIRED(Kind.DIRECTIVE, 0), STATIC(Kind.DIRECTIVE, 0), COMMON(Kind.DIRECTIVE, 0),
    BITS(Kind.DIRECTIVE, 0), USE64(Kind.DIRECTIVE, 0), USE32(Kind.DIRECTIVE, 0), USE16(Kind.DIRECTIVE, 0),
    DEFAULT(Kind.DIRECTIVE, 0), ORG(Kind.DIRECTIVE, 0), ABSOLUTE(Kind.DIRECTIVE, 0),
    ALIGN(Kind.DIRECTIVE, 0), ALIGNB(Kind.DIRECTIVE, 0), SECTALIGN(Kind.DIRECTIVE, 0),
    STRUC(Kind.DIRECTIVE, 0), ENDSTRUC(Kind.DIRECTIVE, 0), ISTRUC(Kind.DIRECTIVE, 0),
    AT(Kind.DIRECTIVE, 0), IEND(Kind.DIRECTIVE, 0), CPU(Kind.DIRECTIVE, 0), FLOAT(Kind.DIRECTIVE, 0),
    WARNING(Kind.DIRECTIVE, 0), LIST(Kind.DIRECTIVE, 0);

    enum Kind { REGISTER, PREFIX, SIZE, MODIFIER, OPERATOR, DATA, RESERVE, PSEUDO, DIRECTIVE }

    final Kind kind;
    /** Bits for SIZE, bytes per unit for DATA/RESERVE. */
    final int number;

    Keyword(Kind kind, int number) {
        this.kind = kind;
        this.number = number;
    }

    /** Codes in {@link #TABLE}: keywords by ordinal, then registers, then prefixes. */
    private static final int REGISTER_BASE = 1000;
    private static final int PREFIX_BASE = 2000;
    private static final Keyword[] KEYWORDS = values();
    private static final Register[] REGISTERS = Register.values();
    private static final Prefix[] PREFIXES = Prefix.values();
    private static final NameTable TABLE = new NameTable(true, 256);

    static {
        for (Keyword k : KEYWORDS) {
            TABLE.put(k.name().toLowerCase(java.util.Locale.ROOT), k.ordinal());
        }
        for (Register r : REGISTERS) {
            TABLE.put(r.spelling(), REGISTER_BASE + r.ordinal());
        }
        for (int i = 8; i < 16; i++) {
            TABLE.put("r" + i + "l", REGISTER_BASE + Register.lookup("r" + i + "b").ordinal());
        }
        // nasm's mode-relative spelling: in 64-bit code asp is a32 (67h)
        TABLE.put("asp", PREFIX_BASE + Prefix.A32.ordinal());
        for (Prefix p : PREFIXES) {
            TABLE.put(p.name().toLowerCase(java.util.Locale.ROOT), PREFIX_BASE + p.ordinal());
        }
    }

    /** A code for {@code b[from..to)}: -1 when it is no keyword; see {@link #keyword}, {@link #register}, {@link #prefix}. */
    static int lookup(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 2 || n > 9) {
            return -1;
        }
        return TABLE.get(b, from, to);
    }

    static Keyword keyword(int code) {
        return code >= 0 && code < REGISTER_BASE ? KEYWORDS[code] : null;
    }

    static Register register(int code) {
        return code >= REGISTER_BASE && code < PREFIX_BASE ? REGISTERS[code - REGISTER_BASE] : null;
    }

    static Prefix prefix(int code) {
        return code >= PREFIX_BASE ? PREFIXES[code - PREFIX_BASE] : null;
    }
}
