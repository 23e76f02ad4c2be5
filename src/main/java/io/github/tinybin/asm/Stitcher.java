package io.github.tinybin.asm;

import io.github.tinybin.asm.x86.InstructionEncoder;
import io.github.tinybin.asm.x86.Operand;
import io.github.tinybin.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Lays one code section out through several address ranges, as a {@link SectionPlacement.Stitching}
 * asks (the smallest ELF layout's header holes): the section's statements go in order into the
 * first range, and where the next unit plus a 2-byte {@code jmp short} no longer fits the rest of
 * the range, that jump is written (none after a {@code jmp} or {@code ret}, where execution never
 * falls through) and the unit goes to the start of the next range it fits.
 *
 * <p>Offsets in the section are addresses minus the section's address, so the gaps between ranges
 * are gaps in the section's bytes: labels, {@code $}, branches and RIP-relative displacements see the
 * final addresses without any translation, and {@code align} aligns real addresses. A unit is one
 * instruction, or a run of data statements (never split), each with the label-only lines before it.
 *
 * <p>The plan (which range each unit goes to) is made after every sizing pass from that pass's
 * sizes. The first {@value #FREE_REPLANS} plans start afresh (first-pass sizes can be too large, e.g.
 * a forward {@code [rel label]}); after that a unit's range never goes back to an earlier one, so
 * the plan settles after at most one change per unit and range, inside the assembler's usual
 * fixed-point loop. Only the first units can ever be in a range before the last one: those whose
 * predecessors cannot fill the ranges' bytes even at one byte per instruction.
 */
final class Stitcher {
    static final int JUMP_SIZE = 2;
    static final int FREE_REPLANS = 3;
    /**
     * Branches that only have a rel8 form: stitching may put up to the holes' gap between them and
     * their target, which relaxation cannot make up for, so a section with one (or with a branch
     * written {@code short}) stays whole.
     */
    private static final Set<String> SHORT_ONLY = Set.of("loop", "loope", "loopz", "loopne",
            "loopnz", "jcxz", "jecxz", "jrcxz");
    /** Instructions after which execution never goes on to the next: a range may end after them without a jump. */
    private static final Set<String> NO_FALL_THROUGH = Set.of("jmp", "ret", "retn", "retf");
    private static final int JMP_SHORT = 0xeb;

    /** The stitched section's index. */
    final int section;
    private final Program program;
    private final Section target;
    /** Offsets from the section's address: start, end pairs; the last end is Long.MAX_VALUE. */
    private final long[] ranges;
    private final int lastRange;
    /** Per unit, the index of its first statement; it owns the section's statements up to the next one's. */
    private final int[] unitStart;
    private final int units;
    /** Per unit: it is one jmp or ret, so the next unit may start another range without a jump. */
    private final boolean[] endsFlow;
    /** Per unit before {@link #firstInLast}: its range in the current plan (never decreasing once sticky). */
    private final int[] unitRange;
    /** The first unit in the last range; it and every unit after it need no more checks. */
    private int firstInLast;
    /** The last unit that can ever start a range: every later one is in the last range. */
    private final int stopLimit;
    private int replans;

    // the pass under way
    private int nextUnit;
    private int currentRange;
    private long pieceStart;
    private long[] pieces = new long[8];
    private int pieceCount;
    private int[] jumpStatement = new int[4];
    private long[] jumpOffset = new long[4];
    private int jumps;

    private Stitcher(Program program, int section, long[] ranges, int[] unitStart, boolean[] endsFlow, int units,
                     int stopLimit) {
        this.program = program;
        this.section = section;
        this.target = program.sections.get(section);
        this.ranges = ranges;
        this.lastRange = ranges.length / 2 - 1;
        this.unitStart = unitStart;
        this.units = units;
        this.unitRange = new int[units];
        this.firstInLast = units;
        this.stopLimit = stopLimit;
        this.endsFlow = endsFlow;
    }

    /**
     * A stitcher for {@code request}, or null when there is none or the section must stay whole: no
     * statement that emits bytes, the entry label not on its first one, ranges too far apart for a
     * short jump, or what {@link #mustStayWhole} finds. Marks the accepted section with (empty) pieces.
     */
    static Stitcher of(Program program, SectionPlacement.Stitching request, InstructionEncoder encoder) {
        if (request == null) {
            return null;
        }
        int section = program.sections.indexOf(request.section());
        long[] ranges = request.ranges();
        if (section < 0 || ranges.length < 2 || ranges.length % 2 != 0 || ranges[1] - ranges[0] < JUMP_SIZE
                || ranges[ranges.length - 2] - (ranges[0] + JUMP_SIZE) > Byte.MAX_VALUE) {
            return null;
        }
        byte[] name = request.entry().getBytes(StandardCharsets.ISO_8859_1);
        int entry = program.symbols.find(name, 0, name.length);
        int[] starts = new int[16];
        boolean[] dataUnit = new boolean[16];
        boolean[] endsFlow = new boolean[16];
        int units = 0;
        long capacity = 0;
        for (int k = 0; k + 2 < ranges.length; k += 2) {
            capacity += ranges[k + 1] - ranges[k];
        }
        long leastBytes = 0;
        int stopLimit = -1;
        boolean entryFirst = false;
        int pending = -1;
        byte last = Statement.EMPTY;
        Statements sts = program.statements;
        for (int i = 0; i < program.statements.count(); i++) {
            Statement st = sts.get(i);
            if (st.section != section) {
                continue;
            }
            if (units == 0 && pending < 0) {
                pending = i;
            }
            if (units == 0 && entry >= 0 && st.label == entry && st.kind != Statement.EQU) {
                entryFirst = true;
            }
            byte kind = unitKind(st);
            if (kind == Statement.EMPTY) {
                if (pending < 0 && (st.kind == Statement.EMPTY || st.kind == Statement.ALIGN)) {
                    pending = i;
                }
                continue;
            }
            if (!(kind == Statement.DATA && last == Statement.DATA)) {
                if (stopLimit < 0 && leastBytes >= capacity) {
                    stopLimit = units;
                }
                if (units == starts.length) {
                    starts = Arrays.copyOf(starts, units * 2);
                    dataUnit = Arrays.copyOf(dataUnit, units * 2);
                    endsFlow = Arrays.copyOf(endsFlow, units * 2);
                }
                dataUnit[units] = kind == Statement.DATA;
                endsFlow[units] = st.kind == Statement.INSTRUCTION && st.times < 0
                        && NO_FALL_THROUGH.contains(st.mnemonic);
                starts[units++] = pending >= 0 ? pending : i;
            }
            if (kind == Statement.INSTRUCTION && st.times < 0) {
                leastBytes++;
            }
            last = kind;
            pending = -1;
        }
        if (units == 0 || !entryFirst || mustStayWhole(program, section, starts, dataUnit, units, encoder)) {
            return null;
        }
        request.section().pieces(new long[0]);
        return new Stitcher(program, section, ranges, starts, endsFlow, units, stopLimit < 0 ? units - 1 : stopLimit);
    }

    /**
     * True when an expression uses the address of code in the section as a value, not as a branch
     * target ({@code lea rax, [rel _start]}, {@code dq .case1}, {@code $} in an operand): the program
     * may compute with the distances of its code at run time, which stitching would change, so the
     * section stays whole. Addresses of data in the section ({@code lea rsi, [rel message]}) are fine.
     * So does a {@code loop}, {@code jrcxz} or {@code jmp short} in the section (see {@link #SHORT_ONLY}).
     */
    private static boolean mustStayWhole(Program program, int section, int[] starts, boolean[] dataUnit,
                                         int units, InstructionEncoder encoder) {
        SymbolTable symbols = program.symbols;
        boolean[] codeLabel = new boolean[symbols.count];
        Statements sts = program.statements;
        for (int u = 0; u < units; u++) {
            int end = u + 1 < units ? starts[u + 1] : program.statements.count();
            for (int i = starts[u]; i < end; i++) {
                Statement st = sts.get(i);
                if (st.section == section && st.label >= 0 && st.kind != Statement.EQU) {
                    codeLabel[st.label] = !dataUnit[u];
                }
            }
        }
        ExprCode code = program.code;
        for (int i = 0; i < program.statements.count(); i++) {
            Statement st = sts.get(i);
            if (st.broken) {
                continue;
            }
            boolean branch = st.kind == Statement.INSTRUCTION && encoder.isAddressDependent(st.mnemonic);
            if (branch && st.section == section && (SHORT_ONLY.contains(st.mnemonic) || writtenShort(st))) {
                return true;
            }
            boolean[] found = {false};
            forEachExpression(st, (expr, operand) -> {
                boolean target = branch && operand != null && operand.kind == Statement.OperandSpec.IMMEDIATE;
                long[] words = code.chunk(expr);
                int pc = code.start(expr);
                int end = pc + code.length(expr);
                while (pc < end && !target) {
                    long word = words[pc++];
                    int op = ExprCode.opcode(word);
                    if (op == ExprCode.CONST) {
                        pc++;
                    } else if (op == ExprCode.SYMBOL && codeLabel[ExprCode.argument(word)]
                            || op == ExprCode.HERE && operand != null && st.section == section) {
                        found[0] = true;
                    }
                }
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    private static boolean writtenShort(Statement st) {
        for (Statement.OperandSpec spec : st.operands) {
            if (spec.distance == Operand.Distance.SHORT.ordinal()) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #forEachExpression} hands over: an expression, with its operand when it is one. */
    private interface ExpressionVisitor {
        void visit(int expr, Statement.OperandSpec operand);
    }

    /** Every expression the statement evaluates: times, value (equ, resb, at), operands, data items. */
    private static void forEachExpression(Statement st, ExpressionVisitor visitor) {
        if (st.times >= 0) {
            visitor.visit(st.times, null);
        }
        switch (st.kind) {
            case Statement.EQU, Statement.RESERVE, Statement.AT, Statement.ABSOLUTE -> {
                if (st.value >= 0) {
                    visitor.visit(st.value, null);
                }
            }
            default -> {
            }
        }
        if (st.operands != null) {
            for (Statement.OperandSpec spec : st.operands) {
                if (spec.expr >= 0) {
                    visitor.visit(spec.expr, spec);
                }
            }
        }
        if (st.items != null) {
            for (Statement.DataItem item : st.items) {
                if (item.kind == Statement.DataItem.EXPRESSION && item.expr >= 0) {
                    visitor.visit(item.expr, null);
                }
            }
        }
        if (st.inner != null) {
            forEachExpression(st.inner, visitor);
        }
    }

    /** INSTRUCTION for what is a unit by itself, DATA for what joins a run of data, EMPTY for the rest. */
    private static byte unitKind(Statement st) {
        return switch (st.kind) {
            case Statement.INSTRUCTION, Statement.PREFIXES -> Statement.INSTRUCTION;
            case Statement.DATA, Statement.INCBIN, Statement.RESERVE, Statement.ISTRUC, Statement.AT,
                 Statement.IEND -> Statement.DATA;
            default -> Statement.EMPTY;
        };
    }

    /** True when a pass must call {@link #enter} before statement {@code index}: it may never be folded away. */
    boolean isStop(int index) {
        return Arrays.binarySearch(unitStart, 0, stopLimit + 1, index) >= 0;
    }

    /** Starts a pass; returns the first statement index that needs {@link #enter}. */
    int startPass() {
        nextUnit = 0;
        currentRange = 0;
        pieceCount = 0;
        jumps = 0;
        return unitStart[0];
    }

    /** The statement index of the next {@link #enter}, or Integer.MAX_VALUE. */
    int nextStop() {
        return nextUnit <= Math.min(firstInLast, stopLimit) ? unitStart[nextUnit] : Integer.MAX_VALUE;
    }

    /**
     * At the first statement of the next unit: moves to the unit's range, writing the jump there into
     * {@code out} (the section's bytes in the final pass, else null) unless the unit before is a jmp
     * or ret. Returns the unit's offset.
     */
    long enter(long offset, byte[] out) {
        int u = nextUnit++;
        int range = u < firstInLast ? unitRange[u] : lastRange;
        if (u == 0) {
            offset = ranges[0];
            pieceStart = offset;
        }
        if (range == currentRange) {
            return offset;
        }
        long to = ranges[2 * range];
        currentRange = range;
        if (u > 0 && endsFlow[u - 1]) {
            addPiece(offset);
            pieceStart = to;
            return to;
        }
        if (out != null) {
            out[(int) offset] = (byte) JMP_SHORT;
            out[(int) offset + 1] = (byte) (to - (offset + JUMP_SIZE));
        }
        if (jumps == jumpStatement.length) {
            jumpStatement = Arrays.copyOf(jumpStatement, jumps * 2);
            jumpOffset = Arrays.copyOf(jumpOffset, jumps * 2);
        }
        jumpStatement[jumps] = unitStart[u];
        jumpOffset[jumps++] = offset;
        addPiece(offset + JUMP_SIZE);
        pieceStart = to;
        return to;
    }

    private void addPiece(long end) {
        if (end <= pieceStart) {
            return;
        }
        if (pieceCount + 2 > pieces.length) {
            pieces = Arrays.copyOf(pieces, pieces.length * 2);
        }
        pieces[pieceCount++] = pieceStart;
        pieces[pieceCount++] = end - pieceStart;
    }

    /**
     * Ends a pass whose section ended at {@code end}: publishes the pieces on the section and, after
     * a sizing pass, plans the next one from this pass's sizes. True when the plan changed.
     */
    boolean finishPass(long end, boolean replan) {
        addPiece(end);
        target.pieces(Arrays.copyOf(pieces, pieceCount));
        return replan && replan();
    }

    private boolean replan() {
        boolean sticky = replans++ >= FREE_REPLANS;
        boolean changed = false;
        int r = 0;
        long cursor = ranges[0];
        int limit = sticky ? firstInLast : stopLimit + 1;
        int wasFirstInLast = firstInLast;
        // the unit at the limit, if any, is known to be in the last range
        firstInLast = limit;
        for (int u = 0; u < limit; u++) {
            int range = sticky ? Math.max(r, unitRange[u]) : r;
            long size = unitSize(u);
            long reserve = u == units - 1 || endsFlow[u] ? 0 : JUMP_SIZE;
            while (range < lastRange) {
                long at = range == r ? cursor : ranges[2 * range];
                if (at + size + reserve <= ranges[2 * range + 1]) {
                    break;
                }
                range++;
            }
            if (unitRange[u] != range) {
                unitRange[u] = range;
                changed = true;
            }
            if (range != r) {
                r = range;
                cursor = ranges[2 * range];
            }
            cursor += size;
            if (range == lastRange) {
                firstInLast = u;
                break;
            }
        }
        return changed || firstInLast != wasFirstInLast;
    }

    /** The bytes unit {@code u} took in the last pass. */
    private long unitSize(int u) {
        int end = u + 1 < units ? unitStart[u + 1] : program.statements.count();
        Statements sts = program.statements;
        long size = 0;
        for (int i = unitStart[u]; i < end; i++) {
            if (sts.get(i).section == section) {
                size += sts.get(i).size;
            }
        }
        return size;
    }

    /** Jumps the final pass inserted: the statement each one comes before. */
    int jumps() {
        return jumps;
    }

    int jumpStatement(int k) {
        return jumpStatement[k];
    }

    long jumpOffset(int k) {
        return jumpOffset[k];
    }

    // ---------------------------------------------------------------- label differences

    /**
     * Reports every expression that combines two positions in different pieces ({@code $ - label},
     * {@code end - start} across a jump): their distance would count the inserted jump and the
     * header bytes between the pieces. After the final pass, with its offsets and pieces.
     */
    void checkDifferences(Diagnostics diagnostics) {
        Statements sts = program.statements;
        for (int i = 0; i < program.statements.count(); i++) {
            Statement st = sts.get(i);
            if (!st.broken) {
                forEachExpression(st, (expr, operand) -> check(expr, st, diagnostics));
            }
        }
    }

    private void check(int expr, Statement st, Diagnostics diagnostics) {
        ExprCode code = program.code;
        SymbolTable symbols = program.symbols;
        long[] words = code.chunk(expr);
        int pc = code.start(expr);
        int end = pc + code.length(expr);
        int firstPiece = Integer.MIN_VALUE;
        int firstColumn = 0;
        while (pc < end) {
            long word = words[pc++];
            int op = ExprCode.opcode(word);
            long offset;
            switch (op) {
                case ExprCode.CONST -> {
                    pc++;
                    continue;
                }
                case ExprCode.SYMBOL -> {
                    int id = ExprCode.argument(word);
                    if (symbols.section[id] != section || !symbols.isRelocatable(id)) {
                        continue;
                    }
                    offset = symbols.kind[id] == SymbolTable.LABEL ? symbols.value[id]
                            : symbols.value[id] - symbols.sectionBase[section];
                }
                case ExprCode.HERE -> {
                    if (st.section != section) {
                        continue;
                    }
                    offset = st.offset;
                }
                case ExprCode.SECTION_START -> {
                    if (st.section != section) {
                        continue;
                    }
                    offset = -1;
                }
                default -> {
                    continue;
                }
            }
            int piece = pieceOf(offset);
            if (firstPiece == Integer.MIN_VALUE) {
                firstPiece = piece;
                firstColumn = ExprCode.column(word);
            } else if (piece != firstPiece) {
                int line = st.line;
                SourceLines lines = program.lines;
                diagnostics.error(lines.file(line), lines.line(line), lines.originalColumn(line, firstColumn),
                        "this distance spans a split of section " + target.name() + ", which the layout stitched"
                                + " through its header holes: it would count the jump and header bytes between"
                                + " the pieces; keep both ends in one piece, or give the section an alignment"
                                + " (`section " + target.name() + " align=2`) to keep it whole",
                        lines.original(line));
                return;
            }
        }
    }

    /** The piece holding {@code offset} (its end included), or -1 for none. */
    private int pieceOf(long offset) {
        long[] p = target.pieces();
        for (int k = 0; k + 1 < p.length; k += 2) {
            if (offset >= p[k] && offset <= p[k] + p[k + 1]) {
                return k / 2;
            }
        }
        return -1;
    }
}
