package io.github.tinybin.asm;

import io.github.tinybin.asm.Statement.DataItem;
import io.github.tinybin.asm.Statement.OperandSpec;
import io.github.tinybin.asm.x86.ByteSink;
import io.github.tinybin.asm.x86.EncodeProblem;
import io.github.tinybin.asm.x86.Instruction;
import io.github.tinybin.asm.x86.InstructionEncoder;
import io.github.tinybin.asm.x86.Operand;
import io.github.tinybin.asm.x86.Prefix;
import io.github.tinybin.asm.x86.Register;
import io.github.tinybin.diag.Diagnostics;
import java.util.List;

/**
 * The passes over the parsed program: sizing passes evaluate every expression with the symbol
 * values of the previous pass (forward references unknown in the first), ask the encoder for
 * lengths, define labels and let the placement position the sections, until nothing moves; then
 * one final pass writes the bytes and reports what only the final values can tell.
 */
final class Passes implements ByteSink, EncodeProblem {
    private static final Operand.Distance[] DISTANCES = Operand.Distance.values();

    private final Program program;
    private final InstructionEncoder encoder;
    private final Diagnostics diagnostics;
    private final AssemblerOptions options;
    private final SectionPlacement placement;
    private final Evaluator ev;
    private final SymbolTable symbols;
    private final Instruction instruction = new Instruction();
    /** Per operand of {@link #instruction}: its expression's full value (displacements before truncation). */
    private final long[] operandValues = new long[Instruction.MAX_OPERANDS];
    /** Per operand: a label difference across sections, sized like an address but no absolute one. */
    private final boolean[] operandCrossSection = new boolean[Instruction.MAX_OPERANDS];
    private final AbsoluteReferences absoluteReferences;
    /** Stitching of one section through the placement's ranges, or null (see {@link #stitch}). */
    private Stitcher stitcher;
    /** The next statement index at which {@link #stitch} moves the stitched section on, or MAX_VALUE. */
    private int stitchStop = Integer.MAX_VALUE;

    private long[] offsets;
    private long absoluteOffset;
    private long istrucStart;
    private boolean changed;
    private boolean emitting;
    private boolean aborted;
    private int pass;
    private long total;
    /** Address of the instruction copy being encoded. */
    private long address;

    // the statement being processed, for diagnostics
    private Statement current;
    private int lastMissingLine = -1;
    private int lastMissingSymbol = -1;

    /**
     * What a sizing pass after the first visits, one record of {@link #ENTRY} ints per entry (kept
     * together: the passes walk them hundreds of times on long programs). An entry is a statement
     * whose size or labels can move (a relative branch to one symbol, a label on a statement of
     * fixed size, or any other), followed by its tail: the bytes of the fixed-size statements of its
     * section after it (for a label, its own statement's first), which a pass only adds to the
     * section's offset (a program starts with a tail-only entry). Null in the first pass, which
     * visits everything.
     */
    private int[] schedule;
    private int scheduleLength;
    private static final int ENTRY = 8;
    /** Fields of an entry: its kind, statement index (-1 for {@link #TAIL_ONLY}), section and label (-1 if none). */
    private static final int KIND = 0;
    private static final int INDEX = 1;
    private static final int SECTION = 2;
    private static final int LABEL = 3;
    /** Of a branch: its target symbol. */
    private static final int TARGET = 4;
    /**
     * Of a branch: while its target is a label of its own section its length is a function of d =
     * target - address, {@code reach} when d is in [reach - 128, reach + 127], else {@code far};
     * this field is {@code reach << 8 | far}, or 0 when the encoder's answers do not have that shape
     * (see {@link #branchLengths}). The passes then size such a branch by arithmetic alone.
     */
    private static final int LENGTHS = 5;
    /** Of a branch: the length the encoder gave last time it was asked, -1 if never. */
    private static final int LAST_LENGTH = 6;
    private static final int TAIL_ONLY = 0;
    private static final int BRANCH = 1;
    private static final int LABEL_ONLY = 2;
    private static final int OTHER = 3;
    private static final int BROKEN = 4;
    /** Set while the first sizing pass records the offsets and branch lengths {@link DeltaSizing} starts from. */
    private boolean recording;
    private long[] entryOffsets;
    private int[] branchLengths;
    /** The later sizing passes in delta form, when the program allows (see {@link DeltaSizing#of}). */
    private DeltaSizing delta;
    /** Per entry: its tail's bytes. */
    private long[] tailBytes;
    /**
     * Per entry of a branch, the displacement (with the target's flags) its {@link #LAST_LENGTH}
     * was encoded for: the length is a function of both, so while they repeat it is reused.
     */
    private long[] lastDisplacement;

    // emission
    private byte[][] buffers;
    private byte[] buffer;
    private int bufferSection;
    private int position;
    private int limit;

    Passes(Program program, InstructionEncoder encoder, Diagnostics diagnostics, AssemblerOptions options,
           SectionPlacement placement) {
        this.program = program;
        this.encoder = encoder;
        this.diagnostics = diagnostics;
        this.options = options;
        this.placement = placement;
        this.ev = program.evaluator;
        this.symbols = program.symbols;
        this.absoluteReferences = new AbsoluteReferences(program);
    }

    /** The absolute addresses the final pass wrote. */
    List<AbsoluteReference> absoluteReferences() {
        return absoluteReferences.list();
    }

    /** Runs the passes; false when the program could not be laid out (errors reported). */
    boolean run() {
        List<Section> sections = program.sections;
        int n = sections.size();
        offsets = new long[n];
        stitcher = Stitcher.of(program, placement.stitching(sections), encoder);
        place();
        boolean converged = false;
        int maxPasses = Math.max(2, options.limits.passes);
        for (pass = 1; pass <= maxPasses; pass++) {
            changed = false;
            startStitching();
            if (pass == 1) {
                schedule = new int[ENTRY * 64];
                tailBytes = new long[64];
                onePass();
                finishSchedule();
            } else if (delta != null) {
                changed = delta.pass();
                offsets[delta.section()] = delta.size();
            } else {
                recording = pass == 2 && stitcher == null && options.deltaSizing;
                if (recording) {
                    entryOffsets = new long[scheduleLength];
                    branchLengths = new int[scheduleLength];
                    java.util.Arrays.fill(branchLengths, -1);
                }
                sizingPass();
                if (recording && !aborted) {
                    delta = deltaSizing();
                    entryOffsets = null;
                    branchLengths = null;
                    recording = false;
                }
            }
            if (aborted) {
                return false;
            }
            if (stitcher != null && stitcher.finishPass(offsets[stitcher.section], true)) {
                changed = true;
            }
            for (int i = 0; i < n; i++) {
                sections.get(i).size(offsets[i]);
            }
            if (place()) {
                changed = true;
            }
            if (!changed) {
                converged = true;
                break;
            }
        }
        if (delta != null) {
            delta.materialize();
        }
        if (!converged) {
            // nasm stops after its first pass with errors, before sizes could fail to settle: the
            // line errors a writing pass finds are what it would report, so they come first
            // (unstitched: no layout came out of the passes to stitch)
            stitcher = null;
            writingPass(sections);
            diagnostics.error("Can't find valid values for all labels after " + maxPasses
                    + " passes; giving up (Limits.passes)");
            return false;
        }
        writingPass(sections);
        if (aborted) {
            return false;
        }
        if (stitcher != null) {
            stitcher.finishPass(offsets[stitcher.section], false);
            stitcher.checkDifferences(diagnostics);
        }
        for (int i = 0; i < n; i++) {
            Section s = sections.get(i);
            if (buffers[i] != null) {
                s.bytes(buffers[i]);
            } else {
                s.size(offsets[i]);
            }
        }
        return true;
    }

    /** The final pass: writes the bytes into fresh section buffers and reports what only it can tell. */
    private void writingPass(List<Section> sections) {
        int n = sections.size();
        buffers = new byte[n][];
        for (int i = 0; i < n; i++) {
            Section s = sections.get(i);
            buffers[i] = s.nobits() ? null : new byte[(int) offsets[i]];
        }
        emitting = true;
        startStitching();
        onePass();
        emitting = false;
    }

    /** Sizing passes the last {@link #run()} needed (the final, writing pass not counted). */
    int sizingPasses() {
        return pass;
    }

    /** True when the sizing passes after the second ran in delta form ({@link DeltaSizing}). */
    boolean deltaSized() {
        return delta != null;
    }

    /** The stitching of this run, or null. */
    Stitcher stitcher() {
        return stitcher;
    }

    // ---------------------------------------------------------------- stitching (the one hook)

    private void startStitching() {
        stitchStop = stitcher == null ? Integer.MAX_VALUE : stitcher.startPass();
    }

    /** Before a unit of the stitched section: the stitcher moves its offset on (past a jump it writes). */
    private void stitch() {
        int sec = stitcher.section;
        offsets[sec] = stitcher.enter(offsets[sec], emitting ? buffers[sec] : null);
        stitchStop = stitcher.nextStop();
    }

    /** Lets the placement position the sections; true if any address changed. */
    private boolean place() {
        List<Section> sections = program.sections;
        placement.place(sections);
        boolean moved = false;
        long[] base = symbols.sectionBase;
        for (int i = 0; i < sections.size(); i++) {
            long a = sections.get(i).address();
            if (base[i] != a) {
                base[i] = a;
                moved = true;
            }
        }
        return moved;
    }

    private void onePass() {
        java.util.Arrays.fill(offsets, 0);
        absoluteOffset = 0;
        total = 0;
        Statements statements = program.statements;
        int count = statements.count();
        for (int i = 0; i < count && !aborted; i++) {
            if (i == stitchStop) {
                stitch();
            }
            Statement st = statements.get(i);
            if (!st.broken) {
                statement(st);
            } else {
                st.offset = st.section >= 0 ? offsets[st.section] : absoluteOffset;
                st.size = 0;
            }
            statements.store(i, st);
            if (pass == 1 && !emitting) {
                schedule(i, st);
            }
        }
    }

    /**
     * A later sizing pass: only statements whose size or labels can move are processed again; each
     * run of fixed-size statements between them just advances its section by the bytes the first
     * pass found. Offsets are not stored: the final pass, which visits every statement, does that.
     */
    private void sizingPass() {
        java.util.Arrays.fill(offsets, 0);
        absoluteOffset = 0;
        total = 0;
        int[] entries = schedule;
        int end = scheduleLength * ENTRY;
        for (int e = 0; e < end && !aborted; e += ENTRY) {
            int kind = entries[e + KIND];
            int sec = entries[e + SECTION];
            if (recording) {
                entryOffsets[e / ENTRY] = sec >= 0 ? offsets[sec] : absoluteOffset;
            }
            if (kind != TAIL_ONLY) {
                if (entries[e + INDEX] == stitchStop) {
                    stitch();
                }
                if (kind == BRANCH) {
                    branch(e);
                } else if (kind == LABEL_ONLY) {
                    int label = entries[e + LABEL];
                    if (label >= 0) {
                        defineLabel(label, sec, offsets[sec]);
                    }
                } else if (kind == OTHER) {
                    other(e);
                }
            }
            long tail = tailBytes[e / ENTRY];
            if (sec >= 0) {
                offsets[sec] += tail;
                total += tail;
            } else {
                absoluteOffset += tail;
            }
        }
    }

    /** The passes after the one that just recorded, in delta form; null when the program does not allow it. */
    private DeltaSizing deltaSizing() {
        int n = scheduleLength;
        int[] kinds = new int[n];
        int[] sections = new int[n];
        int[] labels = new int[n];
        int[] targets = new int[n];
        int[] lengthPairs = new int[n];
        for (int j = 0; j < n; j++) {
            int e = j * ENTRY;
            int kind = schedule[e + KIND];
            kinds[j] = kind == BRANCH ? DeltaSizing.BRANCH
                    : kind == TAIL_ONLY || kind == LABEL_ONLY ? DeltaSizing.FIXED : DeltaSizing.OTHER;
            sections[j] = schedule[e + SECTION];
            labels[j] = schedule[e + LABEL];
            targets[j] = schedule[e + TARGET];
            lengthPairs[j] = schedule[e + LENGTHS];
        }
        return DeltaSizing.of(symbols, n, kinds, sections, labels, targets, lengthPairs, branchLengths,
                entryOffsets, offsets, options.limits.outputBytes);
    }

    private void other(int e) {
        int i = schedule[e + INDEX];
        Statements statements = program.statements;
        if (statements.broken(i)) {
            schedule[e + KIND] = BROKEN;
            return;
        }
        Statement st = statements.get(i);
        statement(st);
        statements.store(i, st);
    }

    /**
     * A branch to one symbol in a sizing pass: to a label of its own section sized by arithmetic
     * (see {@link #LENGTHS}), else re-encoded only when its displacement changed.
     */
    private void branch(int e) {
        int[] entries = schedule;
        int sec = entries[e + SECTION];
        long off = offsets[sec];
        int id = entries[e + TARGET];
        int length;
        int lengths = entries[e + LENGTHS];
        if (lengths != 0 && symbols.kind[id] == SymbolTable.LABEL && symbols.section[id] == sec) {
            long d = symbols.value[id] - off;
            int reach = lengths >>> 8;
            length = d >= reach - 128 && d <= reach + 127 ? reach : lengths & 0xff;
            if (recording) {
                branchLengths[e / ENTRY] = length;
            }
        } else {
            long key = Long.MIN_VALUE;
            if (symbols.hasValue(id)) {
                key = symbols.valueOf(id) - (symbols.sectionBase[sec] + off);
                // the flags are part of the key: a displacement never reaches these values
                key = symbols.isRelocatable(id) ? key : key ^ 0x4000_0000_0000_0000L;
            }
            length = entries[e + LAST_LENGTH];
            if (length < 0 || lastDisplacement[e / ENTRY] != key) {
                int i = entries[e + INDEX];
                Statements statements = program.statements;
                Statement st = statements.get(i);
                statement(st);
                statements.store(i, st);
                if (st.broken) {
                    entries[e + KIND] = BROKEN;
                } else if (!aborted) {
                    lastDisplacement[e / ENTRY] = key;
                    entries[e + LAST_LENGTH] = (int) st.size;
                }
                return;
            }
        }
        int label = entries[e + LABEL];
        if (label >= 0) {
            defineLabel(label, sec, off);
        }
        offsets[sec] = off + length;
        total += length;
    }

    /**
     * In the first pass, after the statement was sized: adds it to the {@link #schedule}, folded
     * into the tail of the entry before when no later pass can change it.
     */
    private void schedule(int i, Statement st) {
        boolean stop = stitcher != null && stitcher.isStop(i);
        boolean fixed = !stop && hasFixedSize(st);
        int n = scheduleLength;
        if (fixed && n > 0 && schedule[(n - 1) * ENTRY + SECTION] == st.section) {
            tailBytes[n - 1] += st.size;
            return;
        }
        if (n == tailBytes.length) {
            schedule = java.util.Arrays.copyOf(schedule, n * 2 * ENTRY);
            tailBytes = java.util.Arrays.copyOf(tailBytes, n * 2);
        }
        scheduleLength++;
        int[] entries = schedule;
        int e = n * ENTRY;
        entries[e + SECTION] = st.section;
        if (fixed) {
            entries[e + KIND] = TAIL_ONLY;
            entries[e + INDEX] = -1;
            entries[e + LABEL] = -1;
            tailBytes[n] = st.size;
            return;
        }
        entries[e + INDEX] = i;
        entries[e + LABEL] = st.label;
        int target = simpleBranchTarget(st);
        if (target >= 0) {
            entries[e + KIND] = BRANCH;
            entries[e + TARGET] = target;
            entries[e + LAST_LENGTH] = -1;
            entries[e + LENGTHS] = branchLengths(st);
        } else if (st.section >= 0 && !st.broken && hasFixedBody(st)) {
            // a label, then the statement's bytes as the start of the tail
            entries[e + KIND] = LABEL_ONLY;
            tailBytes[n] = st.size;
        } else {
            entries[e + KIND] = OTHER;
        }
    }

    private void finishSchedule() {
        schedule = java.util.Arrays.copyOf(schedule, scheduleLength * ENTRY);
        tailBytes = java.util.Arrays.copyOf(tailBytes, scheduleLength);
        lastDisplacement = new long[scheduleLength];
        branchShapes = null;
    }

    /** What a branch's length depends on besides its displacement, and its {@link #LENGTHS} for that. */
    private record BranchShape(String mnemonic, Prefix lock, Prefix repeat, Prefix operandSize, Prefix addressSize,
                               Register segmentPrefix, boolean waitPrefix, int sizeBits, boolean strict, int distance,
                               int lengths) {
        boolean matches(Statement st) {
            OperandSpec target = st.operands[0];
            return mnemonic.equals(st.mnemonic) && lock == st.lock && repeat == st.repeat
                    && operandSize == st.operandSize && addressSize == st.addressSize
                    && segmentPrefix == st.segmentPrefix && waitPrefix == st.waitPrefix
                    && sizeBits == target.sizeBits && strict == target.strict && distance == target.distance;
        }
    }

    /** The branch shapes the first pass met; programs have a few dozen at most. */
    private java.util.List<BranchShape> branchShapes = new java.util.ArrayList<>();

    /**
     * Asks the encoder for the branch's lengths to a label of its own section at the displacements
     * where they can change: {@code reach << 8 | far} when they follow the short-or-near shape the
     * sizing passes compute (or are one constant length), else 0 (see {@link #LENGTHS}).
     */
    private int branchLengths(Statement st) {
        for (BranchShape shape : branchShapes) {
            if (shape.matches(st)) {
                return shape.lengths;
            }
        }
        int lengths = probeBranchLengths(st);
        OperandSpec target = st.operands[0];
        branchShapes.add(new BranchShape(st.mnemonic, st.lock, st.repeat, st.operandSize, st.addressSize,
                st.segmentPrefix, st.waitPrefix, target.sizeBits, target.strict, target.distance, lengths));
        return lengths;
    }

    private int probeBranchLengths(Statement st) {
        long at = 0x10_0000;
        int reach = probe(st, at, 0);
        int far = probe(st, at, 1 << 24);
        if (reach <= 0 || far <= 0) {
            return 0;
        }
        boolean shaped = probe(st, at, reach + 127) == reach && probe(st, at, reach - 128) == reach
                && probe(st, at, reach + 128) == far && probe(st, at, reach - 129) == far
                && probe(st, at, -(1 << 24)) == far;
        return shaped && reach < 256 && far < 256 ? reach << 8 | far : 0;
    }

    /** The branch's length at {@code address} to a label of its own section {@code d} bytes on. */
    private int probe(Statement st, long address, long d) {
        fill(st, address);
        Operand target = instruction.operands[0];
        target.known = true;
        target.relocatable = true;
        target.inOtherSection = false;
        target.value = address + d;
        try {
            return encoder.encode(instruction, address, null, EncodeProblem.SILENT);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Per mnemonic id of the store: 0 not asked yet, 1 address dependent, 2 not. */
    private byte[] addressDependent = new byte[64];

    /** The encoder's {@link InstructionEncoder#isAddressDependent}, asked once per mnemonic. */
    private boolean isAddressDependent(Statement st) {
        int id = st.mnemonicId;
        if (id < 0) {
            return encoder.isAddressDependent(st.mnemonic);
        }
        if (id >= addressDependent.length) {
            addressDependent = java.util.Arrays.copyOf(addressDependent, Math.max(id + 1, addressDependent.length * 2));
        }
        if (addressDependent[id] == 0) {
            addressDependent[id] = (byte) (encoder.isAddressDependent(st.mnemonic) ? 1 : 2);
        }
        return addressDependent[id] == 1;
    }

    /** The target of a relative branch written as one symbol alone (jmp label), else -1. */
    private int simpleBranchTarget(Statement st) {
        if (st.kind != Statement.INSTRUCTION || st.broken || st.times >= 0 || st.section < 0
                || st.operands.length != 1 || st.operands[0].kind != OperandSpec.IMMEDIATE
                || !isAddressDependent(st)) {
            return -1;
        }
        return program.code.singleSymbol(st.operands[0].expr);
    }

    /**
     * True when no later pass can change the statement's size and it defines nothing: every
     * expression it evaluates is free of symbols and {@code $}, and it is no relative branch.
     */
    private boolean hasFixedSize(Statement st) {
        return st.broken || st.label < 0 && hasFixedBody(st);
    }

    /** True when no later pass can change the statement's size (its label, if any, aside). */
    private boolean hasFixedBody(Statement st) {
        if (st.times >= 0 && !program.code.isPositionIndependent(st.times)) {
            return false;
        }
        switch (st.kind) {
            case Statement.EMPTY, Statement.DATA, Statement.INCBIN -> {
                return true;
            }
            case Statement.SECTION -> {
                // a section switch sizes nothing in a sizing pass (nor defines a label there)
                return st.label < 0;
            }
            case Statement.RESERVE -> {
                return program.code.isPositionIndependent(st.value);
            }
            case Statement.INSTRUCTION -> {
                if (isAddressDependent(st)) {
                    return false;
                }
                for (OperandSpec spec : st.operands) {
                    if (spec.expr >= 0 && !program.code.isPositionIndependent(spec.expr)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    // ---------------------------------------------------------------- diagnostics

    private int column(int c) {
        return program.lines.originalColumn(current.line, c);
    }

    private void lineError(int c, String message) {
        int l = current.line;
        diagnostics.error(program.lines.file(l), program.lines.line(l), column(c), message, program.lines.original(l));
    }

    private void lineWarning(int c, String message) {
        int l = current.line;
        diagnostics.warning(program.lines.file(l), program.lines.line(l), column(c), message, program.lines.original(l));
    }

    /** A problem that no later pass can fix: reported now, and the line is dropped from all passes. */
    private void fatal(int c, String message) {
        lineError(c, message);
        current.broken = true;
    }

    /** In the final pass, reports what the last evaluation found wrong. */
    private void checkEvaluation() {
        if (!emitting) {
            return;
        }
        if (ev.error != null) {
            lineError(ev.errorColumn, ev.error);
        }
        if (ev.missingSymbol >= 0) {
            int id = ev.missingSymbol;
            if (lastMissingLine == current.line && lastMissingSymbol == id) {
                return;
            }
            lastMissingLine = current.line;
            lastMissingSymbol = id;
            if (symbols.kind[id] == SymbolTable.EXTERN) {
                lineError(ev.missingColumn, "symbol `" + symbols.name(id)
                        + "' is extern: tinybin links nothing, so external references cannot be resolved");
            } else {
                lineError(ev.missingColumn, "symbol `" + symbols.name(id) + "' not defined");
            }
        }
    }

    @Override
    public void error(int operandIndex, String message) {
        if (emitting) {
            lineError(operandColumn(operandIndex), message);
        }
    }

    @Override
    public void warning(int operandIndex, String message) {
        if (emitting) {
            lineWarning(operandColumn(operandIndex), message);
        }
    }

    private int operandColumn(int operandIndex) {
        Statement st = current;
        if (st.operands != null && operandIndex >= 0 && operandIndex < st.operands.length) {
            return st.operands[operandIndex].column;
        }
        return st.mnemonicColumn;
    }

    // ---------------------------------------------------------------- statements

    private void setHere(int section, long offset) {
        ev.hereSection = section;
        if (section >= 0) {
            long base = symbols.sectionBase[section];
            ev.here = base + offset;
            ev.sectionStart = base;
            ev.hereRelocatable = true;
        } else {
            ev.here = offset;
            ev.sectionStart = 0;
            ev.hereRelocatable = false;
        }
    }

    private void defineLabel(int id, int section, long offset) {
        if (symbols.kind[id] != SymbolTable.LABEL || symbols.section[id] != section || symbols.value[id] != offset) {
            symbols.kind[id] = SymbolTable.LABEL;
            symbols.section[id] = section;
            symbols.value[id] = offset;
            changed = true;
        }
    }

    /** {@code section}: for a relocatable constant ({@code x equ label+1}) its label's, which branches to it need. */
    private void defineConstant(int id, long value, boolean relocatable, int section, boolean known) {
        symbols.section[id] = relocatable ? section : -1;
        if (symbols.kind[id] != SymbolTable.CONSTANT || symbols.value[id] != value
                || symbols.relocatable[id] != relocatable || symbols.known[id] != known) {
            symbols.kind[id] = SymbolTable.CONSTANT;
            symbols.value[id] = value;
            symbols.relocatable[id] = relocatable;
            symbols.known[id] = known;
            changed = true;
        }
    }

    private void statement(Statement st) {
        current = st;
        int sec = st.section;
        long off = sec >= 0 ? offsets[sec] : absoluteOffset;
        st.offset = off;
        st.size = 0;
        setHere(sec, off);
        switch (st.kind) {
            case Statement.EQU -> {
                ev.evaluate(st.value);
                checkEvaluation();
                if (ev.registerCount > 0) {
                    fatal(st.valueColumn, "invalid operand type: registers cannot be constants");
                    return;
                }
                defineConstant(st.label, ev.value, ev.reloc != 0, ev.relocSection, ev.known);
                return;
            }
            case Statement.SECTION -> {
                return;
            }
            case Statement.ABSOLUTE -> {
                ev.evaluate(st.value);
                checkEvaluation();
                absoluteOffset = ev.value;
                return;
            }
            case Statement.STRUC -> {
                ev.evaluate(st.value);
                checkEvaluation();
                absoluteOffset = ev.value;
                defineLabel(st.label, -1, absoluteOffset);
                return;
            }
            case Statement.ENDSTRUC -> {
                long start = symbols.hasValue(st.target) ? symbols.valueOf(st.target) : 0;
                defineConstant(st.label, absoluteOffset - start, false, -1, true);
                return;
            }
            case Statement.ISTRUC -> {
                if (st.label >= 0) {
                    defineLabel(st.label, sec, off);
                }
                istrucStart = off;
                return;
            }
            default -> {
            }
        }
        if (st.label >= 0) {
            defineLabel(st.label, sec, off);
        }
        if (st.kind == Statement.EMPTY) {
            return;
        }
        long count = 1;
        if (st.times >= 0) {
            ev.evaluate(st.times);
            if (!ev.known) {
                if (pass == 1 && !emitting) {
                    fatal(st.timesColumn, "non-constant argument supplied to TIMES");
                    return;
                }
                checkEvaluation();
                count = 0;
            } else {
                if (ev.error != null || ev.registerCount > 0 || ev.reloc != 0) {
                    fatal(st.timesColumn, ev.error != null ? ev.error : "non-constant argument supplied to TIMES");
                    return;
                }
                count = ev.value;
                if (count < 0) {
                    fatal(st.timesColumn, "TIMES value " + count + " is negative");
                    return;
                }
            }
        }
        long size = content(st, sec, off, count);
        if (aborted) {
            return;
        }
        st.size = size;
        if (sec >= 0) {
            offsets[sec] = off + size;
        } else {
            absoluteOffset = off + size;
        }
    }

    /** Checks the output limit before {@code bytes} more are laid out; aborts the pass when over it. */
    private boolean fits(long copies, long bytesPerCopy, int section) {
        if (section < 0 || copies == 0 || bytesPerCopy == 0) {
            return true;
        }
        long room = options.limits.outputBytes - total;
        if (room < 0 || copies > room / bytesPerCopy) {
            lineError(current.times >= 0 ? current.timesColumn : 1, "output size exceeds the limit of "
                    + options.limits.outputBytes + " bytes (Limits.outputBytes)");
            aborted = true;
            return false;
        }
        total += copies * bytesPerCopy;
        return true;
    }

    /** Lays out (and in the final pass writes) the statement's bytes; returns their number. */
    private long content(Statement st, int sec, long off, long count) {
        switch (st.kind) {
            case Statement.INSTRUCTION -> {
                return instructions(st, sec, off, count);
            }
            case Statement.DATA -> {
                long per = st.dataBytes();
                if (!fits(count, per, sec)) {
                    return 0;
                }
                if (emitting) {
                    int uninitialized = uninitializedItemColumn(st);
                    boolean onlyUninitialized = uninitialized > 0 && allUninitialized(st);
                    // `db ?' reserves like resb: silent in a nobits section, zeroed with nasm's warning elsewhere
                    if (onlyUninitialized && (sec < 0 || buffers[sec] == null) || nobits(sec, per * count)) {
                        return per * count;
                    }
                    setHere(sec, off);
                    for (long i = 0; i < count; i++) {
                        // nasm warns per copy of `times', as it does for the data values
                        if (uninitialized > 0 && per > 0) {
                            lineWarning(uninitialized, "uninitialized space declared in "
                                    + program.sections.get(sec).name() + " section: zeroing [-w+zeroing]");
                        }
                        seek(sec, off + i * per);
                        writeData(st);
                    }
                }
                return per * count;
            }
            case Statement.RESERVE -> {
                ev.evaluate(st.value);
                checkEvaluation();
                if (!ev.known) {
                    return 0;
                }
                if (ev.registerCount > 0) {
                    fatal(st.valueColumn, "invalid combination of opcode and operands");
                    return 0;
                }
                if (ev.reloc != 0) {
                    fatal(st.valueColumn, "non-constant argument supplied to a reserve directive");
                    return 0;
                }
                long units = ev.value;
                if (units < 0) {
                    fatal(st.valueColumn, "`res' value " + units + " is negative");
                    return 0;
                }
                if (units > 0 && st.unit > Long.MAX_VALUE / units) {
                    units = Long.MAX_VALUE / st.unit;
                }
                long per = units * st.unit;
                if (!fits(count, per, sec)) {
                    return 0;
                }
                if (emitting && !st.quiet && sec >= 0 && buffers[sec] != null && per * count > 0) {
                    lineWarning(st.valueColumn, "uninitialized space declared in " + program.sections.get(sec).name()
                            + " section: zeroing [-w+zeroing]");
                }
                return per * count;
            }
            case Statement.PREFIXES -> {
                return prefixBytes(st, sec, off, count);
            }
            case Statement.INCBIN -> {
                long per = st.bytes.length;
                if (!fits(count, per, sec)) {
                    return 0;
                }
                if (emitting && !nobits(sec, per * count)) {
                    for (long i = 0; i < count; i++) {
                        seek(sec, off + i * per);
                        for (byte b : st.bytes) {
                            put(b);
                        }
                    }
                }
                return per * count;
            }
            case Statement.ALIGN -> {
                long n = program.code.constantValue(st.value);
                long inSection = sec >= 0 ? off : off;
                long pad = Math.floorMod(n - Math.floorMod(inSection, n), n);
                return pad(st, sec, off, pad * count, st.fill, st.alignReserve);
            }
            case Statement.AT -> {
                long field = value(st.value);
                long start = symbols.hasValue(st.target) ? symbols.valueOf(st.target) : 0;
                long pad = (field - start) - (off - istrucStart);
                if (pad < 0) {
                    if (emitting || pass > 1) {
                        fatal(st.valueColumn, "TIMES value " + pad + " is negative");
                    }
                    pad = 0;
                }
                long size = pad(st, sec, off, pad, null, false);
                if (st.inner != null && !aborted) {
                    Statement inner = st.inner;
                    long at = off + size;
                    setHere(sec, at);
                    long innerSize = content(inner, sec, at, 1);
                    current = st;
                    size += innerSize;
                }
                return size;
            }
            case Statement.IEND -> {
                long structSize = symbols.hasValue(st.value) ? symbols.valueOf(st.value) : 0;
                long pad = structSize - (off - istrucStart);
                if (pad < 0) {
                    pad = 0;
                }
                return pad(st, sec, off, pad, null, false);
            }
            default -> {
                return 0;
            }
        }
    }

    private long value(int expr) {
        ev.evaluate(expr);
        checkEvaluation();
        return ev.value;
    }

    /** {@code pad} units of filling: nop (0x90), zero bytes, or copies of {@code fill}. */
    private long pad(Statement st, int sec, long off, long pad, Statement fill, boolean reserve) {
        if (pad == 0) {
            return 0;
        }
        if (fill != null) {
            return content(fill, sec, off, pad);
        }
        if (!fits(pad, 1, sec)) {
            return 0;
        }
        if (emitting && !reserve && !nobits(sec, pad)) {
            seek(sec, off);
            int b = st.kind == Statement.ALIGN ? 0x90 : 0;
            for (long i = 0; i < pad; i++) {
                put(b);
            }
        }
        return pad;
    }

    /** True (after warning, in the final pass) when bytes would go to a section that has none. */
    private boolean nobits(int sec, long size) {
        if (sec >= 0 && buffers[sec] != null) {
            return false;
        }
        if (size > 0) {
            lineWarning(1, "attempt to initialize memory in a nobits section: ignored [-w+other]");
        }
        return true;
    }

    // ---------------------------------------------------------------- instructions

    private long instructions(Statement st, int sec, long off, long count) {
        long size = 0;
        boolean write = emitting && sec >= 0 && buffers[sec] != null;
        if (emitting && !write) {
            nobitsInstructionWarning(sec);
        }
        // nasm evaluates the operands once, at the line's start: every copy of times sees the same $
        setHere(sec, off);
        long lineStart = ev.here;
        int errorsBefore = diagnostics.errorCount();
        fill(st, lineStart);
        // an operand that could not be evaluated (undefined symbol...) ends the line, as in nasm:
        // no further complaint about the operands it left behind
        boolean operandsFailed = emitting && diagnostics.errorCount() > errorsBefore;
        for (long i = 0; i < count; i++) {
            long at = off + size;
            address = lineStart + size;
            int len;
            if (operandsFailed) {
                len = encode(null, EncodeProblem.SILENT);
            } else if (write) {
                seek(sec, at);
                int before = position;
                len = encode(this, this);
                if (position - before != len) {
                    lineError(st.mnemonicColumn, "internal error: encoder wrote " + (position - before)
                            + " bytes but reported " + len);
                }
            } else {
                len = encode(null, emitting ? this : EncodeProblem.SILENT);
            }
            if (i == 0 && count > 1 && !fits(count, Math.max(len, 1), sec)) {
                return 0;
            }
            if (count == 1 && !fits(1, len, sec)) {
                return 0;
            }
            size += len;
        }
        return size;
    }

    private void nobitsInstructionWarning(int sec) {
        lineWarning(current.mnemonicColumn, "attempt to initialize memory in a nobits section: ignored [-w+other]");
    }

    private int encode(ByteSink out, EncodeProblem problems) {
        try {
            return encoder.encode(instruction, address, out, problems);
        } catch (RuntimeException e) {
            if (emitting) {
                lineError(current.mnemonicColumn, "internal error in the encoder: " + e);
            }
            return 0;
        }
    }

    /** Fills {@link #instruction} from the statement with this pass's values. */
    private void fill(Statement st, long here) {
        Instruction in = instruction.reset(st.mnemonic);
        in.lock = st.lock;
        in.repeat = st.repeat;
        in.operandSize = st.operandSize;
        in.addressSize = st.addressSize;
        in.segmentPrefix = st.segmentPrefix;
        in.waitPrefix = st.waitPrefix;
        // with a memory operand the encoder reports it (the prefix applies to that operand)
        if (emitting && st.segmentPrefix != null && st.segmentPrefix != Register.FS && st.segmentPrefix != Register.GS
                && !hasMemoryOperand(st)) {
            lineWarning(1, st.segmentPrefix.spelling()
                    + " segment base generated, but will be ignored in 64-bit mode [-w+prefix-seg]");
        }
        OperandSpec[] specs = st.operands;
        for (int i = 0; i < specs.length; i++) {
            OperandSpec s = specs[i];
            Operand o = in.addOperand();
            o.sizeBits = s.sizeBits;
            o.strict = s.strict;
            o.distance = DISTANCES[s.distance];
            switch (s.kind) {
                case OperandSpec.REGISTER -> {
                    o.kind = Operand.Kind.REGISTER;
                    o.register = s.register;
                }
                case OperandSpec.IMMEDIATE -> {
                    o.kind = Operand.Kind.IMMEDIATE;
                    ev.evaluate(s.expr);
                    checkEvaluation();
                    if (ev.registerCount > 0 || ev.notImmediate) {
                        if (emitting) {
                            lineError(s.column, "invalid operand type");
                        }
                    }
                    o.value = ev.value + ev.immediateAdjust;
                    o.known = ev.known;
                    o.relocatable = ev.reloc != 0 || ev.crossSection;
                    // nasm keeps a branch short only to a target in its own section
                    o.inOtherSection = o.relocatable && ev.relocSection >= 0 && ev.relocSection != ev.hereSection;
                }
                default -> memory(s, o);
            }
            if (i < operandValues.length) {
                operandValues[i] = ev.value + (s.kind == OperandSpec.MEMORY ? ev.displacementAdjust : ev.immediateAdjust);
                operandCrossSection[i] = s.kind != OperandSpec.REGISTER && ev.crossSection;
            }
        }
    }

    /** nasm's warning for a displacement wider than the form chosen from its low 32 bits. */
    private void displacementOverflow(OperandSpec s, Register base, int low) {
        if (base != null && low == 0 && s.displacementBits == 0 && (base.number() & 7) != 5) {
            return; // no displacement is written at all
        }
        boolean disp8 = base != null && (s.displacementBits == 8 || s.displacementBits == 0 && low >= -128 && low <= 127);
        lineWarning(s.column, (disp8 ? "byte" : "dword") + " data exceeds bounds [-w+number-overflow]");
    }

    /** Prefixes alone on a line, in the order nasm writes them before an instruction. */
    private long prefixBytes(Statement st, int sec, long off, long count) {
        int n = 0;
        int[] b = new int[6];
        if (st.waitPrefix) {
            b[n++] = 0x9b;
        }
        if (st.lock != null) {
            b[n++] = 0xf0;
        }
        if (st.repeat != null) {
            b[n++] = st.repeat == Prefix.REPNE
                    || st.repeat == Prefix.REPNZ ? 0xf2 : 0xf3;
        }
        if (st.segmentPrefix != null) {
            b[n++] = switch (st.segmentPrefix) {
                case ES -> 0x26;
                case CS -> 0x2e;
                case SS -> 0x36;
                case DS -> 0x3e;
                case FS -> 0x64;
                default -> 0x65;
            };
        }
        if (st.operandSize == Prefix.O16
                || st.operandSize == Prefix.OSP) {
            b[n++] = 0x66;
        } else if (st.operandSize == Prefix.O64) {
            b[n++] = 0x48;
        }
        if (st.addressSize == Prefix.A32) {
            b[n++] = 0x67;
        }
        if (!fits(count, Math.max(n, 1), sec)) {
            return 0;
        }
        if (emitting && !nobits(sec, (long) n * count)) {
            seek(sec, off);
            for (long c = 0; c < count; c++) {
                for (int i = 0; i < n; i++) {
                    put(b[i]);
                }
            }
        }
        return (long) n * count;
    }

    private static boolean hasMemoryOperand(Statement st) {
        for (OperandSpec s : st.operands) {
            if (s.kind == OperandSpec.MEMORY) {
                return true;
            }
        }
        return false;
    }

    private void memory(OperandSpec s, Operand o) {
        o.kind = Operand.Kind.MEMORY;
        o.displacementBits = s.displacementBits;
        o.noSplit = s.noSplit;
        o.segment = s.segment;
        o.absolute = s.abs;
        ev.evaluate(s.expr);
        checkEvaluation();
        o.displacement = ev.value;
        o.known = ev.known;
        o.relocatable = ev.reloc != 0 && !ev.selfRelative || ev.crossSection;
        o.hasDisplacement = o.displacement != 0 || !ev.known || o.relocatable || ev.registerCount == 0;
        Register base = null;
        Register index = null;
        int scale = 1;
        int n = ev.registerCount;
        String bad = ev.notRelocatable ? "invalid effective address: impossible segment base multiplier" : null;
        for (int i = 0; i < n; i++) {
            if (ev.factors[i] < 0) {
                bad = "invalid " + ev.registers[i].bits() + "-bit effective address";
            }
        }
        if (bad == null && n == 1) {
            Register r = ev.registers[0];
            long f = ev.factors[0];
            if (f == 1 && !(s.noSplit && ev.multiplied[0] && (r.number() & 7) != 4)) {
                base = r;
            } else if (f == 2 && !s.noSplit) {
                base = r;
                index = r;
            } else if (f == 3 || f == 5 || f == 9) {
                base = r;
                index = r;
                scale = (int) f - 1;
            } else if (f == 1 || f == 2 || f == 4 || f == 8) {
                index = r;
                scale = (int) f;
            } else {
                bad = "invalid " + r.bits() + "-bit effective address";
            }
        } else if (bad == null && n == 2) {
            Register a = ev.registers[0];
            Register b = ev.registers[1];
            long fa = ev.factors[0];
            long fb = ev.factors[1];
            if (fa == 1 && fb == 1) {
                base = a;
                index = b;
                if (index == Register.RSP || index == Register.ESP) {
                    base = b;
                    index = a;
                }
            } else if (fa == 1 && (fb == 2 || fb == 4 || fb == 8)) {
                base = a;
                index = b;
                scale = (int) fb;
            } else if (fb == 1 && (fa == 2 || fa == 4 || fa == 8)) {
                base = b;
                index = a;
                scale = (int) fa;
            } else {
                bad = "invalid " + a.bits() + "-bit effective address";
            }
        }
        if (bad != null && emitting) {
            lineError(s.column, bad);
        }
        if (base == Register.RIP || base == Register.EIP) {
            if (index != null && emitting) {
                // nasm takes rip with an index for a symbol named rip
                lineError(s.column, "symbol `" + base.spelling() + "' not defined");
            }
        }
        o.base = base;
        o.index = index;
        o.scale = scale;
        if (ev.selfRelative && s.displacementBits == 0) {
            // nasm sizes [rbx - t1] by t1's offset in its section: a disp8 holds that offset, a
            // disp32 the address difference its relocation makes
            long offset = ev.value + ev.displacementAdjust;
            if (base != null && base != Register.RIP && offset >= -128 && offset <= 127) {
                o.displacement = offset;
            } else {
                o.displacementBits = 32;
            }
        }
        if (base != null || index != null) {
            // nasm picks the displacement's form from its low 32 bits, then warns if the value does not fit it
            long full = o.displacement;
            o.displacement = (int) full;
            o.hasDisplacement = o.displacement != 0 || !ev.known || o.relocatable;
            if (emitting && full != o.displacement && ev.known && !o.relocatable) {
                displacementOverflow(s, base, (int) full);
            }
        }
        o.addressBits = s.addressBits;
        if (emitting && s.explicitRel && (base != null || index != null)) {
            lineWarning(s.column, "indirect address displacements cannot be RIP-relative [-w+other]");
        }
        boolean fsgs = s.segment == Register.FS || s.segment == Register.GS;
        o.ripRelative = base == null && index == null && s.rel && !s.abs && !(fsgs && !explicitRel(s));
    }

    /** {@code default rel} does not apply under fs:/gs:, an explicit {@code rel} does. */
    private static boolean explicitRel(OperandSpec s) {
        return s.explicitRel;
    }

    // ---------------------------------------------------------------- data

    /** The column of the statement's first {@code ?} item, 0 if it has none. */
    private static int uninitializedItemColumn(Statement st) {
        for (DataItem item : st.items) {
            if (item.kind == DataItem.UNINITIALIZED) {
                return Math.max(1, item.column);
            }
        }
        return 0;
    }

    private static boolean allUninitialized(Statement st) {
        for (DataItem item : st.items) {
            if (item.kind != DataItem.UNINITIALIZED) {
                return false;
            }
        }
        return true;
    }

    private void writeData(Statement st) {
        int unit = st.unit;
        int slot = -1;
        for (DataItem item : st.items) {
            slot++;
            switch (item.kind) {
                case DataItem.STRING -> {
                    for (byte b : item.bytes) {
                        put(b);
                    }
                    int padded = (item.bytes.length + unit - 1) / unit * unit;
                    for (int i = item.bytes.length; i < padded; i++) {
                        put(0);
                    }
                }
                case DataItem.FLOAT -> {
                    for (byte b : item.bytes) {
                        put(b);
                    }
                }
                case DataItem.UNINITIALIZED -> {
                    for (int i = 0; i < unit; i++) {
                        put(0);
                    }
                }
                default -> {
                    ev.evaluate(item.expr);
                    checkEvaluation();
                    long v = ev.value;
                    if (ev.registerCount > 0 || ev.notRelocatable) {
                        lineError(item.column, "expression is not simple or relocatable");
                    } else if (unit == 10 || unit > 8) {
                        lineError(item.column, "integer supplied as " + unit * 8 + "-bit data");
                    } else if (unit < 8 && ev.known && ev.reloc == 0 && !ev.crossSection) {
                        long max = (2L << (unit * 8 - 1)) - 1;
                        long min = -(2L << (unit * 8 - 1));
                        if (v > max || v < min) {
                            lineWarning(item.column, (unit == 1 ? "byte" : unit == 2 ? "word" : "dword")
                                    + " data exceeds bounds [-w+number-overflow]");
                        }
                    }
                    if (ev.reloc != 0 && ev.registerCount == 0 && unit <= 8 && buffer != null) {
                        absoluteReferences.add(current, slot, column(item.column),
                                program.sections.get(bufferSection), position, unit, false, v,
                                AbsoluteReference.Use.DATA, item.expr);
                    }
                    putLittleEndian(v, Math.min(unit, 8));
                    for (int i = 8; i < unit; i++) {
                        put(v < 0 ? 0xff : 0);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- ByteSink

    private void seek(int sec, long off) {
        buffer = sec >= 0 ? buffers[sec] : null;
        bufferSection = sec;
        position = (int) off;
        limit = buffer == null ? 0 : buffer.length;
    }

    @Override
    public void absoluteAddress(int operandIndex, int width, boolean signed) {
        OperandSpec[] specs = current.operands;
        if (!emitting || buffer == null || specs == null || operandIndex < 0
                || operandIndex >= Math.min(specs.length, operandValues.length) || operandCrossSection[operandIndex]) {
            return;
        }
        OperandSpec spec = specs[operandIndex];
        AbsoluteReference.Use use = spec.kind == OperandSpec.MEMORY
                ? AbsoluteReference.Use.DISPLACEMENT : AbsoluteReference.Use.IMMEDIATE;
        absoluteReferences.add(current, operandIndex, column(operandColumn(operandIndex)),
                program.sections.get(bufferSection), position, width, signed, operandValues[operandIndex], use, spec.expr);
    }

    @Override
    public void put(int b) {
        if (position < limit) {
            buffer[position] = (byte) b;
        }
        position++;
    }
}
