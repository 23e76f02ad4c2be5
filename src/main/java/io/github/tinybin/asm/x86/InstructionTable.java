package io.github.tinybin.asm.x86;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction forms, read once from {@code instructions.txt} (same package) and grouped by
 * mnemonic in table order; the matcher takes the first form that fits, so the table lists the
 * shorter encodings nasm -Ox prefers before the general ones.
 *
 * <p>Line format, modelled on the Intel SDM's Opcode/Instruction/Op-En columns and described in the
 * resource's header: {@code MNEMONIC [OPERANDS] OP/EN ENCODING... [| FLAG...]}. A mnemonic written
 * with {@code cc} ({@code Jcc}) expands to every condition spelling, with {@code +cc} in the encoding
 * adding the condition number to an opcode byte.
 */
final class InstructionTable {
    private static final String RESOURCE = "instructions.txt";
    /** The Op/En code of a form without operands. */
    private static final String NO_OPERANDS = "ZO";
    /** Where a mnemonic takes the condition spellings. */
    private static final String CONDITION_PLACEHOLDER = "cc";

    /** Condition spellings nasm accepts, with their 4-bit condition numbers. */
    private static final String[][] CONDITIONS = {
        {"o", "0"}, {"no", "1"}, {"b", "2"}, {"c", "2"}, {"nae", "2"}, {"nb", "3"}, {"nc", "3"}, {"ae", "3"},
        {"e", "4"}, {"z", "4"}, {"ne", "5"}, {"nz", "5"}, {"be", "6"}, {"na", "6"}, {"nbe", "7"}, {"a", "7"},
        {"s", "8"}, {"ns", "9"}, {"p", "10"}, {"pe", "10"}, {"np", "11"}, {"po", "11"}, {"l", "12"},
        {"nge", "12"}, {"nl", "13"}, {"ge", "13"}, {"le", "14"}, {"ng", "14"}, {"nle", "15"}, {"g", "15"},
    };

    /** Operand kinds as shape digits: an instruction's shape is sum(kind(i) * 3^i) over its operands. */
    static final int KIND_REGISTER = 0;
    static final int KIND_MEMORY = 1;
    static final int KIND_IMMEDIATE = 2;
    /** Shapes for 0..4 operands, laid out one after the other: 1 + 3 + 9 + 27 + 81. */
    private static final int[] SHAPE_BASE = {0, 1, 4, 13, 40};
    static final int SHAPES = 121;

    private static final InstructionForm[] NONE = new InstructionForm[0];

    /**
     * Per mnemonic, where its lines are in the table; a mnemonic's forms are compiled on its first
     * use, so a program pays only for the mnemonics it uses (a start-up cost of every CLI run).
     */
    /** The resource's bytes; a line becomes a String only when its mnemonic is compiled. */
    private static final byte[] TEXT = read();
    private static final Map<String, Mnemonic> MNEMONICS = index(TEXT);

    private InstructionTable() {
    }

    /** One mnemonic's table lines and, once compiled, its forms in preference order and by shape. */
    private static final class Mnemonic {
        final String name;
        /**
         * Per table line: where its text is in {@link #TEXT} (start << 32 | end, comment and blanks
         * cut), its 1-based line number, and the condition number for a cc line (else -1).
         */
        long[] spans = new long[2];
        int[] lines = new int[2];
        int[] conditions = new int[2];
        int count;
        private volatile Compiled compiled;

        Mnemonic(String name) {
            this.name = name;
        }

        void add(long span, int line, int condition) {
            if (count == lines.length) {
                spans = Arrays.copyOf(spans, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
                conditions = Arrays.copyOf(conditions, count * 2);
            }
            spans[count] = span;
            lines[count] = line;
            conditions[count++] = condition;
        }

        Compiled compiled() {
            Compiled c = compiled;
            if (c == null) {
                synchronized (this) {
                    c = compiled;
                    if (c == null) {
                        c = compile(this);
                        compiled = c;
                    }
                }
            }
            return c;
        }
    }

    private static final class Compiled {
        final InstructionForm[] forms;
        final InstructionForm[][] shapes;

        Compiled(InstructionForm[] forms, InstructionForm[][] shapes) {
            this.forms = forms;
            this.shapes = shapes;
        }
    }

    /** The forms of {@code mnemonic} (lower case) in preference order, or null if unknown. */
    static InstructionForm[] forms(String mnemonic) {
        Mnemonic m = MNEMONICS.get(mnemonic);
        return m == null ? null : m.compiled().forms;
    }

    /** Every mnemonic in the table, lower case. */
    static java.util.Set<String> mnemonics() {
        return java.util.Collections.unmodifiableSet(MNEMONICS.keySet());
    }

    /** True if {@code mnemonic} (lower case) is in the table; compiles nothing. */
    static boolean isMnemonic(String mnemonic) {
        return MNEMONICS.containsKey(mnemonic);
    }

    /** The forms of {@code mnemonic} that accept operands of {@code shape}, or null if the mnemonic is unknown. */
    static InstructionForm[] candidates(String mnemonic, int shape) {
        Mnemonic m = MNEMONICS.get(mnemonic);
        return m == null ? null : m.compiled().shapes[shape];
    }

    static int shapeBase(int operandCount) {
        return SHAPE_BASE[operandCount];
    }

    private static Compiled compile(Mnemonic m) {
        InstructionForm[] forms = new InstructionForm[m.count];
        for (int i = 0; i < m.count; i++) {
            long span = m.spans[i];
            int from = (int) (span >>> 32);
            String line = new String(TEXT, from, (int) span - from, StandardCharsets.US_ASCII);
            try {
                forms[i] = parseLine(line, m.name, m.conditions[i]);
            } catch (RuntimeException e) {
                throw new IllegalStateException(RESOURCE + ":" + m.lines[i] + ": " + e.getMessage(), e);
            }
        }
        return new Compiled(forms, byShape(forms));
    }

    private static InstructionForm[][] byShape(InstructionForm[] forms) {
        List<InstructionForm> fitting = new ArrayList<>();
        InstructionForm[][] shapes = new InstructionForm[SHAPES][];
        for (int count = 0; count <= Instruction.MAX_OPERANDS; count++) {
            int combinations = (int) Math.pow(3, count);
            for (int c = 0; c < combinations; c++) {
                fitting.clear();
                for (InstructionForm form : forms) {
                    if (form.types.length == count && accepts(form, c)) {
                        fitting.add(form);
                    }
                }
                shapes[SHAPE_BASE[count] + c] = fitting.isEmpty() ? NONE : fitting.toArray(NONE);
            }
        }
        return shapes;
    }

    private static boolean accepts(InstructionForm form, int combination) {
        for (int i = 0; i < form.types.length; i++) {
            int kind = combination % 3;
            combination /= 3;
            long t = form.types[i];
            boolean ok;
            if ((t & OperandType.IMMEDIATE) != 0) {
                ok = kind == KIND_IMMEDIATE;
            } else if ((t & OperandType.REGISTER) != 0) {
                ok = kind == KIND_REGISTER;
            } else if ((t & OperandType.MEMORY & ~OperandType.REGMEM) != 0) {
                ok = kind == KIND_MEMORY;
            } else {
                ok = kind != KIND_IMMEDIATE;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read() {
        try (InputStream in = InstructionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\f';
    }

    /**
     * The table's lines by mnemonic (cc lines under every condition spelling): one scan over the
     * bytes, with no String per line, since every CLI run pays for it.
     */
    private static Map<String, Mnemonic> index(byte[] text) {
        Map<String, Mnemonic> byName = new HashMap<>(4096);
        byte[] name = new byte[64];
        int lineNumber = 0;
        int at = 0;
        while (at < text.length) {
            lineNumber++;
            int end = at;
            while (end < text.length && text[end] != '\n') {
                end++;
            }
            int next = end + 1;
            for (int k = at; k < end; k++) {
                if (text[k] == '#') {
                    end = k;
                    break;
                }
            }
            while (at < end && isBlank(text[at])) {
                at++;
            }
            while (end > at && isBlank(text[end - 1])) {
                end--;
            }
            if (at < end) {
                int n = 0;
                int cc = -1;
                for (int k = at; k < end && !isBlank(text[k]) && text[k] != '|'; k++) {
                    byte b = text[k];
                    if (n > 0 && cc < 0 && b == 'c' && name[n - 1] == 'c') {
                        cc = n - 1;
                    }
                    if (n == name.length) {
                        name = Arrays.copyOf(name, n * 2);
                    }
                    name[n++] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
                }
                long span = (long) at << 32 | end;
                if (cc >= 0) {
                    String before = new String(name, 0, cc, StandardCharsets.US_ASCII);
                    String after = new String(name, cc + 2, n - cc - 2, StandardCharsets.US_ASCII);
                    for (String[] condition : CONDITIONS) {
                        mnemonic(byName, before.concat(condition[0]).concat(after))
                                .add(span, lineNumber, Integer.parseInt(condition[1]));
                    }
                } else {
                    mnemonic(byName, new String(name, 0, n, StandardCharsets.US_ASCII)).add(span, lineNumber, -1);
                }
            }
            at = next;
        }
        return byName;
    }

    private static Mnemonic mnemonic(Map<String, Mnemonic> byName, String name) {
        Mnemonic m = byName.get(name);
        if (m == null) {
            m = new Mnemonic(name);
            byName.put(name, m);
        }
        return m;
    }

    /** {@code MNEMONIC [OPERANDS] OP/EN ENCODING... [| FLAG...]}, as described in the resource's header. */
    private static InstructionForm parseLine(String line, String mnemonic, int condition) {
        int bar = line.indexOf('|');
        String flags = bar < 0 ? "" : line.substring(bar + 1).trim();
        String[] tokens = (bar < 0 ? line : line.substring(0, bar)).trim().split("\\s+");
        int next = 1;
        String[] operands;
        if (tokens.length > 1 && tokens[1].equals(NO_OPERANDS)) {
            operands = new String[0];
        } else {
            StringBuilder list = new StringBuilder();
            while (next < tokens.length && tokens[next].endsWith(",")) {
                list.append(tokens[next++]);
            }
            if (next >= tokens.length) {
                throw new IllegalArgumentException("expected operands and Op/En");
            }
            list.append(tokens[next++]);
            operands = list.toString().split(",");
        }
        if (next >= tokens.length) {
            throw new IllegalArgumentException("expected an Op/En code");
        }
        String opEn = tokens[next++];
        String[] encoding = Arrays.copyOfRange(tokens, next, tokens.length);
        return compile(mnemonic, operands, opEn, encoding, flags, condition);
    }

    private static byte[] roles(String opEn, int operandCount) {
        byte[] roles = new byte[operandCount];
        if (opEn.equals(NO_OPERANDS)) {
            if (operandCount != 0) {
                throw new IllegalArgumentException("ZO with operands");
            }
            return roles;
        }
        if (opEn.length() != operandCount) {
            throw new IllegalArgumentException("Op/En '" + opEn + "' does not match " + operandCount + " operands");
        }
        boolean immediateSeen = false;
        for (int i = 0; i < operandCount; i++) {
            switch (opEn.charAt(i)) {
                case 'F': roles[i] = InstructionForm.ROLE_NONE; break;
                case 'R': case 'O': roles[i] = InstructionForm.ROLE_REG; break;
                case 'M': roles[i] = InstructionForm.ROLE_RM; break;
                case 'B': roles[i] = InstructionForm.ROLE_REG_AND_RM; break;
                case 'V': roles[i] = InstructionForm.ROLE_VVVV; break;
                case 'I': case 'D':
                    roles[i] = immediateSeen ? InstructionForm.ROLE_IMM2 : InstructionForm.ROLE_IMM;
                    immediateSeen = true;
                    break;
                default: throw new IllegalArgumentException("unknown Op/En letter in " + opEn);
            }
        }
        return roles;
    }

    private static InstructionForm compile(String mnemonic, String[] operands, String opEn, String[] encoding,
            String flagText, int condition) {
        long[] types = new long[operands.length];
        for (int i = 0; i < operands.length; i++) {
            types[i] = OperandType.parse(operands[i]);
        }
        byte[] roles = roles(opEn, types.length);

        int operandSize = InstructionForm.OS_NONE;
        boolean noRexW = false;
        int addressSize = InstructionForm.AS_NONE;
        boolean wait = false;
        int mandatory = 0;
        byte[] opcode = new byte[4];
        int opcodeLength = 0;
        boolean plusRegister = false;
        int modrm = InstructionForm.MODRM_NONE;
        int imm1 = InstructionForm.IMM_NONE;
        int imm2 = InstructionForm.IMM_NONE;
        boolean vex = false;
        int vexMap = 0;
        int vexPp = 0;
        int vexW = 0;
        int vexL = 0;
        for (String token : encoding) {
            int immKind = immediateKind(token);
            if (immKind != InstructionForm.IMM_NONE) {
                if (imm1 == InstructionForm.IMM_NONE) {
                    imm1 = immKind;
                } else {
                    imm2 = immKind;
                }
                continue;
            }
            switch (token) {
                case "66": operandSize = InstructionForm.OS_16; continue;
                case "os32": operandSize = InstructionForm.OS_32; continue;
                case "REX.W": operandSize = InstructionForm.OS_64; continue;
                case "os64": operandSize = InstructionForm.OS_64_NO_W; noRexW = true; continue;
                case "no-REX.W": noRexW = true; continue;
                case "osd": operandSize = InstructionForm.OS_DEFAULT; continue;
                case "as16": addressSize = InstructionForm.AS_16; continue;
                case "as32": addressSize = InstructionForm.AS_32; continue;
                case "as64": addressSize = InstructionForm.AS_64; continue;
                case "66m": mandatory = 0x66; continue;
                case "wait": wait = true; continue;
                case "/r": modrm = InstructionForm.MODRM_REG; continue;
                default: break;
            }
            if (token.length() == 2 && token.charAt(0) == '/') {
                modrm = token.charAt(1) - '0';
                continue;
            }
            if (token.startsWith("VEX.")) {
                vex = true;
                for (String part : token.substring(4).split("\\.")) {
                    switch (part) {
                        case "LZ": case "L0": vexL = 0; break;
                        case "L1": vexL = 1; break;
                        case "66": vexPp = 1; break;
                        case "F3": vexPp = 2; break;
                        case "F2": vexPp = 3; break;
                        case "0F": vexMap = 1; break;
                        case "0F38": vexMap = 2; break;
                        case "0F3A": vexMap = 3; break;
                        case "W0": vexW = 0; break;
                        case "W1": vexW = 1; break;
                        default: throw new IllegalArgumentException("unknown VEX field " + part);
                    }
                }
                continue;
            }
            int plus = token.indexOf('+');
            int value = Integer.parseInt(plus < 0 ? token : token.substring(0, plus), 16);
            if (plus >= 0) {
                String suffix = token.substring(plus + 1);
                if (suffix.equals("cc")) {
                    if (condition < 0) {
                        throw new IllegalArgumentException("+cc outside a cc mnemonic");
                    }
                    value += condition;
                } else if (suffix.equals("rb") || suffix.equals("rw") || suffix.equals("rd") || suffix.equals("ro")) {
                    plusRegister = true;
                } else {
                    throw new IllegalArgumentException("unknown opcode suffix in " + token);
                }
            } else if (!vex && opcodeLength == 0 && mandatory == 0 && (value == 0xf2 || value == 0xf3)) {
                mandatory = value;
                continue;
            }
            opcode[opcodeLength++] = (byte) value;
        }
        if (plusRegister != (types.length > 0 && opEn.indexOf('O') >= 0)) {
            throw new IllegalArgumentException("+r opcode and Op/En O go together");
        }

        boolean sizeMatch = false;
        boolean sizeMatch2 = false;
        long impliedSize = 0;
        int impliedOperand = -1;
        boolean invalidIn64 = false;
        boolean lockable = false;
        boolean obsolete = false;
        boolean noSizeGuess = false;
        boolean bnd = false;
        boolean shortIfReaches = false;
        for (String flag : flagText.isEmpty() ? new String[0] : flagText.split("\\s+")) {
            if (flag.startsWith("default-size=")) {
                int at = flag.indexOf('@');
                String size = flag.substring("default-size=".length(), at < 0 ? flag.length() : at);
                impliedSize = size.equals("any") ? OperandType.SIZE_MASK : OperandType.sizeBits(Integer.parseInt(size));
                if (impliedSize == 0) {
                    throw new IllegalArgumentException("unknown size in " + flag);
                }
                if (at >= 0) {
                    impliedOperand = Integer.parseInt(flag.substring(at + 1)) - 1;
                }
                continue;
            }
            switch (flag) {
                case "sizes-agree": sizeMatch = true; break;
                case "sizes-agree-first-two": sizeMatch2 = true; break;
                case "invalid-64": invalidIn64 = true; break;
                case "lock": lockable = true; break;
                case "obsolete": obsolete = true; break;
                case "no-size-guess": noSizeGuess = true; break;
                case "bnd": bnd = true; break;
                case "short-if-reaches": shortIfReaches = true; break;
                default: throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        byte[] op = new byte[opcodeLength];
        System.arraycopy(opcode, 0, op, 0, opcodeLength);
        return new InstructionForm(mnemonic, types, roles, sizeMatch, sizeMatch2, impliedSize, impliedOperand,
                invalidIn64, lockable, obsolete, noSizeGuess, bnd, shortIfReaches, operandSize, noRexW, addressSize,
                wait, mandatory, op, plusRegister, modrm, imm1, imm2, vex, vexMap, vexPp, vexW, vexL);
    }

    private static int immediateKind(String token) {
        switch (token) {
            case "ib": return InstructionForm.IB;
            case "ibs": return InstructionForm.IB_SIGNED;
            case "ibu": return InstructionForm.IB_UNSIGNED;
            case "iw": return InstructionForm.IW;
            case "id": case "cp": return InstructionForm.ID;
            case "ids": return InstructionForm.ID_SIGNED;
            case "io": return InstructionForm.IQ;
            case "cb": return InstructionForm.REL8;
            case "cd": return InstructionForm.REL;
            case "moffs": return InstructionForm.MOFFS;
            default: return InstructionForm.IMM_NONE;
        }
    }
}
