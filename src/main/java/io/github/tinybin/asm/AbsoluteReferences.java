package io.github.tinybin.asm;

import io.github.tinybin.asm.AbsoluteReference.Use;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the {@link AbsoluteReference}s of the final pass. The copies {@code times} makes of one
 * operand or data item are folded into one reference (the first that does not fit, else the first),
 * so a large {@code times} costs no memory per copy.
 */
final class AbsoluteReferences {
    private final Program program;
    private final List<AbsoluteReference> references = new ArrayList<>();

    /** The statement whose references {@link #slots} indexes; per operand/item, its reference or -1. */
    private int statement = -1;
    private int[] slots = new int[8];

    // the stack of symbolIn: per value, its number of label addresses and the label (or HERE...)
    private static final int NONE = -1;
    private static final int HERE = -2;
    private static final int SECTION_START = -3;
    private int[] counts = new int[16];
    private int[] names = new int[16];

    // the source line of the last reference, shared by the references of one line
    private int lineId = -1;
    private String file;
    private String sourceLine;

    AbsoluteReferences(Program program) {
        this.program = program;
    }

    List<AbsoluteReference> list() {
        return List.copyOf(references);
    }

    /**
     * Records that {@code width} bytes at {@code offset} in {@code section} hold {@code value}, the
     * address computed by expression {@code expr} of operand or data item {@code slot} of
     * {@code st}, written at {@code column}.
     */
    void add(Statement st, int slot, int column, Section section, long offset, int width, boolean signed,
             long value, Use use, int expr) {
        if (st.id != statement || st.id < 0) {
            statement = st.id;
            Arrays.fill(slots, -1);
        }
        if (slot >= slots.length) {
            int old = slots.length;
            slots = Arrays.copyOf(slots, Math.max(slot + 1, old * 2));
            Arrays.fill(slots, old, slots.length, -1);
        }
        int existing = slots[slot];
        if (existing >= 0) {
            if (references.get(existing).fits() && !AbsoluteReference.fits(value, width, signed)) {
                references.set(existing, make(st, column, section, offset, width, signed, value, use, expr));
            }
            return;
        }
        slots[slot] = references.size();
        references.add(make(st, column, section, offset, width, signed, value, use, expr));
    }

    private AbsoluteReference make(Statement st, int column, Section section, long offset, int width, boolean signed,
                                   long value, Use use, int expr) {
        SourceLines lines = program.lines;
        if (st.line != lineId) {
            lineId = st.line;
            file = lines.file(lineId);
            sourceLine = lines.original(lineId);
        }
        return new AbsoluteReference(section, offset, width, signed, value, use, symbolIn(expr), file,
                lines.line(lineId), column, sourceLine);
    }

    /**
     * The label the address comes from: the expression is run once more, tracking per value only how
     * many label addresses it holds and which label, so that {@code (b - a) + c} names {@code c}.
     */
    private String symbolIn(int expr) {
        ExprCode code = program.code;
        long[] c = code.chunk(expr);
        int pc = code.start(expr);
        int end = pc + code.length(expr);
        int sp = 0;
        while (pc < end) {
            long w = c[pc++];
            int op = ExprCode.opcode(w);
            int operands = op < ExprCode.NEG ? 0 : op < ExprCode.ADD ? 1 : op == ExprCode.COND ? 3 : 2;
            if (sp < operands) {
                return "$"; // not code the evaluator accepted; the name is only for the message
            }
            if (op < ExprCode.NEG) {
                if (sp == counts.length) {
                    counts = Arrays.copyOf(counts, sp * 2);
                    names = Arrays.copyOf(names, sp * 2);
                }
                counts[sp] = 0;
                names[sp] = NONE;
                switch (op) {
                    case ExprCode.CONST -> pc++;
                    case ExprCode.SYMBOL -> {
                        int id = ExprCode.argument(w);
                        if (program.symbols.isRelocatable(id)) {
                            counts[sp] = 1;
                            names[sp] = id;
                        }
                    }
                    case ExprCode.HERE -> {
                        counts[sp] = 1;
                        names[sp] = HERE;
                    }
                    case ExprCode.SECTION_START -> {
                        counts[sp] = 1;
                        names[sp] = SECTION_START;
                    }
                    default -> {
                    }
                }
                sp++;
            } else if (op < ExprCode.ADD) {
                counts[sp - 1] = op == ExprCode.NEG ? -counts[sp - 1] : 0;
            } else if (op == ExprCode.COND) {
                sp -= 2;
                counts[sp - 1] = counts[sp] != 0 ? counts[sp] : counts[sp + 1];
                names[sp - 1] = counts[sp] != 0 ? names[sp] : names[sp + 1];
            } else {
                sp--;
                int a = sp - 1;
                int b = sp;
                int sign = op == ExprCode.SUB ? -1 : 1;
                if (op == ExprCode.ADD || op == ExprCode.SUB || op == ExprCode.MUL) {
                    int count = op == ExprCode.MUL ? counts[a] + counts[b] : counts[a] + sign * counts[b];
                    names[a] = counts[b] != 0 && (counts[a] == 0 || count == sign * counts[b]) ? names[b] : names[a];
                    counts[a] = count;
                } else {
                    counts[a] = 0;
                }
            }
        }
        int name = sp > 0 && counts[sp - 1] != 0 ? names[sp - 1] : HERE;
        return name == HERE ? "$" : name == SECTION_START ? "$$" : program.symbols.name(name);
    }
}
