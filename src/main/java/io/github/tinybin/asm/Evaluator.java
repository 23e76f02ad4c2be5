package io.github.tinybin.asm;

import io.github.tinybin.asm.x86.Register;

/**
 * Runs {@link ExprCode} for the current pass. A value is a 64-bit number plus what nasm tracks
 * beside it: how many label addresses it contains ({@code relocatable} when not zero: label
 * differences cancel out), whether every symbol in it had a value, and up to two register terms
 * with their factors (inside a memory operand). Allocates nothing after warm-up.
 */
final class Evaluator {
    private static final Register[] REGISTERS = Register.values();
    private final ExprCode code;
    private final SymbolTable symbols;

    /** {@code $} and {@code $$} of the statement being evaluated. */
    long here;
    long sectionStart;
    boolean hereRelocatable;
    /** The section {@code $} is in, -1 in absolute space. */
    int hereSection = -1;

    // result of the last evaluate()
    long value;
    int reloc;
    /** The section of the label a relocatable value derives from; -1 when there is none or it is not known. */
    int relocSection;
    boolean known;
    int registerCount;
    final Register[] registers = new Register[2];
    final long[] factors = new long[2];
    /** The register term was written with an explicit factor ({@code rax*1}), which nosplit honours. */
    final boolean[] multiplied = new boolean[2];
    /**
     * A label difference across sections with the subtracted label in the current one
     * ({@code d1 - $}, {@code d1 - t1} in {@code .text}): nasm keeps it as a relative
     * relocation, so it is sized like a label address (never shortened), though its value is the
     * plain difference.
     */
    boolean crossSection;
    /**
     * Label terms nasm cannot express ({@code t1 * 2}, {@code t1 + t2}, {@code t1 - d1} outside
     * {@code .data}): an error wherever the value is used.
     */
    boolean notRelocatable;
    /**
     * The laxer test nasm applies to an immediate: only a second label, or a label subtracted
     * outside the current section, is refused; other factors ({@code t1 * 2}) pass.
     */
    boolean notImmediate;
    /**
     * The label terms are a lone {@code -label} of the current section ({@code [rbx - t1]}): nasm
     * sizes such an address by the label's offset in its section ({@link #displacementAdjust}),
     * like a plain number.
     */
    boolean selfRelative;
    /**
     * What to add to {@link #value} for the value nasm gives an immediate: it keeps only the
     * offsets of label terms whose factor is neither 1 nor a self-relative -1 ({@code t1 * 2} is
     * twice t1's offset in its section).
     */
    long immediateAdjust;
    /** What to add to {@link #value} for nasm's displacement: a {@link #selfRelative} term's section address. */
    long displacementAdjust;
    /** First error of the last evaluation, or null; and its column. */
    String error;
    int errorColumn;
    /** First symbol without a value in the last evaluation (-1 if none) and its column. */
    int missingSymbol;
    int missingColumn;

    private long[] v = new long[64];
    private int[] rl = new int[64];
    private int[] rs = new int[64];
    private boolean[] kn = new boolean[64];
    /**
     * The factor of nasm's "unknown" term (a symbol without a value counts 1): nasm adds these like
     * any other term, so in {@code t5 - t6} with both still undefined they cancel and the value is
     * known (see {@link #add}).
     */
    private long[] uk = new long[64];
    /**
     * Label terms by section, as nasm's vectors keep them: up to two sections with their factors
     * ({@code s1/k1}, {@code s2/k2}; {@code $} and {@code $$} count for theirs) and whether more
     * sections took part ({@code sx}).
     */
    private int[] s1 = new int[64];
    private long[] k1 = new long[64];
    private int[] s2 = new int[64];
    private long[] k2 = new long[64];
    private boolean[] sx = new boolean[64];
    private Register[] ra = new Register[64];
    private Register[] rb = new Register[64];
    private long[] ca = new long[64];
    private long[] cb = new long[64];
    private boolean[] ma = new boolean[64];
    private boolean[] mb = new boolean[64];

    Evaluator(ExprCode code, SymbolTable symbols) {
        this.code = code;
        this.symbols = symbols;
    }

    /** Evaluates expression {@code handle}; results in the fields. Returns {@link #value}. */
    long evaluate(int handle) {
        error = null;
        missingSymbol = -1;
        long[] c = code.chunk(handle);
        int pc = code.start(handle);
        int endPc = pc + code.length(handle);
        if (endPc - pc == 1 && ExprCode.opcode(c[pc]) == ExprCode.CONST_INT) {
            value = ExprCode.argument(c[pc]);
            reloc = 0;
            relocSection = -1;
            known = true;
            registerCount = 0;
            clearSectionFlags();
            return value;
        }
        int sp = 0;
        while (pc < endPc) {
            long w = c[pc++];
            int op = ExprCode.opcode(w);
            if (op < ExprCode.NEG) {
                if (sp == v.length) {
                    grow();
                }
                ra[sp] = null;
                rb[sp] = null;
                kn[sp] = true;
                uk[sp] = 0;
                rl[sp] = 0;
                k1[sp] = 0;
                k2[sp] = 0;
                sx[sp] = false;
                rs[sp] = -1;
                switch (op) {
                    case ExprCode.CONST_INT -> v[sp] = ExprCode.argument(w);
                    case ExprCode.CONST -> v[sp] = c[pc++];
                    case ExprCode.SYMBOL -> {
                        int id = ExprCode.argument(w);
                        if (symbols.hasValue(id)) {
                            v[sp] = symbols.valueOf(id);
                            rl[sp] = symbols.isRelocatable(id) ? 1 : 0;
                            rs[sp] = symbols.section[id]; // a label's, or a relocatable constant's label's
                            if (rl[sp] != 0) {
                                s1[sp] = rs[sp];
                                k1[sp] = 1;
                            }
                        } else {
                            v[sp] = 0;
                            kn[sp] = false;
                            uk[sp] = 1;
                            if (missingSymbol < 0) {
                                missingSymbol = id;
                                missingColumn = ExprCode.column(w);
                            }
                        }
                    }
                    case ExprCode.REGISTER -> {
                        v[sp] = 0;
                        ra[sp] = REGISTERS[ExprCode.argument(w)];
                        ca[sp] = 1;
                        ma[sp] = false;
                    }
                    case ExprCode.HERE -> {
                        v[sp] = here;
                        rl[sp] = hereRelocatable ? 1 : 0;
                        rs[sp] = hereSection;
                        s1[sp] = hereSection;
                        k1[sp] = rl[sp];
                    }
                    default -> {
                        v[sp] = sectionStart;
                        rl[sp] = hereRelocatable ? 1 : 0;
                        rs[sp] = hereSection;
                        s1[sp] = hereSection;
                        k1[sp] = rl[sp];
                    }
                }
                sp++;
                continue;
            }
            if (op < ExprCode.ADD) {
                int a = sp - 1;
                if (op == ExprCode.NEG) {
                    v[a] = -v[a];
                    uk[a] = -uk[a];
                    k1[a] = -k1[a];
                    k2[a] = -k2[a];
                    rl[a] = -rl[a];
                    ca[a] = -ca[a];
                    cb[a] = -cb[a];
                } else {
                    if (scalarOnly(a, w, op == ExprCode.NOT ? "`~' operator" : "`!' operator")) {
                        v[a] = op == ExprCode.NOT ? ~v[a] : (v[a] == 0 ? 1 : 0);
                    }
                    uk[a] = kn[a] ? 0 : 1;
                }
                continue;
            }
            if (op == ExprCode.COND) {
                int a = sp - 3;
                boolean pick = v[a] != 0;
                int from = pick ? a + 1 : a + 2;
                boolean k = kn[a] && kn[from];
                copy(from, a);
                kn[a] = k;
                uk[a] = k ? 0 : 1;
                sp -= 2;
                continue;
            }
            int a = sp - 2;
            int b = sp - 1;
            sp--;
            boolean k = kn[a] && kn[b];
            switch (op) {
                case ExprCode.ADD -> k = add(a, b, 1, w);
                case ExprCode.SUB -> k = add(a, b, -1, w);
                case ExprCode.MUL -> k = multiply(a, b, w);
                default -> {
                    uk[a] = k ? 0 : 1;
                    if (!scalarOnly(a, w, message(op)) || !scalarOnly(b, w, message(op))) {
                        break;
                    }
                    long x = v[a];
                    long y = v[b];
                    long r;
                    switch (op) {
                        case ExprCode.DIV, ExprCode.SDIV, ExprCode.MOD, ExprCode.SMOD -> {
                            if (y == 0) {
                                if (k) {
                                    fail("division by zero", w);
                                }
                                r = 0;
                            } else if (op == ExprCode.DIV) {
                                r = Long.divideUnsigned(x, y);
                            } else if (op == ExprCode.SDIV) {
                                r = x / y;
                            } else if (op == ExprCode.MOD) {
                                r = Long.remainderUnsigned(x, y);
                            } else {
                                r = x % y;
                            }
                        }
                        // the count is taken mod 64, as nasm's C shifts do on x86 (and Java's)
                        case ExprCode.SHL -> r = x << y;
                        case ExprCode.SHR -> r = x >>> y;
                        case ExprCode.SAR -> r = x >> y;
                        case ExprCode.AND -> r = x & y;
                        case ExprCode.OR -> r = x | y;
                        case ExprCode.XOR -> r = x ^ y;
                        case ExprCode.EQ -> r = x == y ? 1 : 0;
                        case ExprCode.NE -> r = x != y ? 1 : 0;
                        case ExprCode.LT -> r = x < y ? 1 : 0;
                        case ExprCode.LE -> r = x <= y ? 1 : 0;
                        case ExprCode.GT -> r = x > y ? 1 : 0;
                        case ExprCode.GE -> r = x >= y ? 1 : 0;
                        // nasm 2.16 yields 1 for greater and 0 otherwise (its -1 is lost)
                        case ExprCode.CMP -> r = x > y ? 1 : 0;
                        case ExprCode.LAND -> r = x != 0 && y != 0 ? 1 : 0;
                        case ExprCode.LOR -> r = x != 0 || y != 0 ? 1 : 0;
                        default -> r = (x != 0) != (y != 0) ? 1 : 0;
                    }
                    v[a] = r;
                }
            }
            kn[a] = k;
        }
        int top = sp - 1;
        value = v[top];
        reloc = rl[top];
        relocSection = rs[top];
        classifySections(top);
        known = kn[top];
        registerCount = 0;
        if (ra[top] != null && ca[top] != 0) {
            registers[registerCount] = ra[top];
            factors[registerCount] = ca[top];
            multiplied[registerCount++] = ma[top];
        }
        if (rb[top] != null && cb[top] != 0) {
            registers[registerCount] = rb[top];
            factors[registerCount] = cb[top];
            multiplied[registerCount++] = mb[top];
        }
        return value;
    }

    private static String message(int op) {
        return switch (op) {
            case ExprCode.DIV, ExprCode.SDIV, ExprCode.MOD, ExprCode.SMOD -> "division operator";
            case ExprCode.SHL, ExprCode.SHR, ExprCode.SAR -> "shift operator";
            case ExprCode.AND -> "`&' operator";
            case ExprCode.OR -> "`|' operator";
            case ExprCode.XOR -> "`^' operator";
            default -> "comparison operator";
        };
    }

    private void fail(String message, long w) {
        if (error == null) {
            error = message;
            errorColumn = ExprCode.column(w);
        }
    }

    private boolean scalarOnly(int a, long w, String what) {
        if (ra[a] != null || rb[a] != null || rl[a] != 0 || k1[a] != 0 || k2[a] != 0) {
            fail(what + " may only be applied to scalar values", w);
            return false;
        }
        return true;
    }

    private void copy(int from, int to) {
        v[to] = v[from];
        rl[to] = rl[from];
        rs[to] = rs[from];
        kn[to] = kn[from];
        uk[to] = uk[from];
        s1[to] = s1[from];
        k1[to] = k1[from];
        s2[to] = s2[from];
        k2[to] = k2[from];
        sx[to] = sx[from];
        ra[to] = ra[from];
        rb[to] = rb[from];
        ca[to] = ca[from];
        cb[to] = cb[from];
        ma[to] = ma[from];
        mb[to] = mb[from];
    }

    /**
     * {@code a + sign * b} into {@code a}; returns whether the sum is known. nasm adds its term
     * vectors (registers, then the unknown term, then the number and the label bases) in that order
     * and stops right after the unknown term when both have one: a sum involving an undefined
     * symbol keeps only its registers and unknown factor, and is known, with value 0, when the
     * unknown factors cancel. That is how {@code [rsp + t5 - t6]} with both labels ahead is sized
     * in nasm's first pass: {@code [rsp]}.
     */
    private boolean add(int a, int b, int sign, long w) {
        addRegister(a, ra[b], sign * ca[b], ma[b], w);
        addRegister(a, rb[b], sign * cb[b], mb[b], w);
        if (!kn[a] || !kn[b]) {
            long unknown = uk[a] + sign * uk[b];
            v[a] = 0;
            rl[a] = 0;
            rs[a] = -1;
            uk[a] = unknown;
            kn[a] = unknown == 0;
            k1[a] = 0;
            k2[a] = 0;
            sx[a] = false;
            return unknown == 0;
        }
        v[a] += sign * v[b];
        addSection(a, s1[b], sign * k1[b]);
        addSection(a, s2[b], sign * k2[b]);
        sx[a] |= sx[b];
        rl[a] += sign * rl[b];
        if (rs[a] < 0) {
            rs[a] = rs[b];
        }
        return true;
    }

    private void addSection(int a, int section, long factor) {
        if (factor == 0) {
            return;
        }
        if (k1[a] != 0 && s1[a] == section) {
            k1[a] += factor;
        } else if (k2[a] != 0 && s2[a] == section) {
            k2[a] += factor;
        } else if (k1[a] == 0) {
            s1[a] = section;
            k1[a] = factor;
        } else if (k2[a] == 0) {
            s2[a] = section;
            k2[a] = factor;
        } else {
            sx[a] = true;
        }
    }

    private void clearSectionFlags() {
        crossSection = false;
        notRelocatable = false;
        notImmediate = false;
        selfRelative = false;
        immediateAdjust = 0;
        displacementAdjust = 0;
    }

    /**
     * What nasm's is_reloc says of the label terms: one label (factor 1), optionally minus one
     * in the section of {@code $}; a lone {@code -label} of that section is self-relative too.
     */
    private void classifySections(int top) {
        clearSectionFlags();
        if (!kn[top]) {
            return;
        }
        immediateAdjust = offsetOnly(s1[top], k1[top]) + offsetOnly(s2[top], k2[top]);
        notImmediate = sx[top] || k1[top] == 1 && k2[top] == 1
                || k1[top] == -1 && (s1[top] != hereSection || k2[top] == -1)
                || k2[top] == -1 && s2[top] != hereSection;
        long a = k1[top];
        long b = k2[top];
        if (sx[top]) {
            notRelocatable = true;
        } else if (a != 0 && b != 0) {
            boolean plusA = a == 1 && b == -1 && s2[top] == hereSection;
            boolean plusB = b == 1 && a == -1 && s1[top] == hereSection;
            crossSection = plusA || plusB;
            notRelocatable = !crossSection;
        } else if (a != 0 || b != 0) {
            long k = a != 0 ? a : b;
            int section = a != 0 ? s1[top] : s2[top];
            selfRelative = k == -1 && section == hereSection;
            notRelocatable = k != 1 && !selfRelative;
            if (selfRelative) {
                displacementAdjust = symbols.sectionBase[section];
            }
        }
    }

    /** The address part nasm leaves out of an immediate for one label term, negated. */
    private long offsetOnly(int section, long factor) {
        if (factor == 0 || factor == 1 || factor == -1 && section == hereSection || section < 0) {
            return 0;
        }
        return -factor * symbols.sectionBase[section];
    }

    private void addRegister(int a, Register r, long factor, boolean mult, long w) {
        if (r == null) {
            return;
        }
        if (ra[a] == r) {
            ca[a] += factor;
            ma[a] |= mult;
        } else if (rb[a] == r) {
            cb[a] += factor;
            mb[a] |= mult;
        } else if (ra[a] == null) {
            ra[a] = r;
            ca[a] = factor;
            ma[a] = mult;
        } else if (rb[a] == null) {
            rb[a] = r;
            cb[a] = factor;
            mb[a] = mult;
        } else {
            fail("invalid effective address: too many registers", w);
        }
    }

    /** {@code a * b} into {@code a}; returns whether the product is known. */
    private boolean multiply(int a, int b, long w) {
        boolean aScalar = kn[a] && ra[a] == null && rb[a] == null && k1[a] == 0 && k2[a] == 0;
        boolean bScalar = kn[b] && ra[b] == null && rb[b] == null && k1[b] == 0 && k2[b] == 0;
        if (aScalar) {
            long k = v[a];
            copy(b, a);
            scale(a, k);
        } else if (bScalar) {
            scale(a, v[b]);
        } else if (kn[a] && kn[b]) {
            fail("unable to multiply two non-scalar objects", w);
        } else {
            // an unknown times an unknown: unknown, as in nasm; a register or label times an
            // unknown: nasm refuses it in its first pass, which reports nothing here, and later
            // passes see the value (a documented difference)
            v[a] = 0;
            uk[a] = 1;
            ra[a] = null;
            rb[a] = null;
            rl[a] = 0;
            k1[a] = 0;
            k2[a] = 0;
        }
        kn[a] = uk[a] == 0;
        return kn[a];
    }

    private void scale(int a, long k) {
        v[a] *= k;
        uk[a] *= k;
        k1[a] *= k;
        k2[a] *= k;
        rl[a] *= (int) k;
        ca[a] *= k;
        cb[a] *= k;
        ma[a] = ra[a] != null;
        mb[a] = rb[a] != null;
    }

    private void grow() {
        int n = v.length * 2;
        v = java.util.Arrays.copyOf(v, n);
        rl = java.util.Arrays.copyOf(rl, n);
        rs = java.util.Arrays.copyOf(rs, n);
        kn = java.util.Arrays.copyOf(kn, n);
        uk = java.util.Arrays.copyOf(uk, n);
        s1 = java.util.Arrays.copyOf(s1, n);
        k1 = java.util.Arrays.copyOf(k1, n);
        s2 = java.util.Arrays.copyOf(s2, n);
        k2 = java.util.Arrays.copyOf(k2, n);
        sx = java.util.Arrays.copyOf(sx, n);
        ra = java.util.Arrays.copyOf(ra, n);
        rb = java.util.Arrays.copyOf(rb, n);
        ca = java.util.Arrays.copyOf(ca, n);
        cb = java.util.Arrays.copyOf(cb, n);
        ma = java.util.Arrays.copyOf(ma, n);
        mb = java.util.Arrays.copyOf(mb, n);
    }
}
