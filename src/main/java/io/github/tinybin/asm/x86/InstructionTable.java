package io.github.tinybin.asm.x86;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction forms, read once from {@code instructions.txt} (same package) and grouped by
 * mnemonic in table order; the matcher takes the first form that fits, so the table lists the
 * shorter encodings nasm -Ox prefers before the general ones.
 *
 * <p>Line format (see the resource's header): {@code MNEMONIC[|ALIAS...] OPERANDS [ROLES: ENCODING] FLAG,FLAG...}.
 * A mnemonic containing {@code CC} expands to every condition spelling, with {@code +c} in the
 * encoding adding the condition number to an opcode byte.
 */
final class InstructionTable {
    private static final String RESOURCE = "instructions.txt";

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

    private static final Map<String, InstructionForm[]> FORMS = load();
    /**
     * Per mnemonic and operand shape, the forms that can match at all, in table order: the matcher
     * looks only at these. Forms left out could only have failed as "invalid combination", the
     * weakest failure, so the reported error is the same.
     */
    private static final Map<String, InstructionForm[][]> BY_SHAPE = byShape(FORMS);

    private InstructionTable() {
    }

    /** The forms of {@code mnemonic} (lower case) in preference order, or null if unknown. */
    static InstructionForm[] forms(String mnemonic) {
        return FORMS.get(mnemonic);
    }

    /** The forms of {@code mnemonic} that accept operands of {@code shape}, or null if the mnemonic is unknown. */
    static InstructionForm[] candidates(String mnemonic, int shape) {
        InstructionForm[][] shapes = BY_SHAPE.get(mnemonic);
        return shapes == null ? null : shapes[shape];
    }

    static int shapeBase(int operandCount) {
        return SHAPE_BASE[operandCount];
    }

    private static Map<String, InstructionForm[][]> byShape(Map<String, InstructionForm[]> forms) {
        Map<String, InstructionForm[][]> result = new HashMap<>(forms.size() * 2);
        List<InstructionForm> fitting = new ArrayList<>();
        for (Map.Entry<String, InstructionForm[]> e : forms.entrySet()) {
            InstructionForm[][] shapes = new InstructionForm[SHAPES][];
            for (int count = 0; count <= Instruction.MAX_OPERANDS; count++) {
                int combinations = (int) Math.pow(3, count);
                for (int c = 0; c < combinations; c++) {
                    fitting.clear();
                    for (InstructionForm form : e.getValue()) {
                        if (form.types.length == count && accepts(form, c)) {
                            fitting.add(form);
                        }
                    }
                    shapes[SHAPE_BASE[count] + c] = fitting.isEmpty() ? NONE : fitting.toArray(NONE);
                }
            }
            result.put(e.getKey(), shapes);
        }
        return result;
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

    private static Map<String, InstructionForm[]> load() {
        Map<String, List<InstructionForm>> byMnemonic = new LinkedHashMap<>();
        try (InputStream in = InstructionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.trim();
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    parseLine(line, byMnemonic);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, InstructionForm[]> result = new HashMap<>(byMnemonic.size() * 2);
        for (Map.Entry<String, List<InstructionForm>> e : byMnemonic.entrySet()) {
            result.put(e.getKey(), e.getValue().toArray(new InstructionForm[0]));
        }
        return result;
    }

    private static void parseLine(String line, Map<String, List<InstructionForm>> byMnemonic) {
        int open = line.indexOf('[');
        int close = line.indexOf(']', open);
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException("expected [roles: encoding]");
        }
        String[] head = line.substring(0, open).trim().split("\\s+");
        String names = head[0];
        String operands = head.length > 1 ? head[1] : "void";
        String encoding = line.substring(open + 1, close);
        String flags = line.substring(close + 1).trim();
        for (String name : names.split("\\|")) {
            if (name.contains("CC")) {
                for (String[] cc : CONDITIONS) {
                    add(byMnemonic, name.replace("CC", cc[0]), operands, encoding, flags, Integer.parseInt(cc[1]));
                }
            } else {
                add(byMnemonic, name, operands, encoding, flags, -1);
            }
        }
    }

    private static void add(Map<String, List<InstructionForm>> byMnemonic, String mnemonic, String operands,
            String encoding, String flags, int condition) {
        byMnemonic.computeIfAbsent(mnemonic, k -> new ArrayList<>())
                .add(compile(mnemonic, operands, encoding, flags, condition));
    }

    private static InstructionForm compile(String mnemonic, String operandText, String encoding, String flagText,
            int condition) {
        long[] types;
        if (operandText.equals("void")) {
            types = new long[0];
        } else {
            String[] tokens = operandText.split(",");
            types = new long[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                types[i] = OperandType.parse(tokens[i]);
            }
        }
        int colon = encoding.indexOf(':');
        String roleText = colon < 0 ? "" : encoding.substring(0, colon).trim();
        String codeText = colon < 0 ? encoding : encoding.substring(colon + 1);
        byte[] roles = new byte[types.length];
        int operand = 0;
        for (int i = 0; i < roleText.length(); i++) {
            char r = roleText.charAt(i);
            if (r == '+') {
                // "r+m": one operand in both ModRM fields
                if (roles[operand - 1] != InstructionForm.ROLE_REG || roleText.charAt(i + 1) != 'm') {
                    throw new IllegalArgumentException("unsupported role " + roleText);
                }
                roles[operand - 1] = InstructionForm.ROLE_REG_AND_RM;
                i++;
                continue;
            }
            if (operand >= roles.length) {
                throw new IllegalArgumentException("roles '" + roleText + "' do not match " + types.length + " operands");
            }
            switch (r) {
                case '-': roles[operand] = InstructionForm.ROLE_NONE; break;
                case 'r': roles[operand] = InstructionForm.ROLE_REG; break;
                case 'm': roles[operand] = InstructionForm.ROLE_RM; break;
                case 'i': roles[operand] = InstructionForm.ROLE_IMM; break;
                case 'j': roles[operand] = InstructionForm.ROLE_IMM2; break;
                case 'v': roles[operand] = InstructionForm.ROLE_VVVV; break;
                default: throw new IllegalArgumentException("unknown role " + r);
            }
            operand++;
        }
        if (operand != types.length) {
            throw new IllegalArgumentException("roles '" + roleText + "' do not match " + types.length + " operands");
        }

        int operandSize = InstructionForm.OS_NONE;
        boolean noRexW = false;
        int addressSize = InstructionForm.AS_NONE;
        boolean wait = false;
        boolean shortIfReachable = false;
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
        for (String token : codeText.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
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
                case "o16": operandSize = InstructionForm.OS_16; continue;
                case "o32": operandSize = InstructionForm.OS_32; continue;
                case "odf": operandSize = InstructionForm.OS_DEFAULT; continue;
                case "o64nw":
                    // after o16/o32 ("lar r16, r64") it only drops REX.W
                    if (operandSize == InstructionForm.OS_NONE) {
                        operandSize = InstructionForm.OS_64_NO_W;
                    }
                    noRexW = true;
                    continue;
                case "norexw": noRexW = true; continue;
                case "o64": operandSize = InstructionForm.OS_64; continue;
                case "a16": addressSize = InstructionForm.AS_16; continue;
                case "a32": addressSize = InstructionForm.AS_32; continue;
                case "a64": addressSize = InstructionForm.AS_64; continue;
                case "f2i": mandatory = 0xf2; continue;
                case "f3i": mandatory = 0xf3; continue;
                case "wait": wait = true; continue;
                case "jmp8": case "jcc8": shortIfReachable = true; continue;
                case "/r": modrm = InstructionForm.MODRM_REG; continue;
                // prefix restrictions and hints that change nothing nasm emits for us
                case "adf": case "hle": case "hlexr": case "hlenl": case "norexb": case "nof3":
                case "norep": case "np": case "repe": case "rex.l": case "seg":
                    continue;
                default: break;
            }
            if (token.length() == 2 && token.charAt(0) == '/') {
                modrm = token.charAt(1) - '0';
                continue;
            }
            if (token.startsWith("vex.")) {
                vex = true;
                for (String part : token.substring(4).split("\\.")) {
                    switch (part) {
                        case "nds": case "ndd": break;
                        case "lz": case "l0": vexL = 0; break;
                        case "l1": vexL = 1; break;
                        case "66": vexPp = 1; break;
                        case "f3": vexPp = 2; break;
                        case "f2": vexPp = 3; break;
                        case "0f": vexMap = 1; break;
                        case "0f38": vexMap = 2; break;
                        case "0f3a": vexMap = 3; break;
                        case "w0": vexW = 0; break;
                        case "w1": vexW = 1; break;
                        default: throw new IllegalArgumentException("unknown vex part " + part);
                    }
                }
                continue;
            }
            int value;
            if (token.endsWith("+r")) {
                value = Integer.parseInt(token.substring(0, 2), 16);
                plusRegister = true;
            } else if (token.endsWith("+c")) {
                if (condition < 0) {
                    throw new IllegalArgumentException("+c outside a CC mnemonic");
                }
                value = Integer.parseInt(token.substring(0, 2), 16) + condition;
            } else {
                value = Integer.parseInt(token, 16);
                if (!vex && opcodeLength == 0 && mandatory == 0 && (value == 0x66 || value == 0xf2 || value == 0xf3)) {
                    mandatory = value;
                    continue;
                }
            }
            opcode[opcodeLength++] = (byte) value;
        }

        boolean sizeMatch = false;
        boolean sizeMatch2 = false;
        long impliedSize = 0;
        int impliedOperand = -1;
        boolean noLong = false;
        boolean lockable = false;
        boolean obsolete = false;
        boolean noFuzzy = false;
        boolean bnd = false;
        for (String flag : flagText.split(",")) {
            switch (flag.trim()) {
                case "SM": sizeMatch = true; break;
                case "SM2": sizeMatch2 = true; break;
                case "SB": impliedSize = OperandType.BITS8; break;
                case "SW": impliedSize = OperandType.BITS16; break;
                case "SD": impliedSize = OperandType.BITS32; break;
                case "SQ": impliedSize = OperandType.BITS64; break;
                case "SO": impliedSize = OperandType.BITS128; break;
                case "SIZE": impliedSize = OperandType.BITS64; break; // the mode's size
                case "ANYSIZE": impliedSize = OperandType.SIZE_MASK; break;
                case "AR0": impliedOperand = 0; break;
                case "AR1": impliedOperand = 1; break;
                case "AR2": impliedOperand = 2; break;
                case "NOLONG": noLong = true; break;
                case "LOCK": lockable = true; break;
                case "OBSOLETE": obsolete = true; break;
                case "SX": noFuzzy = true; break;
                case "BND": bnd = true; break;
                default: break; // cpu levels and documentation flags
            }
        }
        byte[] op = new byte[opcodeLength];
        System.arraycopy(opcode, 0, op, 0, opcodeLength);
        return new InstructionForm(mnemonic, types, roles, sizeMatch, sizeMatch2, impliedSize, impliedOperand, noLong,
                lockable, obsolete, noFuzzy, bnd, shortIfReachable, operandSize, noRexW, addressSize, wait, mandatory, op,
                plusRegister, modrm, imm1, imm2, vex, vexMap, vexPp, vexW, vexL);
    }

    private static int immediateKind(String token) {
        switch (token) {
            case "ib": return InstructionForm.IB;
            case "ib,s": return InstructionForm.IB_SIGNED;
            case "ib,u": return InstructionForm.IB_UNSIGNED;
            case "iw": return InstructionForm.IW;
            case "id": case "iwd": return InstructionForm.ID;
            case "id,s": return InstructionForm.ID_SIGNED;
            case "iq": return InstructionForm.IQ;
            case "rel8": return InstructionForm.REL8;
            case "rel": return InstructionForm.REL;
            case "iwdq": return InstructionForm.MOFFS;
            default: return InstructionForm.IMM_NONE;
        }
    }
}
