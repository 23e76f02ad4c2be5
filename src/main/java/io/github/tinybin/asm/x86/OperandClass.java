package io.github.tinybin.asm.x86;

/**
 * The operand classes an instruction form accepts, as written in the form table ({@code r32},
 * {@code rm64}, {@code sbyte32}, ...). Matching an operand against a class is the only
 * operand-dependent decision the matcher makes; the optimising classes ({@code sbyte*},
 * {@code udword64}, {@code sdword64}) encode nasm -Ox's immediate shortening.
 */
enum OperandClass {
    R8("r8", 8), R16("r16", 16), R32("r32", 32), R64("r64", 64),
    /** A 32-bit register other than eax ({@code xchg eax, eax} must not become {@code 90}, a nop). */
    R32_NOT_EAX("r32na", 32),
    RM8("rm8", 8), RM16("rm16", 16), RM32("rm32", 32), RM64("rm64", 64),
    /** Memory of any size; the size keyword is not checked (lea, lgdt, invlpg, mov to sreg). */
    MEM("m", 0),
    M8("m8", 8), M16("m16", 16), M32("m32", 32), M64("m64", 64), M80("m80", 80), M128("m128", 128),
    IMM8("imm8", 8), IMM16("imm16", 16), IMM32("imm32", 32), IMM64("imm64", 64),
    /** Immediates the -Ox optimiser may encode as a sign-extended byte for a 16/32/64-bit operation. */
    SBYTE16("sbyte16", 16), SBYTE32("sbyte32", 32), SBYTE64("sbyte64", 64),
    /** {@code mov r64, imm} that fits in 32 bits unsigned: encoded as {@code mov r32, imm32}. */
    UDWORD64("udword64", 64),
    /** {@code mov r64, imm} that fits in 32 bits signed: encoded as {@code mov r/m64, simm32}. */
    SDWORD64("sdword64", 64),
    /** The constant 1 (shift by one). */
    UNITY("1", 0),
    AL("al", 8), AX("ax", 16), EAX("eax", 32), RAX("rax", 64), CL("cl", 8), DX("dx", 16),
    SREG("sreg", 16), FS("fs", 16), GS("gs", 16),
    /** es, cs, ss, ds: push/pop of these exist only outside 64-bit mode. */
    SREG_LEGACY("sreg_legacy", 16),
    CREG("creg", 64), DREG("dreg", 64),
    /** A memory operand written with {@code far}: an indirect far pointer (16/32/64-bit offset; unsized = 64). */
    MFAR16("mfar16", 0), MFAR32("mfar32", 0), MFAR64("mfar64", 0),
    /** An immediate written with {@code far} (jmp far 0x1000): only outside 64-bit mode. */
    IMMFAR("immfar", 0),
    REL8("rel8", 0), REL32("rel32", 0),
    /** An absolute address written with a 64-bit displacement ({@code [qword 0x10]}): mov's moffs forms. */
    MOFFS("moffs", 0);

    final String token;
    /** Operand size in bits this class stands for, 0 when it has none. */
    final int bits;

    OperandClass(String token, int bits) {
        this.token = token;
        this.bits = bits;
    }

    static OperandClass byToken(String token) {
        for (OperandClass c : values()) {
            if (c.token.equals(token)) {
                return c;
            }
        }
        return null;
    }

    boolean isRegisterOrMemory() {
        return this == RM8 || this == RM16 || this == RM32 || this == RM64;
    }

    boolean isMemoryOnly() {
        return this == MEM || this == MFAR16 || this == MFAR32 || this == MFAR64 || this == M8 || this == M16 || this == M32 || this == M64 || this == M80
                || this == M128 || this == MOFFS;
    }

    boolean isImmediate() {
        switch (this) {
            case IMM8: case IMM16: case IMM32: case IMM64: case SBYTE16: case SBYTE32: case SBYTE64:
            case UDWORD64: case SDWORD64: case UNITY:
                return true;
            default:
                return false;
        }
    }

    boolean isBranch() {
        return this == REL8 || this == REL32;
    }

    /** A general-purpose register or r/m slot whose size fixes the operation size. */
    boolean isSizedGeneral() {
        switch (this) {
            case R8: case R16: case R32: case R32_NOT_EAX: case R64: case RM8: case RM16: case RM32: case RM64:
            case AL: case AX: case EAX: case RAX:
                return true;
            default:
                return false;
        }
    }
}
