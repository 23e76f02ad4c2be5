package io.github.tinybin.asm.x86;

/**
 * One line of the form table, compiled: operand types, match flags and the encoding recipe.
 * Immutable; built once at class load by {@link InstructionTable}.
 */
final class InstructionForm {
    /** Where an operand goes in the encoding. */
    static final byte ROLE_NONE = 0;        // implicit: the al of "add al, imm", the cl of "shl r/m, cl"
    static final byte ROLE_REG = 1;         // ModRM.reg (Op/En R), or added to the opcode (O, "+rd")
    static final byte ROLE_RM = 2;          // ModRM.rm, register or memory
    static final byte ROLE_REG_AND_RM = 3;  // both ("imul eax, 10")
    static final byte ROLE_IMM = 4;         // first immediate / branch target / moffs address
    static final byte ROLE_IMM2 = 5;        // second immediate (enter)
    static final byte ROLE_VVVV = 6;        // VEX.vvvv

    /** Immediate kinds, in encoding order of the roles i and j. */
    static final int IMM_NONE = 0;
    static final int IB = 1;           // byte, wraps: warns outside -256..255
    static final int IB_SIGNED = 2;    // sign-extended byte of a 16/32/64-bit operation
    static final int IB_UNSIGNED = 3;  // byte, warns outside 0..255
    static final int IW = 4;
    static final int ID = 5;
    static final int ID_SIGNED = 6;    // dword sign-extended to 64 bits
    static final int IQ = 7;
    static final int REL8 = 8;
    static final int REL = 9;          // rel32 in 64-bit mode
    static final int MOFFS = 10;       // absolute address of the address size

    /** Operand-size codes. */
    static final int OS_NONE = 0;
    static final int OS_16 = 1;
    static final int OS_32 = 2;
    /** The mode's default size, no prefix (near branches, iret). */
    static final int OS_DEFAULT = 3;
    /** 64-bit by default (os64): no REX.W, and an explicit o64 prefix sets none either. */
    static final int OS_64_NO_W = 4;
    static final int OS_64 = 5;

    /** Address-size codes. */
    static final int AS_NONE = 0;
    static final int AS_16 = 1;
    static final int AS_32 = 2;
    static final int AS_64 = 3;

    static final int MODRM_NONE = -1;
    static final int MODRM_REG = -2;

    final String mnemonic;
    final long[] types;
    final byte[] roles;

    // matching
    final boolean sizeMatch;
    final boolean sizeMatchFirstTwo;
    /** Size implied for unsized operands (the default-size flag), 0 if none. */
    final long impliedSize;
    /** The one operand the implied size applies to, or -1 for all. */
    final int impliedSizeOperand;
    final boolean invalidIn64;
    final boolean lockable;
    final boolean obsolete;
    /** Not a candidate for guessing an operand size. */
    final boolean noFuzzy;
    /** A branch that accepts a bnd prefix and so refuses repne. */
    final boolean bnd;
    /** Matches only when the short (rel8) branch reaches: short-if-reaches. */
    final boolean shortIfReachable;

    // encoding
    final int operandSize;
    /** os64 or no-REX.W: no REX.W even for 64-bit registers or an explicit o64 prefix. */
    final boolean noRexW;
    final int addressSize;
    final boolean waitPrefix;
    /** Mandatory prefix written after the operand-size prefix (66m, or F2/F3 before the opcode), 0 if none. */
    final int mandatoryPrefix;
    final byte[] opcode;
    /** The operand with role r is added to the last opcode byte. */
    final boolean opcodePlusRegister;
    final int modrm;
    final int immediate;
    final int immediate2;
    final boolean vex;
    final int vexMap;   // 1 = 0f, 2 = 0f38, 3 = 0f3a
    final int vexPp;    // 0 none, 1 = 66, 2 = f3, 3 = f2
    final int vexW;
    final int vexL;

    InstructionForm(String mnemonic, long[] types, byte[] roles, boolean sizeMatch, boolean sizeMatchFirstTwo,
            long impliedSize, int impliedSizeOperand, boolean invalidIn64, boolean lockable, boolean obsolete,
            boolean noFuzzy, boolean bnd, boolean shortIfReachable, int operandSize, boolean noRexW, int addressSize,
            boolean waitPrefix, int mandatoryPrefix, byte[] opcode, boolean opcodePlusRegister, int modrm,
            int immediate, int immediate2, boolean vex, int vexMap, int vexPp, int vexW, int vexL) {
        this.mnemonic = mnemonic;
        this.types = types;
        this.roles = roles;
        this.sizeMatch = sizeMatch;
        this.sizeMatchFirstTwo = sizeMatchFirstTwo;
        this.impliedSize = impliedSize;
        this.impliedSizeOperand = impliedSizeOperand;
        this.invalidIn64 = invalidIn64;
        this.lockable = lockable;
        this.obsolete = obsolete;
        this.noFuzzy = noFuzzy;
        this.bnd = bnd;
        this.shortIfReachable = shortIfReachable;
        this.operandSize = operandSize;
        this.noRexW = noRexW;
        this.addressSize = addressSize;
        this.waitPrefix = waitPrefix;
        this.mandatoryPrefix = mandatoryPrefix;
        this.opcode = opcode;
        this.opcodePlusRegister = opcodePlusRegister;
        this.modrm = modrm;
        this.immediate = immediate;
        this.immediate2 = immediate2;
        this.vex = vex;
        this.vexMap = vexMap;
        this.vexPp = vexPp;
        this.vexW = vexW;
        this.vexL = vexL;
    }

    int operandCount() {
        return types.length;
    }

    /** The kind of immediate the operand with {@code role} carries. */
    int immediateFor(byte role) {
        return role == ROLE_IMM ? immediate : role == ROLE_IMM2 ? immediate2 : IMM_NONE;
    }
}
