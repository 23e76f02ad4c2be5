package io.github.tinybin.asm;

import io.github.tinybin.asm.x86.Prefix;
import io.github.tinybin.asm.x86.Register;

/**
 * One parsed source line in the form the passes work on: what it defines and what it emits, with
 * every expression compiled to an {@link ExprCode} handle. Parsed once, evaluated in every pass.
 */
final class Statement {
    static final byte EMPTY = 0;
    static final byte INSTRUCTION = 1;
    static final byte DATA = 2;
    static final byte RESERVE = 3;
    static final byte EQU = 4;
    static final byte SECTION = 5;
    static final byte ABSOLUTE = 6;
    static final byte ALIGN = 7;
    static final byte INCBIN = 8;
    static final byte STRUC = 9;
    static final byte ENDSTRUC = 10;
    static final byte ISTRUC = 11;
    static final byte AT = 12;
    static final byte IEND = 13;
    static final byte SECTALIGN = 14;
    /** Instruction prefixes alone on a line: their bytes only. */
    static final byte PREFIXES = 15;

    byte kind;
    /** Index in {@link Statements}. */
    int id = -1;
    /** Index in {@link SourceLines}. */
    int line;
    /** Symbol defined at the start of the line (label or equ name), -1 if none. */
    int label = -1;
    /** {@code times} count expression, -1 if none. */
    int times = -1;
    int timesColumn;
    /** Set when a problem that stops this line was reported; the passes skip it. */
    boolean broken;

    // INSTRUCTION
    String mnemonic;
    /** The store's number for {@link #mnemonic}, -1 while the statement was never stored. */
    int mnemonicId = -1;
    int mnemonicColumn;
    Prefix lock;
    Prefix repeat;
    Prefix operandSize;
    Prefix addressSize;
    Register segmentPrefix;
    boolean waitPrefix;
    OperandSpec[] operands;

    // DATA: unit size and items; RESERVE/ALIGN/SECTALIGN/EQU/AT/ISTRUC: expression in {@link #value}
    int unit;
    DataItem[] items;
    int value = -1;
    int valueColumn;
    /** ALIGN: the fill statement ({@code align 16, db 0}), or null for nop / alignb's reserve. */
    Statement fill;
    boolean alignReserve;
    /** RESERVE: nasm's zeroing warning was switched off ({@code [warning -zeroing]}). */
    boolean quiet;

    // SECTION/STRUC/ISTRUC/AT: the section index or symbol id; INCBIN: the file's bytes
    int target = -1;
    byte[] bytes;
    /** The statement placed at the AT field (AT with data on the same line). */
    Statement inner;

    /** Size in bytes in the current pass, for listing and line table. */
    long size;
    /** Section index and offset where the statement started in the current pass (-1 absolute). */
    int section;
    long offset;

    /** Back to a new statement's state, for reuse by the parser. */
    Statement reset() {
        kind = EMPTY;
        id = -1;
        line = 0;
        label = -1;
        times = -1;
        timesColumn = 0;
        broken = false;
        mnemonic = null;
        mnemonicId = -1;
        mnemonicColumn = 0;
        lock = null;
        repeat = null;
        operandSize = null;
        addressSize = null;
        segmentPrefix = null;
        waitPrefix = false;
        operands = null;
        unit = 0;
        items = null;
        value = -1;
        valueColumn = 0;
        fill = null;
        alignReserve = false;
        quiet = false;
        target = -1;
        bytes = null;
        inner = null;
        size = 0;
        section = 0;
        offset = 0;
        return this;
    }

    /** DATA: the bytes one copy writes (strings padded to whole units). */
    long dataBytes() {
        long size = 0;
        for (DataItem item : items) {
            size += item.kind == DataItem.STRING ? (item.bytes.length + unit - 1) / unit * unit : unit;
        }
        return size;
    }

    /** One operand as written, before evaluation. */
    static final class OperandSpec {
        static final byte REGISTER = 1;
        static final byte IMMEDIATE = 2;
        static final byte MEMORY = 3;

        byte kind;
        int column;
        int sizeBits;
        boolean strict;
        byte distance;
        Register register;
        /** Immediate value or memory address expression (may contain registers). */
        int expr = -1;
        int displacementBits;
        boolean rel;
        /** {@code rel} was written, not implied by {@code default rel}. */
        boolean explicitRel;
        boolean abs;
        boolean noSplit;
        Register segment;
        /** {@code [a32 ...]}/{@code [a64 ...]}: address size written inside the brackets, 0 if none. */
        int addressBits;

        OperandSpec reset() {
            kind = 0;
            column = 0;
            sizeBits = 0;
            strict = false;
            distance = 0;
            register = null;
            expr = -1;
            displacementBits = 0;
            rel = false;
            explicitRel = false;
            abs = false;
            noSplit = false;
            segment = null;
            addressBits = 0;
            return this;
        }

    }

    /** One item of db/dw/...: an expression, a string or a float. */
    static final class DataItem {
        static final byte EXPRESSION = 0;
        static final byte STRING = 1;
        static final byte FLOAT = 2;
        static final byte UNINITIALIZED = 3;

        byte kind;
        int expr = -1;
        int column;
        /** STRING: the bytes (not padded); FLOAT: the encoded value at the unit size. */
        byte[] bytes;
    }
}
