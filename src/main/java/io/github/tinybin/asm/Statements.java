package io.github.tinybin.asm;

import io.github.tinybin.asm.Statement.DataItem;
import io.github.tinybin.asm.Statement.OperandSpec;
import io.github.tinybin.asm.x86.Prefix;
import io.github.tinybin.asm.x86.Register;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every statement of a program, stored compactly: what the passes change or read per statement
 * (kind, offset, size) in parallel arrays, lines and sections as runs, and the body of the common
 * statements (instructions, data, labels alone, with their label) packed into one shared int array. A million-line
 * program so needs tens of bytes per line instead of a {@link Statement} with its operand objects.
 * The rare kinds (directives, {@code times}, {@code align} fills, {@code incbin}) keep their
 * {@link Statement} object. {@link #get} hands out a statement: the stored object, or a decoded
 * view that the next call reuses; {@link #store} writes back what a pass changed.
 */
final class Statements {
    private static final Register[] REGISTERS = Register.values();
    private static final Prefix[] PREFIXES = Prefix.values();
    private static final byte BROKEN = 1;
    private static final int WIDE = Integer.MIN_VALUE;
    /** {@link #body} of a statement that defines and emits nothing. */
    private static final int NO_BODY = -1;
    /** In a packed header: the next word is the label the statement defines. */
    private static final int LABELLED = 1 << 31;
    /** In a packed instruction header: the short form, with the column in it. */
    private static final int SHORT_HEADER = 1 << 29;
    /** In a packed operand: a plain register operand, all in this word. */
    private static final int ONE_WORD = 1 << 2;
    private static final int MAX_COLUMN = (1 << 24) - 1;
    /** Operand and data-item views are cached up to this count; longer lists get fresh arrays. */
    private static final int CACHED = 32;

    /** Entries per chunk of the per-statement arrays. */
    private static final int ROW_BITS = 14;
    private static final int ROW = 1 << ROW_BITS;
    /** Words per chunk of {@link #pool}; a body never straddles two (a longer one gets its own). */
    private static final int POOL_BITS = 16;
    private static final int POOL_CHUNK = 1 << POOL_BITS;
    private static final int[] SIZE_BITS = {0, 8, 16, 32, 64, 80, 128, 256, 512};
    private static final int[] DISPLACEMENT_BITS = {0, 8, 16, 32, 64};

    // per statement, in chunks of ROW: growing never copies, and no array needs special placement
    private int count;
    private byte[][] kind = new byte[16][];
    private byte[][] flags = new byte[16][];
    /**
     * The line of each statement as runs of consecutive lines: statement {@code lineRunStart[k]}
     * onwards is on line {@code lineRunFirst[k]}, the next on the line after, and so on.
     */
    private int[] lineRunStart = new int[16];
    private int[] lineRunFirst = new int[16];
    private int lineRuns;
    /** The section of each statement as runs: statement {@code sectionRunStart[k]} onwards is in {@code sectionRun[k]}. */
    private int[] sectionRunStart = new int[16];
    private int[] sectionRun = new int[16];
    private int sectionRuns;
    /** Offset and size as ints: {@link #WIDE} means the value is in {@link #wide} (rare: huge reserves, absolute offsets). */
    private int[][] offset = new int[16][];
    private int[][] size = new int[16][];
    private final Map<Long, Long> wide = new HashMap<>();
    /** Where the body is in {@link #pool} (chunk << 16 | offset), {@link #NO_BODY}, or {@code -2 - i} for {@code objects[i]}. */
    private int[][] body = new int[16][];

    private int[][] pool = new int[16][];
    private int[] poolUsed = new int[16];
    private int poolChunks;
    /** Bytes of string and float data items. */
    private byte[] bytePool = new byte[1024];
    private int bytePoolLength;
    private Statement[] objects = new Statement[64];
    private int objectCount;
    private String[] mnemonics = new String[64];

    private final Statement view = new Statement();
    private final OperandSpec[][] operandViews = new OperandSpec[8][];
    private final DataItem[][] itemViews = new DataItem[CACHED + 1][];

    Statements() {
        for (int n = 0; n < operandViews.length; n++) {
            operandViews[n] = new OperandSpec[n];
            for (int i = 0; i < n; i++) {
                operandViews[n][i] = new OperandSpec();
            }
        }
        for (int n = 0; n <= CACHED; n++) {
            itemViews[n] = newItems(n);
        }
    }

    int count() {
        return count;
    }

    byte kind(int i) {
        return kind[i >>> ROW_BITS][i & ROW - 1];
    }

    int line(int i) {
        int k = SourceLines.run(lineRunStart, lineRuns, i);
        return lineRunFirst[k] + (i - lineRunStart[k]);
    }

    /** The symbol the statement defines at its start, -1 if none. */
    int label(int i) {
        int b = body[i >>> ROW_BITS][i & ROW - 1];
        if (b <= -2) {
            return objects[-2 - b].label;
        }
        if (b == NO_BODY) {
            return -1;
        }
        int[] p = pool[b >>> POOL_BITS];
        int at = b & POOL_CHUNK - 1;
        if (kind(i) == Statement.EMPTY) {
            return p[at];
        }
        return (p[at] & LABELLED) != 0 ? p[at + 1] : -1;
    }

    int section(int i) {
        return sectionRun[SourceLines.run(sectionRunStart, sectionRuns, i)];
    }

    long offset(int i) {
        int v = offset[i >>> ROW_BITS][i & ROW - 1];
        return v != WIDE ? v : wide.get((long) i << 1);
    }

    long size(int i) {
        int v = size[i >>> ROW_BITS][i & ROW - 1];
        return v != WIDE ? v : wide.get((long) i << 1 | 1);
    }

    private void setOffset(int i, long v) {
        offset[i >>> ROW_BITS][i & ROW - 1] = narrow(i, 0, v);
    }

    private void setSize(int i, long v) {
        size[i >>> ROW_BITS][i & ROW - 1] = narrow(i, 1, v);
    }

    /** {@code v} as stored in an int slot: itself, or {@link #WIDE} with the value kept aside. */
    private int narrow(int i, int slot, long v) {
        if (v == (int) v && v != WIDE) {
            return (int) v;
        }
        wide.put((long) i << 1 | slot, v);
        return WIDE;
    }

    boolean broken(int i) {
        return (flags[i >>> ROW_BITS][i & ROW - 1] & BROKEN) != 0;
    }

    /** Sets where the statement is and its size in the current pass. */
    void place(int i, long off, long length) {
        setOffset(i, off);
        setSize(i, length);
    }

    /** Stores {@code st}; true if the store keeps the object, false if it packed it (free to reuse). */
    boolean add(Statement st) {
        int r = count >>> ROW_BITS;
        int i = count & ROW - 1;
        if (i == 0) {
            if (r == kind.length) {
                int n = r * 2;
                kind = Arrays.copyOf(kind, n);
                flags = Arrays.copyOf(flags, n);
                offset = Arrays.copyOf(offset, n);
                size = Arrays.copyOf(size, n);
                body = Arrays.copyOf(body, n);
            }
            kind[r] = new byte[ROW];
            flags[r] = new byte[ROW];
            offset[r] = new int[ROW];
            size[r] = new int[ROW];
            body[r] = new int[ROW];
        }
        kind[r][i] = st.kind;
        if (lineRuns == 0 || line(count - 1) + 1 != st.line) {
            if (lineRuns == lineRunStart.length) {
                lineRunStart = Arrays.copyOf(lineRunStart, lineRuns * 2);
                lineRunFirst = Arrays.copyOf(lineRunFirst, lineRuns * 2);
            }
            lineRunStart[lineRuns] = count;
            lineRunFirst[lineRuns++] = st.line;
        }
        if (sectionRuns == 0 || sectionRun[sectionRuns - 1] != st.section) {
            if (sectionRuns == sectionRun.length) {
                sectionRun = Arrays.copyOf(sectionRun, sectionRuns * 2);
                sectionRunStart = Arrays.copyOf(sectionRunStart, sectionRuns * 2);
            }
            sectionRunStart[sectionRuns] = count;
            sectionRun[sectionRuns++] = st.section;
        }
        flags[r][i] = st.broken ? BROKEN : 0;
        setOffset(count, st.offset);
        setSize(count, st.size);
        int b = pack(st);
        body[r][i] = b;
        boolean kept = b <= -2;
        if (kept) {
            st.id = count;
        }
        count++;
        return kept;
    }

    /**
     * Statement {@code i}: its object, or a view decoded from the packed form that stays valid
     * until the next call.
     */
    Statement get(int i) {
        int r = i >>> ROW_BITS;
        int k = i & ROW - 1;
        int b = body[r][k];
        Statement st;
        if (b <= -2) {
            st = objects[-2 - b];
        } else {
            st = view;
            st.times = -1;
            st.timesColumn = 0;
            st.mnemonic = null;
            st.mnemonicColumn = 0;
            st.lock = null;
            st.repeat = null;
            st.operandSize = null;
            st.addressSize = null;
            st.segmentPrefix = null;
            st.waitPrefix = false;
            st.operands = null;
            st.unit = 0;
            st.items = null;
            st.kind = kind[r][k];
            if (b >= 0) {
                if (st.kind == Statement.INSTRUCTION) {
                    decodeInstruction(st, b);
                } else if (st.kind == Statement.DATA) {
                    decodeData(st, b);
                }
            }
        }
        st.id = i;
        st.kind = kind[r][k];
        st.line = line(i);
        st.label = label(i);
        st.section = section(i);
        st.offset = offset(i);
        st.size = size(i);
        st.broken = (flags[r][k] & BROKEN) != 0;
        return st;
    }

    /** Writes back what a pass changed in {@code st} (from {@link #get}{@code (i)}). */
    void store(int i, Statement st) {
        int r = i >>> ROW_BITS;
        int k = i & ROW - 1;
        setOffset(i, st.offset);
        setSize(i, st.size);
        flags[r][k] = st.broken ? BROKEN : 0;
    }

    // ---------------------------------------------------------------- packing

    private int pack(Statement st) {
        boolean plain = st.times < 0 && st.value < 0 && st.target < 0 && st.fill == null && st.inner == null
                && st.bytes == null && !st.quiet && !st.alignReserve;
        if (plain) {
            if (st.kind == Statement.EMPTY && st.mnemonic == null && st.operands == null && st.items == null) {
                if (st.label < 0) {
                    return NO_BODY;
                }
                int c = room(1);
                pool[c][poolUsed[c]] = st.label;
                return c << POOL_BITS | poolUsed[c]++;
            }
            if (st.kind == Statement.INSTRUCTION && packable(st)) {
                return packInstruction(st);
            }
            if (st.kind == Statement.DATA && st.mnemonic == null && packable(st.items, st.unit)) {
                return packData(st);
            }
        }
        if (objectCount == objects.length) {
            objects = Arrays.copyOf(objects, objectCount * 2);
        }
        objects[objectCount] = st;
        return -2 - objectCount++;
    }

    private static boolean packable(Statement st) {
        if (REGISTERS.length > 0xfe || st.operands == null || st.operands.length >= 8 || st.items != null || st.unit != 0
                || st.mnemonicColumn < 0 || st.mnemonicColumn > MAX_COLUMN) {
            return false;
        }
        for (OperandSpec o : st.operands) {
            if (o.column < 0 || o.column > MAX_COLUMN || code(SIZE_BITS, o.sizeBits) < 0
                    || code(DISPLACEMENT_BITS, o.displacementBits) < 0 || code(DISPLACEMENT_BITS, o.addressBits) < 0
                    || o.kind < 0 || o.kind > 3 || o.distance < 0 || o.distance > 3
                    || o.kind == OperandSpec.REGISTER && o.expr != -1) {
                return false;
            }
        }
        return true;
    }

    private static boolean packable(DataItem[] items, int unit) {
        if (items == null || unit < 0 || unit > 0xff || items.length >= 1 << 23) {
            return false;
        }
        for (DataItem item : items) {
            if (item.column < 0 || item.column > MAX_COLUMN || item.kind < 0 || item.kind > 3) {
                return false;
            }
        }
        return true;
    }

    private static int code(int[] values, int v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** The pool chunk the next {@code n} words go to, a new one if the last has no room. */
    private int room(int n) {
        if (poolChunks > 0 && poolUsed[poolChunks - 1] + n <= POOL_CHUNK) {
            return poolChunks - 1;
        }
        if (poolChunks == pool.length) {
            pool = Arrays.copyOf(pool, poolChunks * 2);
            poolUsed = Arrays.copyOf(poolUsed, poolChunks * 2);
        }
        pool[poolChunks] = new int[Math.max(POOL_CHUNK, n)];
        poolUsed[poolChunks] = 0;
        return poolChunks++;
    }

    /** The statement's mnemonic number (the parser's), remembering the mnemonic it stands for. */
    private int mnemonicId(Statement st) {
        int id = st.mnemonicId;
        if (id < 0) {
            throw new IllegalStateException("instruction without a mnemonic number: " + st.mnemonic);
        }
        if (id >= mnemonics.length) {
            mnemonics = Arrays.copyOf(mnemonics, Math.max(id + 1, mnemonics.length * 2));
        }
        mnemonics[id] = st.mnemonic;
        return id;
    }

    private static int ordinal(Enum<?> e) {
        return e == null ? 0 : e.ordinal() + 1;
    }

    /**
     * Header: in the short form (mnemonic id below 4096, column below 8192) mnemonic id | operand
     * count << 12 | prefixed << 15 | column << 16 | {@link #SHORT_HEADER} | {@link #LABELLED}, else
     * mnemonic id | operand count << 24 | prefixed << 27 | {@link #LABELLED} and the column in a
     * word after the label; the label if any; with prefixes two more words; then per operand: a
     * plain register operand in one word, else its flags and registers, its column and bit sizes,
     * and (not for a register) its expression.
     */
    private int packInstruction(Statement st) {
        OperandSpec[] ops = st.operands;
        boolean prefixed = st.lock != null || st.repeat != null || st.operandSize != null
                || st.addressSize != null || st.segmentPrefix != null || st.waitPrefix;
        int c = room(5 + 3 * ops.length);
        int[] p = pool[c];
        int at = poolUsed[c];
        int w = at;
        int id = mnemonicId(st);
        int labelled = st.label >= 0 ? LABELLED : 0;
        boolean shortHeader = id < 1 << 12 && st.mnemonicColumn < 1 << 13;
        if (shortHeader) {
            p[w++] = id | ops.length << 12 | (prefixed ? 1 << 15 : 0) | st.mnemonicColumn << 16 | SHORT_HEADER | labelled;
        } else {
            p[w++] = id | ops.length << 24 | (prefixed ? 1 << 27 : 0) | labelled;
        }
        if (st.label >= 0) {
            p[w++] = st.label;
        }
        if (!shortHeader) {
            p[w++] = st.mnemonicColumn;
        }
        if (prefixed) {
            p[w++] = ordinal(st.lock) | ordinal(st.repeat) << 5 | ordinal(st.operandSize) << 10
                    | ordinal(st.addressSize) << 15 | (st.waitPrefix ? 1 << 20 : 0);
            p[w++] = ordinal(st.segmentPrefix);
        }
        for (OperandSpec o : ops) {
            if (o.kind == OperandSpec.REGISTER && o.column < 1 << 14 && !o.rel && !o.explicitRel && !o.abs
                    && !o.noSplit && o.segment == null && o.displacementBits == 0 && o.addressBits == 0) {
                p[w++] = o.kind | ONE_WORD | o.distance << 3 | (o.strict ? 1 << 5 : 0) | ordinal(o.register) << 6
                        | code(SIZE_BITS, o.sizeBits) << 14 | o.column << 18;
                continue;
            }
            p[w++] = o.kind | o.distance << 3 | (o.strict ? 1 << 5 : 0) | (o.rel ? 1 << 6 : 0)
                    | (o.explicitRel ? 1 << 7 : 0) | (o.abs ? 1 << 8 : 0) | (o.noSplit ? 1 << 9 : 0)
                    | ordinal(o.register) << 10 | ordinal(o.segment) << 18
                    | code(DISPLACEMENT_BITS, o.addressBits) << 26;
            p[w++] = o.column | code(SIZE_BITS, o.sizeBits) << 24 | code(DISPLACEMENT_BITS, o.displacementBits) << 28;
            if (o.kind != OperandSpec.REGISTER) {
                p[w++] = o.expr;
            }
        }
        poolUsed[c] = w;
        return c << POOL_BITS | at;
    }

    private void decodeInstruction(Statement st, int b) {
        int[] p = pool[b >>> POOL_BITS];
        int at = b & POOL_CHUNK - 1;
        int h = p[at++];
        int n;
        boolean prefixed;
        if ((h & SHORT_HEADER) != 0) {
            st.mnemonicId = h & 0xfff;
            st.mnemonic = mnemonics[st.mnemonicId];
            n = h >>> 12 & 7;
            prefixed = (h & 1 << 15) != 0;
            st.mnemonicColumn = h >>> 16 & 0x1fff;
            if ((h & LABELLED) != 0) {
                at++;
            }
        } else {
            st.mnemonicId = h & 0xffffff;
            st.mnemonic = mnemonics[st.mnemonicId];
            n = h >>> 24 & 7;
            prefixed = (h & 1 << 27) != 0;
            if ((h & LABELLED) != 0) {
                at++;
            }
            st.mnemonicColumn = p[at++];
        }
        if (prefixed) {
            int f = p[at++];
            st.lock = prefix(f & 31);
            st.repeat = prefix(f >>> 5 & 31);
            st.operandSize = prefix(f >>> 10 & 31);
            st.addressSize = prefix(f >>> 15 & 31);
            st.waitPrefix = (f & 1 << 20) != 0;
            st.segmentPrefix = register(p[at++]);
        }
        OperandSpec[] ops = operandViews[n];
        for (int k = 0; k < n; k++) {
            OperandSpec o = ops[k];
            int a = p[at++];
            o.kind = (byte) (a & 3);
            o.distance = (byte) (a >>> 3 & 3);
            o.strict = (a & 1 << 5) != 0;
            if ((a & ONE_WORD) != 0) {
                o.rel = false;
                o.explicitRel = false;
                o.abs = false;
                o.noSplit = false;
                o.register = register(a >>> 6 & 0xff);
                o.segment = null;
                o.addressBits = 0;
                o.sizeBits = SIZE_BITS[a >>> 14 & 15];
                o.column = a >>> 18;
                o.displacementBits = 0;
                o.expr = -1;
                continue;
            }
            o.rel = (a & 1 << 6) != 0;
            o.explicitRel = (a & 1 << 7) != 0;
            o.abs = (a & 1 << 8) != 0;
            o.noSplit = (a & 1 << 9) != 0;
            o.register = register(a >>> 10 & 0xff);
            o.segment = register(a >>> 18 & 0xff);
            o.addressBits = DISPLACEMENT_BITS[a >>> 26 & 7];
            int bits = p[at++];
            o.column = bits & MAX_COLUMN;
            o.sizeBits = SIZE_BITS[bits >>> 24 & 15];
            o.displacementBits = DISPLACEMENT_BITS[bits >>> 28 & 7];
            o.expr = o.kind == OperandSpec.REGISTER ? -1 : p[at++];
        }
        st.operands = ops;
    }

    private static Prefix prefix(int ordinal) {
        return ordinal == 0 ? null : PREFIXES[ordinal - 1];
    }

    private static Register register(int ordinal) {
        return ordinal == 0 ? null : REGISTERS[ordinal - 1];
    }

    /** Header: unit | item count << 8 | {@link #LABELLED}; the label if any; then per item kind | column << 2, expression or byte offset, byte count. */
    private int packData(Statement st) {
        DataItem[] items = st.items;
        int c = room(2 + 3 * items.length);
        int[] p = pool[c];
        int at = poolUsed[c];
        int w = at;
        p[w++] = st.unit | items.length << 8 | (st.label >= 0 ? LABELLED : 0);
        if (st.label >= 0) {
            p[w++] = st.label;
        }
        for (DataItem item : items) {
            p[w++] = item.kind | item.column << 2;
            if (item.kind == DataItem.STRING || item.kind == DataItem.FLOAT) {
                byte[] b = item.bytes;
                if (bytePoolLength + b.length > bytePool.length) {
                    bytePool = Arrays.copyOf(bytePool, Math.max(bytePool.length * 2, bytePoolLength + b.length));
                }
                System.arraycopy(b, 0, bytePool, bytePoolLength, b.length);
                p[w++] = bytePoolLength;
                p[w++] = b.length;
                bytePoolLength += b.length;
            } else {
                p[w++] = item.expr;
                p[w++] = 0;
            }
        }
        poolUsed[c] = w;
        return c << POOL_BITS | at;
    }

    private void decodeData(Statement st, int b) {
        int[] p = pool[b >>> POOL_BITS];
        int at = b & POOL_CHUNK - 1;
        int h = p[at++];
        st.unit = h & 0xff;
        int n = h >>> 8 & 0x7fffff;
        if ((h & LABELLED) != 0) {
            at++;
        }
        DataItem[] items = n <= CACHED ? itemViews[n] : newItems(n);
        for (int k = 0; k < n; k++) {
            DataItem item = items[k];
            int a = p[at++];
            item.kind = (byte) (a & 3);
            item.column = a >>> 2;
            int x = p[at++];
            int len = p[at++];
            if (item.kind == DataItem.STRING || item.kind == DataItem.FLOAT) {
                item.expr = -1;
                item.bytes = Arrays.copyOfRange(bytePool, x, x + len);
            } else {
                item.expr = x;
                item.bytes = null;
            }
        }
        st.items = items;
    }

    private static DataItem[] newItems(int n) {
        DataItem[] items = new DataItem[n];
        for (int i = 0; i < n; i++) {
            items[i] = new DataItem();
        }
        return items;
    }
}
