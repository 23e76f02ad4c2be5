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
 * <p>Line format (see the resource's header): {@code MNEMONIC[|ALIAS...] OPERANDS [ROLES: ENCODING] FLAGS}.
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

    private static final Map<String, InstructionForm[]> FORMS = load();

    private InstructionTable() {
    }

    /** The forms of {@code mnemonic} (lower case) in preference order, or null if unknown. */
    static InstructionForm[] forms(String mnemonic) {
        return FORMS.get(mnemonic);
    }

    static Iterable<String> mnemonics() {
        return FORMS.keySet();
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
        String operands = head.length > 1 ? head[1] : "";
        String encoding = line.substring(open + 1, close);
        String[] flags = line.substring(close + 1).trim().split("\\s+");
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
            String encoding, String[] flags, int condition) {
        byMnemonic.computeIfAbsent(mnemonic, k -> new ArrayList<>())
                .add(compile(mnemonic, operands, encoding, flags, condition));
    }

    private static InstructionForm compile(String mnemonic, String operandText, String encoding, String[] flags,
            int condition) {
        OperandClass[] classes;
        if (operandText.isEmpty() || operandText.equals("void")) {
            classes = new OperandClass[0];
        } else {
            String[] tokens = operandText.split(",");
            classes = new OperandClass[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                classes[i] = OperandClass.byToken(tokens[i]);
                if (classes[i] == null) {
                    throw new IllegalArgumentException("unknown operand class " + tokens[i]);
                }
            }
        }
        int colon = encoding.indexOf(':');
        String roleText = encoding.substring(0, colon).trim();
        if (roleText.length() != classes.length) {
            throw new IllegalArgumentException("roles '" + roleText + "' do not match " + classes.length + " operands");
        }
        byte[] roles = new byte[classes.length];
        boolean firstImmediate = true;
        for (int i = 0; i < roles.length; i++) {
            char r = roleText.charAt(i);
            switch (r) {
                case '-': roles[i] = InstructionForm.ROLE_NONE; break;
                case 'r': roles[i] = InstructionForm.ROLE_REG; break;
                case 'R': roles[i] = InstructionForm.ROLE_REG_AND_RM; break;
                case 'm': roles[i] = InstructionForm.ROLE_RM; break;
                case 'i':
                    roles[i] = firstImmediate ? InstructionForm.ROLE_IMM : InstructionForm.ROLE_IMM2;
                    firstImmediate = false;
                    break;
                case 'v': roles[i] = InstructionForm.ROLE_VVVV; break;
                case 'o': roles[i] = InstructionForm.ROLE_OPCODE_REG; break;
                case 'j': roles[i] = InstructionForm.ROLE_BRANCH; break;
                case 'x': roles[i] = InstructionForm.ROLE_MOFFS; break;
                default: throw new IllegalArgumentException("unknown role " + r);
            }
        }
        int operandSize = 0;
        boolean default64 = false;
        int mandatory = 0;
        byte[] opcode = new byte[4];
        int opcodeLength = 0;
        int modrm = InstructionForm.MODRM_NONE;
        int imm1 = InstructionForm.IMM_NONE;
        int imm2 = InstructionForm.IMM_NONE;
        int branchBits = 0;
        boolean a32 = false;
        boolean vex = false;
        int vexMap = 0;
        int vexPp = 0;
        int vexW = 0;
        int vexL = 0;
        for (String token : encoding.substring(colon + 1).trim().split("\\s+")) {
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
                case "o16": operandSize = 16; continue;
                case "o32": operandSize = 32; continue;
                case "o64": operandSize = 64; continue;
                case "o64nw": operandSize = 64; default64 = true; continue;
                case "a32": a32 = true; continue;
                case "/r": modrm = InstructionForm.MODRM_REG; continue;
                case "rel8": branchBits = 8; continue;
                case "rel32": branchBits = 32; continue;
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
            if (token.endsWith("+r") || token.endsWith("+c")) {
                value = Integer.parseInt(token.substring(0, 2), 16);
                if (token.endsWith("+c")) {
                    if (condition < 0) {
                        throw new IllegalArgumentException("+c outside a CC mnemonic");
                    }
                    value += condition;
                }
            } else {
                value = Integer.parseInt(token, 16);
                if (!vex && opcodeLength == 0 && mandatory == 0 && (value == 0x66 || value == 0xf2 || value == 0xf3)) {
                    mandatory = value;
                    continue;
                }
            }
            opcode[opcodeLength++] = (byte) value;
        }
        boolean invalidIn64 = false;
        boolean lockable = false;
        boolean obsolete = false;
        boolean noSizeMatch = false;
        for (String flag : flags) {
            switch (flag) {
                case "": break;
                case "no64": invalidIn64 = true; break;
                case "lock": lockable = true; break;
                case "obsolete": obsolete = true; break;
                case "nosm": noSizeMatch = true; break;
                default: throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        byte[] op = new byte[opcodeLength];
        System.arraycopy(opcode, 0, op, 0, opcodeLength);
        return new InstructionForm(mnemonic, classes, roles, operandSize, default64, mandatory, op, modrm, imm1,
                imm2, branchBits, a32, vex, vexMap, vexPp, vexW, vexL, invalidIn64, lockable, obsolete, noSizeMatch);
    }

    private static int immediateKind(String token) {
        switch (token) {
            case "ib": return InstructionForm.IB;
            case "ib,s": return InstructionForm.IB_SIGNED;
            case "ib,u": return InstructionForm.IB_UNSIGNED;
            case "iw": return InstructionForm.IW;
            case "id": return InstructionForm.ID;
            case "id,s": return InstructionForm.ID_SIGNED;
            case "iq": return InstructionForm.IQ;
            default: return InstructionForm.IMM_NONE;
        }
    }
}
