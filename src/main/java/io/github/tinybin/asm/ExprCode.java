package io.github.tinybin.asm;

import java.util.Arrays;

/**
 * Every expression of a program, compiled once to postfix code in one shared array and evaluated
 * in each pass by {@link Evaluator}. An expression is an int handle. An instruction word is
 * {@code opcode | column << 8 | argument << 32}; {@link #CONST} is followed by its 64-bit value.
 * A handle is the expression's index; its code is contiguous in one chunk.
 */
final class ExprCode {
    static final int CONST = 1;
    static final int SYMBOL = 2;
    static final int REGISTER = 3;
    static final int HERE = 4;
    static final int SECTION_START = 5;
    /** A constant that fits in 32 bits, sign-extended from the argument: one word instead of two. */
    static final int CONST_INT = 6;
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

    /** Words per chunk; an expression never straddles two (a longer one gets a chunk of its own). */
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int ROW_BITS = 14;
    private static final int ROW = 1 << ROW_BITS;

    /**
     * The code in fixed-size chunks: growing never copies what is there, and no array is so large
     * that the collector must place it specially.
     */
    private long[][] chunks = new long[16][];
    /** Words used in each chunk. */
    private int[] chunkUsed = new int[16];
    private int chunkCount;
    /** Per expression, in rows of 2^14: chunk << 16 | offset in the chunk. */
    private int[][] starts = new int[16][];
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

    /**
     * Stores {@code tmp[0..n)} as a new expression; returns its handle. A {@link #CONST} whose value
     * fits in 32 bits is stored as one {@link #CONST_INT} word.
     */
    int add(long[] tmp, int n) {
        int compact = n;
        for (int i = 0; i < n; i++) {
            if (opcode(tmp[i]) == CONST) {
                i++;
                if (tmp[i] == (int) tmp[i]) {
                    compact--;
                }
            }
        }
        long[] chunk = room(compact);
        int c = chunkCount - 1;
        int at = chunkUsed[c];
        for (int i = 0; i < n; i++) {
            long w = tmp[i];
            if (opcode(w) == CONST) {
                long value = tmp[++i];
                if (value == (int) value) {
                    chunk[at++] = word(CONST_INT, column(w), (int) value);
                } else {
                    chunk[at++] = w;
                    chunk[at++] = value;
                }
            } else {
                chunk[at++] = w;
            }
        }
        if ((count & ROW - 1) == 0) {
            if (count >>> ROW_BITS == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count >>> ROW_BITS] = new int[ROW];
        }
        starts[count >>> ROW_BITS][count & ROW - 1] = c << CHUNK_BITS | chunkUsed[c];
        chunkUsed[c] = at;
        return count++;
    }

    /** The chunk the next {@code n} words go to, a new one if the last has no room. */
    private long[] room(int n) {
        if (chunkCount > 0 && chunkUsed[chunkCount - 1] + n <= CHUNK) {
            return chunks[chunkCount - 1];
        }
        if (chunkCount == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunkCount * 2);
            chunkUsed = Arrays.copyOf(chunkUsed, chunkCount * 2);
        }
        chunks[chunkCount] = new long[Math.max(CHUNK, n)];
        chunkUsed[chunkCount] = 0;
        return chunks[chunkCount++];
    }

    int constant(long value) {
        long[] tmp = {CONST, value};
        return add(tmp, 2);
    }

    /** The chunk that holds expression {@code handle}'s code, from {@link #start}, {@link #length} words. */
    long[] chunk(int handle) {
        return chunks[startOf(handle) >>> CHUNK_BITS];
    }

    private int startOf(int handle) {
        return starts[handle >>> ROW_BITS][handle & ROW - 1];
    }

    int start(int handle) {
        return startOf(handle) & CHUNK - 1;
    }

    int length(int handle) {
        int s = startOf(handle);
        int c = s >>> CHUNK_BITS;
        if (handle + 1 < count) {
            int next = startOf(handle + 1);
            if (next >>> CHUNK_BITS == c) {
                return (next & CHUNK - 1) - (s & CHUNK - 1);
            }
        }
        return chunkUsed[c] - (s & CHUNK - 1);
    }

    /** True if the expression is one constant, with no symbol, register or {@code $}. */
    boolean isConstant(int handle) {
        int op = opcode(chunk(handle)[start(handle)]);
        int n = length(handle);
        return n == 1 && op == CONST_INT || n == 2 && op == CONST;
    }

    long constantValue(int handle) {
        long[] c = chunk(handle);
        int at = start(handle);
        return opcode(c[at]) == CONST_INT ? argument(c[at]) : c[at + 1];
    }

    /** The symbol id if the expression is that one symbol alone, else -1. */
    int singleSymbol(int handle) {
        long w = chunk(handle)[start(handle)];
        return length(handle) == 1 && opcode(w) == SYMBOL ? argument(w) : -1;
    }

    /**
     * True if the value cannot change between passes: no symbol, {@code $} or {@code $$} in it
     * (registers and constants only).
     */
    boolean isPositionIndependent(int handle) {
        long[] code = chunk(handle);
        int pc = start(handle);
        int end = pc + length(handle);
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
