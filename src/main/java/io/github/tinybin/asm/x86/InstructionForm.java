package io.github.tinybin.asm.x86;

/**
 * One line of the form table, compiled: the operand classes it accepts and how to encode them.
 * Immutable; built once at class load by {@link InstructionTable}.
 */
final class InstructionForm {
    /** Where an operand goes in the encoding. */
    static final byte ROLE_NONE = 0;       // implicit (al in "add al, imm8", cl in "shl r/m, cl", the 1 of "shl r/m, 1")
    static final byte ROLE_REG = 1;        // ModRM.reg
    static final byte ROLE_RM = 2;         // ModRM.rm (register or memory)
    static final byte ROLE_IMM = 3;        // first immediate
    static final byte ROLE_IMM2 = 4;       // second immediate (enter)
    static final byte ROLE_VVVV = 5;       // VEX.vvvv
    static final byte ROLE_OPCODE_REG = 6; // added to the last opcode byte
    static final byte ROLE_BRANCH = 7;     // relative displacement
    static final byte ROLE_MOFFS = 8;      // absolute address after the opcode
    static final byte ROLE_REG_AND_RM = 9; // one register in both ModRM fields ("imul eax, 10")

    /** Immediate kinds. */
    static final int IMM_NONE = 0;
    static final int IB = 1;        // byte, any sign
    static final int IB_SIGNED = 2; // byte sign-extended to the operation size
    static final int IB_UNSIGNED = 3;
    static final int IW = 4;
    static final int ID = 5;
    static final int ID_SIGNED = 6; // dword sign-extended to 64 bits
    static final int IQ = 7;

    /** No ModRM byte / ModRM.reg comes from an operand; otherwise the /digit. */
    static final int MODRM_NONE = -1;
    static final int MODRM_REG = -2;

    final String mnemonic;
    final OperandClass[] classes;
    final byte[] roles;
    /** 16 (0x66), 32, 64 (REX.W) or 0 (no operand size of its own). */
    final int operandSize;
    /** Operation defaults to 64 bits (push, pop, near branches): 64 needs no REX.W. */
    final boolean default64;
    /** 0x66, 0xf2, 0xf3 as part of the opcode, or 0. */
    final int mandatoryPrefix;
    final byte[] opcode;
    final int modrm;
    final int immediate;
    final int immediate2;
    /** 8 or 32 for relative branches, else 0. */
    final int branchBits;
    /** The form needs the 0x67 address-size prefix (jecxz). */
    final boolean addressSize32;
    final boolean vex;
    final int vexMap;   // 1 = 0f, 2 = 0f38, 3 = 0f3a
    final int vexPp;    // 0 none, 1 = 66, 2 = f3, 3 = f2
    final int vexW;
    final int vexL;
    /** The form exists only outside 64-bit mode: matching it is nasm's "not supported in 64-bit mode". */
    final boolean invalidIn64;
    /** All sized operands share one size, so an unsized memory operand takes it from the others. */
    final boolean sizeMatch;
    /** The operation size for the size-match and fuzzy-size rules (the r/m slot's size), 0 if none. */
    final int matchSize;
    /** lock is accepted. */
    final boolean lockable;
    /** nasm warns "instruction obsolete and removed from the target CPU". */
    final boolean obsolete;

    InstructionForm(String mnemonic, OperandClass[] classes, byte[] roles, int operandSize, boolean default64,
            int mandatoryPrefix, byte[] opcode, int modrm, int immediate, int immediate2, int branchBits,
            boolean addressSize32, boolean vex, int vexMap, int vexPp, int vexW, int vexL,
            boolean invalidIn64, boolean lockable, boolean obsolete, boolean noSizeMatch) {
        this.mnemonic = mnemonic;
        this.classes = classes;
        this.roles = roles;
        this.operandSize = operandSize;
        this.default64 = default64;
        this.mandatoryPrefix = mandatoryPrefix;
        this.opcode = opcode;
        this.modrm = modrm;
        this.immediate = immediate;
        this.immediate2 = immediate2;
        this.branchBits = branchBits;
        this.addressSize32 = addressSize32;
        this.vex = vex;
        this.vexMap = vexMap;
        this.vexPp = vexPp;
        this.vexW = vexW;
        this.vexL = vexL;
        this.invalidIn64 = invalidIn64;
        this.lockable = lockable;
        this.obsolete = obsolete;
        int size = 0;
        boolean same = true;
        int sized = 0;
        for (OperandClass c : classes) {
            int bits = sizeForMatching(c, operandSize);
            if (bits == 0) {
                continue;
            }
            sized++;
            if (size == 0) {
                size = bits;
            } else if (size != bits) {
                same = false;
            }
        }
        this.sizeMatch = same && sized >= 2 && !noSizeMatch;
        int rmSize = 0;
        for (OperandClass c : classes) {
            if (c.isRegisterOrMemory() || (c.isMemoryOnly() && c.bits != 0)) {
                rmSize = c.bits;
            }
        }
        this.matchSize = rmSize;
    }

    /** The size an operand class contributes to the size-match rule. */
    private static int sizeForMatching(OperandClass c, int operandSize) {
        switch (c) {
            case SBYTE16: case SBYTE32: case SBYTE64: case UDWORD64: case SDWORD64:
                return c.bits;
            case IMM8: case IMM16: case IMM32: case IMM64:
                // an imm32 of a 64-bit operation is sign-extended: it is still a 64-bit operand
                return operandSize != 0 && c.bits >= 16 ? operandSize : c.bits;
            case UNITY: case CL: case DX: case REL8: case REL32: case MEM: case MOFFS:
            case SREG: case FS: case GS: case SREG_LEGACY: case CREG: case DREG: case MFAR16: case MFAR32: case MFAR64:
            case IMMFAR:
                return 0;
            default:
                return c.bits;
        }
    }

    int operandCount() {
        return classes.length;
    }
}
