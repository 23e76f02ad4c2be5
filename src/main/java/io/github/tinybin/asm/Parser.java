package io.github.tinybin.asm;

import io.github.tinybin.asm.Statement.DataItem;
import io.github.tinybin.asm.Statement.OperandSpec;
import io.github.tinybin.asm.preprocess.LogicalLine;
import io.github.tinybin.asm.x86.InstructionEncoder;
import io.github.tinybin.asm.x86.Operand;
import io.github.tinybin.asm.x86.Prefix;
import io.github.tinybin.asm.x86.Register;
import io.github.tinybin.asm.x86.RegisterKind;
import io.github.tinybin.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns the preprocessor's lines into {@link Statement}s, once per assembly: labels (with local
 * labels resolved against the last non-local one), instructions with their operands, data,
 * directives. Section switches and attributes are settled here, so the passes only evaluate.
 * Problems are reported with the column of the offending token; the line is then dropped.
 */
final class Parser implements ExprParser.Names {
    private final Program program;
    private final InstructionEncoder encoder;
    private final Diagnostics diagnostics;
    private final AssemblerOptions options;
    private final OutputBound outputBound;
    private boolean outputExceeded;
    private final Lexer lex = new Lexer();
    private final ExprParser expressions;
    /** Mnemonic spellings seen so far: 0 for "not a mnemonic", else 1 + index in {@link #mnemonics}. */
    private final NameTable mnemonicCache = new NameTable(true, 256);
    private final List<String> mnemonics = new ArrayList<>();

    private int line;
    private boolean lineFailed;
    private byte[] parent = new byte[0];
    private byte[] nameScratch = new byte[256];
    private byte[] dataScratch = new byte[256];
    /** Index of the current section; -1 in absolute space; -2 before the default .text exists. */
    private int currentSection = -2;
    private boolean defaultRel;
    /** Open struc: the name's symbol and the section to return to; -1 when none. */
    private int strucSymbol = -1;
    private int strucReturnSection;
    private final java.util.BitSet sectionAttributesSeen = new java.util.BitSet();
    private int istrucSymbol = -1;
    private boolean zeroingWarnings = true;
    private final java.util.ArrayDeque<Boolean> zeroingStack = new java.util.ArrayDeque<>();

    /**
     * The last line's statement and operands when the store packed them (so nothing refers to
     * them): the next line reuses them instead of allocating.
     */
    private Statement spareStatement;
    private OperandSpec[] spareOperands = new OperandSpec[8];
    private int spareOperandsUsed;
    /** Per operand count, an operand array the store packed (free to reuse), or null. */
    private final OperandSpec[][] spareOperandArrays = new OperandSpec[5][];
    private final OperandSpec[] operandScratch = new OperandSpec[4];
    private final List<DataItem> spareItems = new ArrayList<>();
    private int spareItemsUsed;
    private final List<DataItem> itemScratch = new ArrayList<>();

    Parser(Program program, InstructionEncoder encoder, Diagnostics diagnostics, AssemblerOptions options) {
        this.program = program;
        this.encoder = encoder;
        this.diagnostics = diagnostics;
        this.options = options;
        this.outputBound = new OutputBound(options.limits.outputBytes);
        this.expressions = new ExprParser(program.code, this, options.limits.expressionDepth);
    }

    // ---------------------------------------------------------------- diagnostics

    private void error(int column, String message) {
        lineFailed = true;
        diagnostics.error(program.lines.file(line), program.lines.line(line),
                program.lines.originalColumn(line, column), message, program.lines.original(line));
    }

    private void warning(int column, String message) {
        diagnostics.warning(program.lines.file(line), program.lines.line(line),
                program.lines.originalColumn(line, column), message, program.lines.original(line));
    }

    private int col() {
        return lex.type == Lexer.EOL ? lex.end - lex.lineStart + 1 : lex.column();
    }

    // ---------------------------------------------------------------- names

    @Override
    public int symbol(byte[] b, int from, int to) {
        if (to - from > 1 && b[from] == '.' && !(to - from > 2 && b[from + 1] == '.' && b[from + 2] == '@')
                && parent.length > 0) {
            int n = parent.length + to - from;
            if (nameScratch.length < n) {
                nameScratch = new byte[n * 2];
            }
            System.arraycopy(parent, 0, nameScratch, 0, parent.length);
            System.arraycopy(b, from, nameScratch, parent.length, to - from);
            return program.symbols.intern(nameScratch, 0, n);
        }
        return program.symbols.intern(b, from, to);
    }

    private static boolean isLocal(byte[] b, int from, int to) {
        return to - from > 1 && b[from] == '.';
    }

    /** Defines a label or equ name at this line; non-local labels become the parent of local ones. */
    private int defineName(int from, int to, int column, boolean normalLabel) {
        byte[] b = lex.buf;
        if (to - from > 2 && b[from] == '.' && b[from + 1] == '.' && b[from + 2] != '@') {
            // ..start and friends mean something only to object formats with a linker
            error(column, "unrecognised special symbol `"
                    + new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1) + "'");
            return -1;
        }
        int id = symbol(b, from, to);
        SymbolTable s = program.symbols;
        if (s.kind[id] == SymbolTable.EXTERN) {
            // nasm promotes an extern that the program defines to a global
            s.kind[id] = SymbolTable.UNDEFINED;
            s.global[id] = true;
        }
        if (s.definedAt[id] >= 0) {
            error(column, "label `" + s.name(id) + "' inconsistently redefined (first defined at "
                    + program.lines.file(s.definedAt[id]) + ":" + program.lines.line(s.definedAt[id]) + ")");
            return -1;
        }
        s.definedAt[id] = line;
        if (normalLabel && !isLocal(b, from, to) && !(to - from > 2 && b[from + 1] == '.' && b[from] == '.')) {
            parent = Arrays.copyOfRange(b, from, to);
        }
        return id;
    }

    // the same word is looked up several times while a line is parsed: remember the last answers
    private byte[] keywordBuf;
    private int keywordStart = -1;
    private int keywordCode;
    private byte[] mnemonicBuf;
    private int mnemonicStart = -1;
    private String mnemonicValue;
    /** The index of {@link #mnemonicValue} in {@link #mnemonics}, which the statement store numbers mnemonics by. */
    private int mnemonicIndex;

    /** {@link Keyword#lookup} of the identifier at the cursor. */
    private int keywordCode() {
        if (lex.start != keywordStart || lex.buf != keywordBuf) {
            keywordBuf = lex.buf;
            keywordStart = lex.start;
            keywordCode = Keyword.lookup(lex.buf, lex.start, lex.stop);
        }
        return keywordCode;
    }

    /** The mnemonic spelled by the identifier at the cursor, or null. */
    private String mnemonicAtCursor() {
        if (lex.start != mnemonicStart || lex.buf != mnemonicBuf) {
            mnemonicBuf = lex.buf;
            mnemonicStart = lex.start;
            mnemonicIndex = mnemonicNumber(lex.buf, lex.start, lex.stop) - 1;
            mnemonicValue = mnemonicIndex < 0 ? null : mnemonics.get(mnemonicIndex);
        }
        return mnemonicValue;
    }

    /** 1 + the mnemonic's index in {@link #mnemonics}, or 0 when the word is no mnemonic. */
    private int mnemonicNumber(byte[] b, int from, int to) {
        int v = mnemonicCache.get(b, from, to);
        if (v < 0) {
            byte[] lower = new byte[to - from];
            for (int i = 0; i < lower.length; i++) {
                int c = b[from + i];
                lower[i] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            String m = new String(lower, StandardCharsets.ISO_8859_1);
            boolean known;
            try {
                known = encoder.isMnemonic(m);
            } catch (RuntimeException e) {
                known = false;
            }
            if (known) {
                mnemonics.add(m);
                v = mnemonics.size();
            } else {
                v = 0;
            }
            mnemonicCache.put(b, from, to, v);
        }
        return v;
    }

    // ---------------------------------------------------------------- lines

    /** True once the statements parsed so far must write more than {@link Limits#outputBytes}. */
    boolean outputExceeded() {
        return outputExceeded;
    }

    void accept(LogicalLine l) {
        if (l.end - l.start > options.limits.lineLength) {
            line = program.lines.add(l.file, l.line, l.text, l.start, l.start + Math.min(200, l.end - l.start),
                    l.original, l.expanded, l.textIsFile);
            error(1, "line longer than " + options.limits.lineLength + " bytes (Limits.lineLength)");
            return;
        }
        line = program.lines.add(l.file, l.line, l.text, l.start, l.end, l.original, l.expanded, l.textIsFile);
        lineFailed = false;
        lex.reset(l.text, l.start, l.end);
        keywordStart = -1;
        mnemonicStart = -1;
        lex.next();
        spareOperandsUsed = 0;
        spareItemsUsed = 0;
        Statement st;
        try {
            st = parseLine();
        } catch (StackOverflowError e) {
            error(1, "line too deeply nested");
            st = null;
        }
        if (st != null && !lineFailed) {
            if (st.section == -2) {
                if (st.kind == Statement.EMPTY && st.label < 0) {
                    st.section = -1;
                } else {
                    currentSection = program.section(".text");
                    st.section = currentSection;
                }
            }
            if (program.add(st)) {
                java.util.Arrays.fill(spareOperands, null);
                spareItems.clear();
            } else {
                spareStatement = st;
                if (st.operands != null && st.operands.length < spareOperandArrays.length) {
                    spareOperandArrays[st.operands.length] = st.operands;
                }
            }
            if (!outputBound.add(st, program.code, program.sections)) {
                error(st.times >= 0 ? st.timesColumn : 1, "output size exceeds the limit of "
                        + options.limits.outputBytes + " bytes (Limits.outputBytes)");
                outputExceeded = true;
            }
        } else if (options.listing) {
            Statement empty = new Statement();
            empty.line = line;
            empty.section = Math.max(currentSection, -1);
            empty.broken = true;
            program.add(empty);
        }
    }

    private Statement newStatement(byte kind) {
        Statement st = spareStatement != null ? spareStatement.reset() : new Statement();
        spareStatement = null;
        st.kind = kind;
        st.line = line;
        st.section = currentSection;
        return st;
    }

    private Statement parseLine() {
        if (lex.type == Lexer.EOL) {
            return options.listing ? newStatement(Statement.EMPTY) : null;
        }
        if (lex.type == Lexer.OP && lex.op == '[') {
            int c = col();
            lex.next();
            Keyword k = lex.type == Lexer.IDENT ? Keyword.keyword(keywordCode()) : null;
            if (k == null || k.kind != Keyword.Kind.DIRECTIVE) {
                error(c, "unrecognised directive");
                return null;
            }
            Statement st = directive(k, true);
            return st;
        }
        if (lex.type == Lexer.IDENT && !lex.escaped) {
            Keyword k = Keyword.keyword(keywordCode());
            if (k != null && k.kind == Keyword.Kind.DIRECTIVE) {
                return directive(k, false);
            }
        }
        if (lex.type == Lexer.IDENT && !lex.escaped) {
            int code = keywordCode();
            Keyword k = Keyword.keyword(code);
            Register r = Keyword.register(code);
            if (r != null && !(r.kind() == RegisterKind.SEGMENT && lex.peekType() != 1000 + ':')
                    || k != null && (k.kind == Keyword.Kind.SIZE || k.kind == Keyword.Kind.MODIFIER)
                    && lex.peekType() != 1000 + ':') {
                error(col(), "label or instruction expected at start of line");
                return null;
            }
        }
        Statement st = newStatement(Statement.EMPTY);
        // label
        if (lex.type == Lexer.IDENT && isLabelWord()) {
            int from = lex.start;
            int to = lex.stop;
            int c = col();
            lex.next();
            boolean colon = lex.type == Lexer.OP && lex.op == ':';
            if (colon) {
                lex.next();
            }
            if (lex.type == Lexer.IDENT && !lex.escaped
                    && Keyword.keyword(keywordCode()) == Keyword.EQU) {
                return equ(st, from, to, c);
            }
            st.label = defineName(from, to, c, true);
            if (lex.type == Lexer.EOL) {
                if (!colon) {
                    warning(c, "label alone on a line without a colon might be in error [-w+label-orphan]");
                }
                return st;
            }
            if (st.label < 0) {
                return null;
            }
            if (lex.type == Lexer.IDENT && !lex.escaped) {
                // a label before a directive that nasm implements as a macro (p: istruc point)
                Keyword k = Keyword.keyword(keywordCode());
                if (k == Keyword.ISTRUC || k == Keyword.AT || k == Keyword.IEND || k == Keyword.ALIGN
                        || k == Keyword.ALIGNB) {
                    Statement d = directive(k, false);
                    if (d == null || lineFailed) {
                        return null;
                    }
                    d.label = st.label;
                    return d;
                }
            }
        }
        return body(st);
    }

    /** An identifier that starts a line is a label unless it is a mnemonic, prefix or keyword. */
    private boolean isLabelWord() {
        if (lex.escaped) {
            return true;
        }
        int k = keywordCode();
        if (k >= 0) {
            // nasm: any word but a register or a prefix followed by a colon is a label (out:, rest:)
            return Keyword.register(k) == null && Keyword.prefix(k) == null && lex.peekType() == 1000 + ':';
        }
        if (lex.peekType() == 1000 + ':') {
            return true;
        }
        return mnemonicAtCursor() == null;
    }

    private Statement equ(Statement st, int from, int to, int column) {
        int c = col();
        lex.next();
        if (lex.type == Lexer.EOL) {
            error(c, "bad syntax for EQU");
            return null;
        }
        int e = expression(false);
        if (e < 0 || !expectEnd()) {
            return null;
        }
        st.kind = Statement.EQU;
        st.label = defineName(from, to, column, false);
        st.value = e;
        st.valueColumn = c;
        return st.label < 0 ? null : st;
    }

    private boolean expectEnd() {
        if (lex.type != Lexer.EOL) {
            error(col(), "comma, colon, decorator or end of line expected after operand");
            return false;
        }
        return true;
    }

    private int expression(boolean registers) {
        int e = expressions.parse(lex);
        if (e < 0) {
            error(expressions.errorColumn, expressions.error);
            return -1;
        }
        if (expressions.warning != null) {
            warning(expressions.warningColumn, expressions.warning);
        }
        return e;
    }

    /** After the label: times, prefixes, then an instruction, data or space. */
    private Statement body(Statement st) {
        if (lex.type == Lexer.IDENT && !lex.escaped
                && Keyword.keyword(keywordCode()) == Keyword.TIMES) {
            lex.next();
            st.timesColumn = col();
            st.times = expression(false);
            if (st.times < 0) {
                return null;
            }
        }
        while (lex.type == Lexer.IDENT && !lex.escaped) {
            int code = keywordCode();
            Prefix p = Keyword.prefix(code);
            Register seg = Keyword.register(code);
            if (p != null) {
                switch (p) {
                    case LOCK -> st.lock = prefix(st.lock, p);
                    case REP, REPE, REPZ, REPNE, REPNZ -> st.repeat = prefix(st.repeat, p);
                    case O16, O32, O64, OSP -> st.operandSize = prefix(st.operandSize, p);
                    default -> st.addressSize = prefix(st.addressSize, p);
                }
                if (lineFailed) {
                    return null;
                }
                lex.next();
            } else if (seg != null && seg.kind() == RegisterKind.SEGMENT) {
                if (st.segmentPrefix != null && st.segmentPrefix != seg) {
                    error(col(), "instruction has conflicting prefixes");
                    return null;
                }
                if (st.segmentPrefix == seg) {
                    warning(col(), "instruction has redundant prefixes [-w+other]");
                }
                st.segmentPrefix = seg;
                lex.next();
            } else {
                break;
            }
        }
        // wait before another instruction is a prefix (wait add eax, ebx => 9b 01 d8)
        while (lex.type == Lexer.IDENT && !lex.escaped && (isWord("wait") || isWord("fwait"))) {
            int p = lex.peekType();
            if (p != Lexer.IDENT) {
                break;
            }
            st.waitPrefix = true;
            lex.next();
        }
        boolean prefixed = st.lock != null || st.repeat != null || st.operandSize != null
                || st.addressSize != null || st.segmentPrefix != null || st.waitPrefix;
        if (lex.type == Lexer.EOL) {
            if (st.times >= 0 || prefixed) {
                if (prefixed) {
                    // prefixes alone on a line: nasm emits just their bytes
                    st.kind = Statement.PREFIXES;
                    st.mnemonicColumn = 1;
                    if (st.lock != null) {
                        warning(1, "instruction is not lockable [-w+prefix-lock]");
                    }
                    return st;
                }
                error(col(), "parser: instruction expected");
                return null;
            }
            return st;
        }
        if (lex.type != Lexer.IDENT) {
            error(col(), "parser: instruction expected");
            return null;
        }
        int code = lex.escaped ? -1 : keywordCode();
        Keyword k = Keyword.keyword(code);
        if (k != null && !prefixed) {
            switch (k.kind) {
                case DATA:
                    return data(st, k.number);
                case RESERVE:
                    return reserve(st, k.number);
                default:
                    if (k == Keyword.INCBIN) {
                        return incbin(st);
                    }
            }
        }
        String m = lex.escaped ? null : mnemonicAtCursor();
        if (m == null) {
            error(col(), "parser: instruction expected");
            return null;
        }
        return instruction(st, m);
    }

    /** A prefix word for a slot that may already hold one: nasm's conflicting/redundant rules. */
    private Prefix prefix(Prefix old, Prefix p) {
        if (old == null) {
            return p;
        }
        if (old == p || isRepeat(old) && isRepeat(p) && sameRepeat(old, p)) {
            warning(col(), "instruction has redundant prefixes [-w+other]");
            return old;
        }
        error(col(), "instruction has conflicting prefixes");
        return old;
    }

    private static boolean isRepeat(Prefix p) {
        return p == Prefix.REP || p == Prefix.REPE || p == Prefix.REPZ || p == Prefix.REPNE || p == Prefix.REPNZ;
    }

    /** rep, repe and repz are one prefix byte (f3); repne and repnz the other (f2). */
    private static boolean sameRepeat(Prefix a, Prefix b) {
        boolean af3 = a == Prefix.REP || a == Prefix.REPE || a == Prefix.REPZ;
        boolean bf3 = b == Prefix.REP || b == Prefix.REPE || b == Prefix.REPZ;
        return af3 == bf3;
    }

    // ---------------------------------------------------------------- instructions

    private Statement instruction(Statement st, String m) {
        st.kind = Statement.INSTRUCTION;
        st.mnemonic = m;
        st.mnemonicId = mnemonicIndex;
        st.mnemonicColumn = col();
        lex.next();
        OperandSpec[] ops = operandScratch;
        int n = 0;
        if (lex.type != Lexer.EOL) {
            while (true) {
                if (n == ops.length) {
                    error(col(), "too many operands");
                    return null;
                }
                OperandSpec o = operand();
                if (o == null) {
                    return null;
                }
                ops[n++] = o;
                if (lex.type == Lexer.EOL) {
                    break;
                }
                if (lex.type == Lexer.OP && lex.op == ',') {
                    lex.next();
                    if (lex.type == Lexer.EOL) {
                        break; // nasm accepts a trailing comma
                    }
                    continue;
                }
                error(col(), "comma, colon, decorator or end of line expected after operand");
                return null;
            }
        }
        OperandSpec[] operands = spareOperandArrays[n];
        if (operands != null) {
            spareOperandArrays[n] = null;
            System.arraycopy(ops, 0, operands, 0, n);
        } else {
            operands = Arrays.copyOf(ops, n);
        }
        st.operands = operands;
        return st;
    }

    private OperandSpec operand() {
        OperandSpec o;
        if (spareOperandsUsed < spareOperands.length) {
            o = spareOperands[spareOperandsUsed];
            if (o == null) {
                o = spareOperands[spareOperandsUsed] = new OperandSpec();
            } else {
                o.reset();
            }
            spareOperandsUsed++;
        } else {
            o = new OperandSpec();
        }
        o.column = col();
        // modifiers before the operand
        while (lex.type == Lexer.IDENT && !lex.escaped) {
            Keyword k = Keyword.keyword(keywordCode());
            if (k == null) {
                break;
            }
            if (k.kind == Keyword.Kind.SIZE) {
                o.sizeBits = k.number;
            } else if (k == Keyword.STRICT) {
                o.strict = true;
            } else if (k == Keyword.SHORT) {
                o.distance = (byte) Operand.Distance.SHORT.ordinal();
            } else if (k == Keyword.NEAR) {
                o.distance = (byte) Operand.Distance.NEAR.ordinal();
            } else if (k == Keyword.FAR) {
                o.distance = (byte) Operand.Distance.FAR.ordinal();
            } else {
                break;
            }
            lex.next();
        }
        if (lex.type == Lexer.OP && lex.op == '[') {
            lex.next();
            return memory(o);
        }
        if (lex.type == Lexer.IDENT && !lex.escaped) {
            Register r = Keyword.register(keywordCode());
            if (r != null) {
                int pt = lex.peekType();
                if (pt == Lexer.EOL || pt == 1000 + ',') {
                    o.kind = OperandSpec.REGISTER;
                    o.register = r;
                    lex.next();
                    return o;
                }
                if (pt == 1000 + ':' && r.kind() == RegisterKind.SEGMENT) {
                    // fs:[rax] written outside the brackets
                    lex.next();
                    lex.next();
                    if (lex.type == Lexer.OP && lex.op == '[') {
                        lex.next();
                        o.segment = r;
                        return memory(o);
                    }
                    error(col(), "invalid segment override");
                    return null;
                }
            }
        }
        if (lex.type == Lexer.EOL) {
            error(col(), "expression syntax error");
            return null;
        }
        o.kind = OperandSpec.IMMEDIATE;
        o.expr = expression(true);
        if (o.expr < 0) {
            return null;
        }
        if (lex.type == Lexer.OP && lex.op == ':') {
            error(col(), "instruction not supported in 64-bit mode");
            return null;
        }
        return o;
    }

    private OperandSpec memory(OperandSpec o) {
        o.kind = OperandSpec.MEMORY;
        o.rel = defaultRel;
        while (lex.type == Lexer.IDENT && !lex.escaped) {
            int code = keywordCode();
            Keyword k = Keyword.keyword(code);
            Register r = Keyword.register(code);
            if (k != null && k.kind == Keyword.Kind.SIZE) {
                o.displacementBits = k.number;
            } else if (k == Keyword.REL) {
                o.rel = true;
                o.explicitRel = true;
                o.abs = false;
            } else if (k == Keyword.ABS) {
                o.abs = true;
                o.rel = false;
                o.explicitRel = false;
            } else if (k == Keyword.NOSPLIT) {
                o.noSplit = true;
            } else if (Keyword.prefix(code) == Prefix.A32 || Keyword.prefix(code) == Prefix.A64) {
                o.addressBits = Keyword.prefix(code) == Prefix.A32 ? 32 : 64;
            } else if (r != null && r.kind() == RegisterKind.SEGMENT && lex.peekType() == 1000 + ':') {
                if (o.segment != null) {
                    error(col(), "instruction has conflicting segment overrides");
                    return null;
                }
                o.segment = r;
                lex.next();
            } else {
                break;
            }
            lex.next();
        }
        if (lex.type == Lexer.OP && lex.op == ']') {
            error(col(), "expression syntax error");
            return null;
        }
        o.expr = expression(true);
        if (o.expr < 0) {
            return null;
        }
        if (!(lex.type == Lexer.OP && lex.op == ']')) {
            error(col(), "expecting ] at end of memory operand");
            return null;
        }
        lex.next();
        return o;
    }

    // ---------------------------------------------------------------- data

    private boolean isComma() {
        return lex.type == Lexer.OP && lex.op == ',';
    }

    private Statement data(Statement st, int unit) {
        st.kind = Statement.DATA;
        st.unit = unit;
        lex.next();
        List<DataItem> items = itemScratch;
        items.clear();
        if (lex.type == Lexer.EOL) {
            warning(col(), "no operand for data declaration [-w+db-empty]");
            st.items = new DataItem[0];
            return st;
        }
        while (true) {
            DataItem item;
            if (spareItemsUsed < spareItems.size()) {
                item = spareItems.get(spareItemsUsed++);
                item.kind = DataItem.EXPRESSION;
                item.expr = -1;
                item.bytes = null;
            } else {
                item = new DataItem();
                spareItems.add(item);
                spareItemsUsed++;
            }
            item.column = col();
            if (lex.type == Lexer.STRING && isItemEnd(lex.peekType())) {
                if (!lex.terminated) {
                    error(col(), "expression syntax error");
                    return null;
                }
                item.kind = DataItem.STRING;
                if (dataScratch.length < lex.length()) {
                    dataScratch = new byte[lex.length() * 2];
                }
                int n = StringLiterals.decode(lex.buf, lex.start, lex.stop, dataScratch, 0);
                item.bytes = Arrays.copyOf(dataScratch, n);
                lex.next();
            } else if (lex.type == Lexer.IDENT && lex.peekType() == 1000 + '(' && stringFunction(item)) {
                if (lineFailed) {
                    return null;
                }
            } else if (lex.type == Lexer.OP && lex.op == '?') {
                item.kind = DataItem.UNINITIALIZED;
                lex.next();
            } else if (!floatItem(item, unit)) {
                if (lineFailed) {
                    return null;
                }
                item.kind = DataItem.EXPRESSION;
                item.expr = expression(false);
                if (item.expr < 0) {
                    return null;
                }
            } else if (item.bytes == null) {
                return null;
            }
            items.add(item);
            if (lex.type == Lexer.OP && lex.op == ')') {
                break; // nasm ends the list at a `)' where it wants the comma, and ignores the rest
            }
            if (item.kind == DataItem.EXPRESSION && lex.type != Lexer.EOL && !isComma()) {
                // nasm takes the token after an expression for the comma and checks the one after it:
                // `db 1 2' and `db 1 2)' are `db 1', `db 1 2, 3' is `db 1, 3', `db 1 2 3' is an error
                lex.next();
                if (lex.type == Lexer.OP && lex.op == ')') {
                    break;
                }
            }
            if (lex.type == Lexer.EOL) {
                break;
            }
            if (isComma()) {
                lex.next();
                if (lex.type == Lexer.EOL) {
                    break; // a trailing comma is accepted, as in nasm
                }
                continue;
            }
            error(col(), "comma expected after operand");
            return null;
        }
        st.items = items.toArray(new DataItem[0]);
        return st;
    }

    /**
     * nasm's string functions in data: {@code __?utf16?__("..")} and its le/be and utf32 variants
     * re-encode the (UTF-8) string. False, cursor unmoved, when the word is no such function.
     */
    private boolean stringFunction(DataItem item) {
        String name = word().toLowerCase(Locale.ROOT).replace("?", "");
        if (FloatFormat.functionName(word()) != null) {
            return false; // an integer: the expression parser takes it
        }
        java.nio.charset.Charset cs;
        switch (name) {
            case "__utf16__", "__utf16le__" -> cs = StandardCharsets.UTF_16LE;
            case "__utf16be__" -> cs = StandardCharsets.UTF_16BE;
            case "__utf32__", "__utf32le__" -> cs = java.nio.charset.Charset.forName("UTF-32LE");
            case "__utf32be__" -> cs = java.nio.charset.Charset.forName("UTF-32BE");
            default -> {
                return false;
            }
        }
        lex.next();
        lex.next();
        if (lex.type != Lexer.STRING || !lex.terminated || lex.peekType() != 1000 + ')') {
            error(col(), "invalid input string to function `" + name + "'");
            return true;
        }
        byte[] raw = new byte[lex.length()];
        int n = StringLiterals.decode(lex.buf, lex.start, lex.stop, raw, 0);
        String text = new String(raw, 0, n, StandardCharsets.UTF_8);
        item.kind = DataItem.STRING;
        item.bytes = text.getBytes(cs);
        lex.next();
        lex.next();
        return true;
    }


    private static boolean isItemEnd(int peek) {
        return peek == Lexer.EOL || peek == 1000 + ',' || peek == 1000 + ')';
    }

    /** A float constant, optionally signed; false (cursor unmoved) when the item is no float. */
    private boolean floatItem(DataItem item, int unit) {
        boolean negative = false;
        int sign = 0;
        if (lex.type == Lexer.OP && (lex.op == '-' || lex.op == '+')) {
            int pt = lex.peekType();
            if (pt != Lexer.FLOAT && pt != Lexer.IDENT) {
                return false;
            }
            sign = lex.op;
        }
        int saved = lex.pos;
        int savedType = lex.type;
        int savedStart = lex.start;
        int savedStop = lex.stop;
        int savedOp = lex.op;
        if (sign != 0) {
            negative = sign == '-';
            lex.next();
        }
        int special = 0;
        if (lex.type == Lexer.IDENT) {
            special = FloatFormat.special(new String(lex.buf, lex.start, lex.length(), StandardCharsets.ISO_8859_1));
        }
        // a float is a data item whatever follows it (nasm then wants a comma: `dd 1.5 + 1' is an error);
        // the special names only when they stand alone
        if (lex.type != Lexer.FLOAT && (special == 0 || !isItemEnd(lex.peekType()))) {
            lex.pos = saved;
            lex.type = savedType;
            lex.start = savedStart;
            lex.stop = savedStop;
            lex.op = savedOp;
            return false;
        }
        item.kind = DataItem.FLOAT;
        String[] err = new String[1];
        item.bytes = special != 0 ? FloatFormat.encodeSpecial(special, negative, unit)
                : FloatFormat.encode(new String(lex.buf, lex.start, lex.length(), StandardCharsets.ISO_8859_1),
                negative, unit, err);
        if (item.bytes == null) {
            error(col(), err[0] != null ? err[0] : "no floating-point format of " + unit + " bytes");
        } else if (err[0] != null) {
            warning(col(), err[0]);
        }
        lex.next();
        return true;
    }

    private Statement reserve(Statement st, int unit) {
        st.kind = Statement.RESERVE;
        st.quiet = !zeroingWarnings;
        st.unit = unit;
        lex.next();
        st.valueColumn = col();
        if (lex.type == Lexer.EOL) {
            error(col(), "no operand for data declaration");
            return null;
        }
        st.value = expression(false);
        if (st.value < 0 || !expectEnd()) {
            return null;
        }
        return st;
    }

    private Statement incbin(Statement st) {
        st.kind = Statement.INCBIN;
        lex.next();
        int c = col();
        if (lex.type != Lexer.STRING || !lex.terminated) {
            error(c, "`incbin' expects a file name");
            return null;
        }
        byte[] nameBytes = new byte[lex.length()];
        int n = StringLiterals.decode(lex.buf, lex.start, lex.stop, nameBytes, 0);
        String name = new String(nameBytes, 0, n, StandardCharsets.UTF_8);
        lex.next();
        long skip = 0;
        long length = -1;
        if (lex.type == Lexer.OP && lex.op == ',') {
            lex.next();
            skip = constant();
            if (lineFailed) {
                return null;
            }
            if (lex.type == Lexer.OP && lex.op == ',') {
                lex.next();
                length = constant();
                if (lineFailed) {
                    return null;
                }
            }
        }
        if (!expectEnd()) {
            return null;
        }
        Path file = program.resolve(name);
        if (file == null) {
            error(c, "`incbin': unable to open file `" + name + "'");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            error(c, "`incbin': `" + name + "' is not a regular file");
            return null;
        }
        try {
            long size = Files.size(file);
            if (skip < 0 || skip > size) {
                skip = Math.min(Math.max(skip, 0), size);
            }
            long available = size - skip;
            long take = length < 0 ? available : Math.min(length, available);
            if (take > options.limits.outputBytes) {
                error(c, "output exceeds the limit of " + options.limits.outputBytes + " bytes (Limits.outputBytes)");
                return null;
            }
            try (var in = Files.newInputStream(file)) {
                in.skipNBytes(skip);
                st.bytes = in.readNBytes((int) take);
            }
        } catch (IOException e) {
            error(c, "`incbin': unable to read file `" + name + "': " + e.getMessage());
            return null;
        }
        return st;
    }

    /** An expression that must be a number now (no symbols, no registers). */
    private long constant() {
        int c = col();
        int e = expression(false);
        if (e < 0) {
            return 0;
        }
        if (!program.code.isConstant(e)) {
            Evaluator ev = program.evaluator;
            ev.here = 0;
            ev.sectionStart = 0;
            ev.hereRelocatable = false;
            long v = ev.evaluate(e);
            if (ev.known && ev.error == null && ev.registerCount == 0 && ev.reloc == 0) {
                return v;
            }
            error(c, "expression must be a constant");
            return 0;
        }
        return program.code.constantValue(e);
    }

    // ---------------------------------------------------------------- directives

    private Statement directive(Keyword k, boolean bracketed) {
        int c = col();
        lex.next();
        Statement st = directiveBody(k, c);
        if (lineFailed) {
            return null;
        }
        if (bracketed) {
            if (!(lex.type == Lexer.OP && lex.op == ']')) {
                error(col(), "expecting ]");
                return null;
            }
            lex.next();
        }
        if (lex.type != Lexer.EOL && st != null && st.kind != Statement.ALIGN && st.kind != Statement.AT) {
            error(col(), "trailing garbage after directive");
            return null;
        }
        return st != null ? st : options.listing ? newStatement(Statement.EMPTY) : null;
    }

    private boolean isWord(String word) {
        return lex.type == Lexer.IDENT && lex.length() == word.length()
                && new String(lex.buf, lex.start, lex.length(), StandardCharsets.ISO_8859_1).equalsIgnoreCase(word);
    }

    private String word() {
        return new String(lex.buf, lex.start, lex.length(), StandardCharsets.ISO_8859_1);
    }

    private Statement directiveBody(Keyword k, int c) {
        switch (k) {
            case SECTION, SEGMENT -> {
                return section(c);
            }
            case GLOBAL, STATIC, REQUIRED -> {
                symbolList(k);
                return null;
            }
            case EXTERN -> {
                symbolList(k);
                return null;
            }
            case COMMON -> {
                error(c, "`common' symbols are not supported: nothing links here");
                return null;
            }
            case BITS -> {
                long v = constant();
                if (!lineFailed && v != 64) {
                    error(c, "tinybin assembles 64-bit code only (bits 64)");
                }
                return null;
            }
            case USE64 -> {
                return null;
            }
            case USE16, USE32 -> {
                error(c, "tinybin assembles 64-bit code only (bits 64)");
                return null;
            }
            case DEFAULT -> {
                while (lex.type == Lexer.IDENT) {
                    if (isWord("rel")) {
                        defaultRel = true;
                    } else if (isWord("abs")) {
                        defaultRel = false;
                    } else if (!isWord("bnd") && !isWord("nobnd")) {
                        error(col(), "unknown `default' parameter: `" + word() + "'");
                        return null;
                    }
                    lex.next();
                    if (lex.type == Lexer.OP && lex.op == ',') {
                        lex.next();
                    }
                }
                return null;
            }
            case ORG -> {
                long v = constant();
                if (!lineFailed) {
                    String problem = program.origin(v);
                    if (problem != null) {
                        error(c, problem);
                    }
                }
                return null;
            }
            case ABSOLUTE -> {
                Statement st = newStatement(Statement.ABSOLUTE);
                st.valueColumn = col();
                st.value = expression(false);
                if (st.value < 0) {
                    return null;
                }
                currentSection = -1;
                st.section = -1;
                return st;
            }
            case ALIGN, ALIGNB -> {
                return align(k == Keyword.ALIGNB, c);
            }
            case SECTALIGN -> {
                if (isWord("on") || isWord("off")) {
                    lex.next();
                    return null;
                }
                long v = constant();
                if (!lineFailed) {
                    sectalign(v, c);
                }
                return null;
            }
            case STRUC -> {
                return struc(c);
            }
            case ENDSTRUC -> {
                return endstruc(c);
            }
            case ISTRUC -> {
                return istruc(c);
            }
            case AT -> {
                return at(c);
            }
            case IEND -> {
                return iend(c);
            }
            case WARNING -> {
                warningDirective();
                return null;
            }
            case CPU, FLOAT, LIST -> {
                while (lex.type != Lexer.EOL && !(lex.type == Lexer.OP && lex.op == ']')) {
                    lex.next();
                }
                return null;
            }
            default -> {
                error(c, "unrecognised directive");
                return null;
            }
        }
    }

    /** {@code [warning push|pop|-zeroing|+zeroing]}: the one warning class the standard macros toggle. */
    private void warningDirective() {
        while (lex.type != Lexer.EOL && !(lex.type == Lexer.OP && lex.op == ']')) {
            if (isWord("push")) {
                zeroingStack.push(zeroingWarnings);
            } else if (isWord("pop")) {
                if (!zeroingStack.isEmpty()) {
                    zeroingWarnings = zeroingStack.pop();
                }
            } else if (lex.type == Lexer.OP && (lex.op == '-' || lex.op == '+' || lex.op == '*')) {
                int sign = lex.op;
                lex.next();
                if (isWord("zeroing") || isWord("all")) {
                    zeroingWarnings = sign != '-';
                }
            }
            lex.next();
        }
    }

    private void sectalign(long v, int c) {
        if (v <= 0 || (v & (v - 1)) != 0) {
            error(c, "segment alignment `" + v + "' is not power of two");
            return;
        }
        if (currentSection == -2) {
            currentSection = program.section(".text");
        }
        if (currentSection >= 0) {
            Section s = program.sections.get(currentSection);
            if (s.align() < v) {
                s.align(v);
            }
            if (s.requestedAlign() < v) {
                s.requestedAlign(v);
            }
        }
    }

    private Statement section(int c) {
        if (lex.type != Lexer.IDENT && lex.type != Lexer.STRING) {
            error(col(), "section name expected");
            return null;
        }
        String name = lex.type == Lexer.STRING
                ? new String(lex.buf, lex.stringBodyStart(), lex.stringBodyEnd() - lex.stringBodyStart(), StandardCharsets.UTF_8)
                : word();
        lex.next();
        int index = program.section(name);
        Section s = program.sections.get(index);
        if (s.declaredAt() == null || lex.type == Lexer.IDENT && !sectionAttributesSeen.get(index)) {
            // blame the directive that gave the attributes, else the first that named the section
            s.declaredAt(new SourceLocation(program.lines.file(line), program.lines.line(line),
                    program.lines.originalColumn(line, c), program.lines.original(line)));
            if (lex.type == Lexer.IDENT) {
                sectionAttributesSeen.set(index);
            }
        }
        while (lex.type == Lexer.IDENT) {
            String attr = word().toLowerCase(Locale.ROOT);
            int ac = col();
            lex.next();
            long number = 0;
            String target = null;
            boolean hasValue = lex.type == Lexer.OP && lex.op == Lexer.OP_EQ;
            if (hasValue) {
                lex.next();
                if (attr.equals("follows") || attr.equals("vfollows")) {
                    if (lex.type != Lexer.IDENT) {
                        error(col(), "section name expected after `" + attr + "='");
                        return null;
                    }
                    target = word();
                    lex.next();
                } else {
                    number = constant();
                    if (lineFailed) {
                        return null;
                    }
                }
            }
            switch (attr) {
                case "progbits" -> s.nobits(false);
                case "nobits" -> s.nobits(true);
                case "alloc" -> s.alloc(true);
                case "noalloc" -> s.alloc(false);
                case "exec" -> s.exec(true);
                case "noexec" -> s.exec(false);
                case "write" -> s.write(true);
                case "nowrite" -> s.write(false);
                case "tls", "notls", "private", "public", "class", "use64", "merge", "strings", "pointer" -> { }
                case "align" -> {
                    if (!hasValue || number <= 0 || (number & (number - 1)) != 0) {
                        error(ac, "section alignment " + number + " is not a power of two");
                        return null;
                    }
                    s.align(number);
                    s.requestedAlign(Math.max(s.requestedAlign(), number));
                }
                case "start" -> s.start(number);
                case "vstart" -> s.virtualStart(number);
                case "follows" -> s.follows(target);
                case "vfollows" -> s.virtualFollows(target);
                default -> {
                    warning(ac, "unknown section attribute '" + attr + "' ignored on declaration of section `"
                            + name + "' [-w+other]");
                }
            }
            if (lex.type == Lexer.OP && lex.op == ',') {
                lex.next();
            }
        }
        currentSection = index;
        Statement st = newStatement(Statement.SECTION);
        st.target = index;
        return st;
    }

    private void symbolList(Keyword k) {
        while (true) {
            if (lex.type != Lexer.IDENT) {
                error(col(), "identifier expected after " + k.name().toLowerCase(Locale.ROOT));
                return;
            }
            int id = symbol(lex.buf, lex.start, lex.stop);
            SymbolTable s = program.symbols;
            if (k == Keyword.GLOBAL) {
                s.global[id] = true;
                if (s.declaredAt[id] < 0) {
                    s.declaredAt[id] = line;
                    s.declaredColumn[id] = col();
                }
            } else if (k == Keyword.EXTERN) {
                if (s.definedAt[id] < 0 && s.kind[id] == SymbolTable.UNDEFINED) {
                    s.kind[id] = SymbolTable.EXTERN;
                    s.declaredAt[id] = line;
                    s.declaredColumn[id] = col();
                }
            }
            lex.next();
            if (lex.type == Lexer.OP && lex.op == ':') {
                // elf symbol type/size (global foo:function); nothing to do for us
                while (lex.type != Lexer.EOL && !(lex.type == Lexer.OP && (lex.op == ',' || lex.op == ']'))) {
                    lex.next();
                }
            }
            if (lex.type == Lexer.OP && lex.op == ',') {
                lex.next();
                continue;
            }
            return;
        }
    }

    private Statement align(boolean reserve, int c) {
        Statement st = newStatement(Statement.ALIGN);
        st.alignReserve = reserve;
        st.valueColumn = col();
        long v = constant();
        if (lineFailed) {
            return null;
        }
        if (v <= 0 || (v & (v - 1)) != 0) {
            error(c, "segment alignment `" + v + "' is not power of two");
            return null;
        }
        st.value = program.code.constant(v);
        sectalign(v, c);
        if (lex.type == Lexer.OP && lex.op == ',') {
            lex.next();
            Statement fill = newStatement(Statement.EMPTY);
            fill = body(fill);
            if (fill == null || lineFailed) {
                return null;
            }
            if (fill.kind == Statement.EMPTY) {
                error(col(), "parser: instruction expected");
                return null;
            }
            st.fill = fill;
        }
        return st;
    }

    private Statement struc(int c) {
        if (lex.type != Lexer.IDENT) {
            error(col(), "struc name expected");
            return null;
        }
        int from = lex.start;
        int to = lex.stop;
        int nc = col();
        lex.next();
        Statement st = newStatement(Statement.STRUC);
        if (lex.type == Lexer.OP && lex.op == ',') {
            lex.next();
            st.value = expression(false);
            if (st.value < 0) {
                return null;
            }
        } else {
            st.value = program.code.constant(0);
        }
        strucReturnSection = currentSection;
        currentSection = -1;
        st.section = -1;
        st.label = defineName(from, to, nc, true);
        if (st.label < 0) {
            return null;
        }
        strucSymbol = st.label;
        return st;
    }

    private Statement endstruc(int c) {
        if (strucSymbol < 0) {
            error(c, "`endstruc' without `struc'");
            return null;
        }
        Statement st = newStatement(Statement.ENDSTRUC);
        st.target = strucSymbol;
        byte[] name = program.symbols.names[strucSymbol];
        byte[] sizeName = Arrays.copyOf(name, name.length + 5);
        System.arraycopy("_size".getBytes(StandardCharsets.ISO_8859_1), 0, sizeName, name.length, 5);
        int id = program.symbols.intern(sizeName, 0, sizeName.length);
        if (program.symbols.definedAt[id] >= 0) {
            error(c, "label `" + program.symbols.name(id) + "' inconsistently redefined");
            return null;
        }
        program.symbols.definedAt[id] = line;
        st.label = id;
        strucSymbol = -1;
        currentSection = strucReturnSection;
        st.value = strucReturnSection;
        return st;
    }

    private int sizeSymbol(int strucName) {
        byte[] name = program.symbols.names[strucName];
        byte[] sizeName = Arrays.copyOf(name, name.length + 5);
        System.arraycopy("_size".getBytes(StandardCharsets.ISO_8859_1), 0, sizeName, name.length, 5);
        return program.symbols.intern(sizeName, 0, sizeName.length);
    }

    private Statement istruc(int c) {
        if (lex.type != Lexer.IDENT) {
            error(col(), "struc name expected");
            return null;
        }
        Statement st = newStatement(Statement.ISTRUC);
        st.target = symbol(lex.buf, lex.start, lex.stop);
        lex.next();
        istrucSymbol = st.target;
        return st;
    }

    private Statement at(int c) {
        if (istrucSymbol < 0) {
            error(c, "`at' outside `istruc'");
            return null;
        }
        Statement st = newStatement(Statement.AT);
        st.target = istrucSymbol;
        st.valueColumn = col();
        st.value = expression(false);
        if (st.value < 0) {
            return null;
        }
        if (lex.type == Lexer.OP && lex.op == ',') {
            lex.next();
            Statement inner = body(newStatement(Statement.EMPTY));
            if (inner == null || lineFailed) {
                return null;
            }
            st.inner = inner;
        }
        return st;
    }

    private Statement iend(int c) {
        if (istrucSymbol < 0) {
            error(c, "`iend' without `istruc'");
            return null;
        }
        Statement st = newStatement(Statement.IEND);
        st.target = istrucSymbol;
        st.value = sizeSymbol(istrucSymbol);
        istrucSymbol = -1;
        return st;
    }
}
