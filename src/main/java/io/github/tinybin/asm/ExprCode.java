package io.github.tinybin.asm;

import java.util.Arrays;

/**
 * Every expression of a program, compiled once to postfix code in one shared array and evaluated
 * in each pass by {@link Evaluator}. An expression is an int handle. An instruction word is
 * {@code opcode | column << 8 | argument << 32}; {@link #CONST} is followed by its 64-bit value.
 */
final class ExprCode {
    static final int CONST = 1;
    static final int SYMBOL = 2;
    static final int REGISTER = 3;
    static final int HERE = 4;
    static final int SECTION_START = 5;
    static final int NEG = 10;
    static final int NOT = 11;
    static final int LNOT = 12;
    static final int ADD = 20;
    static final int SUB = 21;
    static final int MUL = 22;
    static final int DIV = 23;
    static final int SDIV = 24;
    static final int MOD = 25;
    static final int SMOD = 26;
    static final int SHL = 27;
    static final int SHR = 28;
    static final int SAR = 29;
    static final int AND = 30;
    static final int OR = 31;
    static final int XOR = 32;
    static final int EQ = 33;
    static final int NE = 34;
    static final int LT = 35;
    static final int LE = 36;
    static final int GT = 37;
    static final int GE = 38;
    static final int CMP = 39;
    static final int LAND = 40;
    static final int LOR = 41;
    static final int LXOR = 42;
    static final int COND = 43;

    long[] code = new long[1024];
    int codeLength;
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private int count;

    static long word(int opcode, int column, int argument) {
        return opcode | (long) (Math.min(column, 0xffffff)) << 8 | (long) argument << 32;
    }

    static int opcode(long word) {
        return (int) word & 0xff;
    }

    static int column(long word) {
        return (int) (word >>> 8) & 0xffffff;
    }

    static int argument(long word) {
        return (int) (word >>> 32);
    }

    /** Stores {@code tmp[0..n)} as a new expression; returns its handle. */
    int add(long[] tmp, int n) {
        if (codeLength + n > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, codeLength + n));
        }
        System.arraycopy(tmp, 0, code, codeLength, n);
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        starts[count] = codeLength;
        lengths[count] = n;
        codeLength += n;
        return count++;
    }

    int constant(long value) {
        long[] tmp = {CONST, value};
        return add(tmp, 2);
    }

    int start(int handle) {
        return starts[handle];
    }

    int length(int handle) {
        return lengths[handle];
    }

    /** True if the expression is one constant, with no symbol, register or {@code $}. */
    boolean isConstant(int handle) {
        return lengths[handle] == 2 && opcode(code[starts[handle]]) == CONST;
    }

    long constantValue(int handle) {
        return code[starts[handle] + 1];
    }

    /** The symbol id if the expression is that one symbol alone, else -1. */
    int singleSymbol(int handle) {
        long w = code[starts[handle]];
        return lengths[handle] == 1 && opcode(w) == SYMBOL ? argument(w) : -1;
    }

    /**
     * True if the value cannot change between passes: no symbol, {@code $} or {@code $$} in it
     * (registers and constants only).
     */
    boolean isPositionIndependent(int handle) {
        int pc = starts[handle];
        int end = pc + lengths[handle];
        while (pc < end) {
            int op = opcode(code[pc++]);
            if (op == CONST) {
                pc++;
            } else if (op == SYMBOL || op == HERE || op == SECTION_START) {
                return false;
            }
        }
        return true;
    }
}
