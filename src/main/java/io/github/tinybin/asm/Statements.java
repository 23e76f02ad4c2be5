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
 * (kind, line, label, section, offset, size) in parallel arrays, and the body of the common
 * statements (instructions, data, labels alone) packed into one shared int array. A million-line
 * program so needs tens of bytes per line instead of a {@link Statement} with its operand objects.
 * The rare kinds (directives, {@code times}, {@code align} fills, {@code incbin}) keep their
 * {@link Statement} object. {@link #get} hands out a statement: the stored object, or a decoded
 * view that the next call reuses; {@link #store} writes back what a pass changed.
 */
final class Statements {
    private static final Register[] REGISTERS = Register.values();
    private static final Prefix[] PREFIXES = Prefix.values();
    private static final byte BROKEN = 1;
    /** {@link #body} of a statement that has no body (a label alone). */
    private static final int NO_BODY = -1;
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
    private int[][] line = new int[16][];
    private int[][] label = new int[16][];
    private int[][] section = new int[16][];
    private long[][] offset = new long[16][];
    private long[][] size = new long[16][];
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
    private int mnemonicCount;
    private final Map<String, Integer> mnemonicIds = new HashMap<>();

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
        return line[i >>> ROW_BITS][i & ROW - 1];
    }

    int label(int i) {
        return label[i >>> ROW_BITS][i & ROW - 1];
    }

    int section(int i) {
        return section[i >>> ROW_BITS][i & ROW - 1];
    }

    long offset(int i) {
        return offset[i >>> ROW_BITS][i & ROW - 1];
    }

    long size(int i) {
        return size[i >>> ROW_BITS][i & ROW - 1];
    }

    boolean broken(int i) {
        return (flags[i >>> ROW_BITS][i & ROW - 1] & BROKEN) != 0;
    }

    /** Sets where the statement is and its size in the current pass. */
    void place(int i, long off, long length) {
        offset[i >>> ROW_BITS][i & ROW - 1] = off;
        size[i >>> ROW_BITS][i & ROW - 1] = length;
    }

    void add(Statement st) {
        int r = count >>> ROW_BITS;
        int i = count & ROW - 1;
        if (i == 0) {
            if (r == kind.length) {
                int n = r * 2;
                kind = Arrays.copyOf(kind, n);
                flags = Arrays.copyOf(flags, n);
                line = Arrays.copyOf(line, n);
                label = Arrays.copyOf(label, n);
                section = Arrays.copyOf(section, n);
                offset = Arrays.copyOf(offset, n);
                size = Arrays.copyOf(size, n);
                body = Arrays.copyOf(body, n);
            }
            kind[r] = new byte[ROW];
            flags[r] = new byte[ROW];
            line[r] = new int[ROW];
            label[r] = new int[ROW];
            section[r] = new int[ROW];
            offset[r] = new long[ROW];
            size[r] = new long[ROW];
            body[r] = new int[ROW];
        }
        kind[r][i] = st.kind;
        line[r][i] = st.line;
        label[r][i] = st.label;
        section[r][i] = st.section;
        offset[r][i] = st.offset;
        size[r][i] = st.size;
        flags[r][i] = st.broken ? BROKEN : 0;
        int b = pack(st);
        body[r][i] = b;
        if (b <= -2) {
            st.id = count;
        }
        count++;
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
                } else {
                    decodeData(st, b);
                }
            }
        }
        st.id = i;
        st.kind = kind[r][k];
        st.line = line[r][k];
        st.label = label[r][k];
        st.section = section[r][k];
        st.offset = offset[r][k];
        st.size = size[r][k];
        st.broken = (flags[r][k] & BROKEN) != 0;
        return st;
    }

    /** Writes back what a pass changed in {@code st} (from {@link #get}{@code (i)}). */
    void store(int i, Statement st) {
        int r = i >>> ROW_BITS;
        int k = i & ROW - 1;
        offset[r][k] = st.offset;
        size[r][k] = st.size;
        flags[r][k] = st.broken ? BROKEN : 0;
    }

    // ---------------------------------------------------------------- packing

    private int pack(Statement st) {
        boolean plain = st.times < 0 && st.value < 0 && st.target < 0 && st.fill == null && st.inner == null
                && st.bytes == null && !st.quiet && !st.alignReserve;
        if (plain) {
            if (st.kind == Statement.EMPTY && st.mnemonic == null && st.operands == null && st.items == null) {
                return NO_BODY;
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

    private int mnemonicId(String m) {
        Integer id = mnemonicIds.get(m);
        if (id == null) {
            if (mnemonicCount == mnemonics.length) {
                mnemonics = Arrays.copyOf(mnemonics, mnemonicCount * 2);
            }
            mnemonics[mnemonicCount] = m;
            id = mnemonicCount++;
            mnemonicIds.put(m, id);
        }
        return id;
    }

    private static int ordinal(Enum<?> e) {
        return e == null ? 0 : e.ordinal() + 1;
    }

    /**
     * Header: mnemonic id | operand count << 24 | prefixed << 27; mnemonic column; with prefixes
     * two more words; then per operand its flags and registers, its column and bit sizes, and (not
     * for a register) its expression.
     */
    private int packInstruction(Statement st) {
        OperandSpec[] ops = st.operands;
        boolean prefixed = st.lock != null || st.repeat != null || st.operandSize != null
                || st.addressSize != null || st.segmentPrefix != null || st.waitPrefix;
        int c = room(4 + 3 * ops.length);
        int[] p = pool[c];
        int at = poolUsed[c];
        int w = at;
        p[w++] = mnemonicId(st.mnemonic) | ops.length << 24 | (prefixed ? 1 << 27 : 0);
        p[w++] = st.mnemonicColumn;
        if (prefixed) {
            p[w++] = ordinal(st.lock) | ordinal(st.repeat) << 5 | ordinal(st.operandSize) << 10
                    | ordinal(st.addressSize) << 15 | (st.waitPrefix ? 1 << 20 : 0);
            p[w++] = ordinal(st.segmentPrefix);
        }
        for (OperandSpec o : ops) {
            p[w++] = o.kind | o.distance << 2 | (o.strict ? 1 << 4 : 0) | (o.rel ? 1 << 5 : 0)
                    | (o.explicitRel ? 1 << 6 : 0) | (o.abs ? 1 << 7 : 0) | (o.noSplit ? 1 << 8 : 0)
                    | ordinal(o.register) << 9 | ordinal(o.segment) << 17
                    | code(DISPLACEMENT_BITS, o.addressBits) << 25;
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
        st.mnemonic = mnemonics[h & 0xffffff];
        int n = h >>> 24 & 7;
        st.mnemonicColumn = p[at++];
        if ((h & 1 << 27) != 0) {
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
            o.distance = (byte) (a >>> 2 & 3);
            o.strict = (a & 1 << 4) != 0;
            o.rel = (a & 1 << 5) != 0;
            o.explicitRel = (a & 1 << 6) != 0;
            o.abs = (a & 1 << 7) != 0;
            o.noSplit = (a & 1 << 8) != 0;
            o.register = register(a >>> 9 & 0xff);
            o.segment = register(a >>> 17 & 0xff);
            o.addressBits = DISPLACEMENT_BITS[a >>> 25 & 7];
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

    /** Header: unit | item count << 8; then per item kind | column << 2, expression or byte offset, byte count. */
    private int packData(Statement st) {
        DataItem[] items = st.items;
        int c = room(1 + 3 * items.length);
        int[] p = pool[c];
        int at = poolUsed[c];
        int w = at;
        p[w++] = st.unit | items.length << 8;
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
        int n = h >>> 8;
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
