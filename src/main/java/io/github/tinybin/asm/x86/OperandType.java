package io.github.tinybin.asm.x86;

/**
 * Operand types as bit sets, for both sides of a match: a form's operand (from the table) and an
 * instruction's operand (computed from {@link Operand}). A form operand matches when all its
 * non-size bits are present in the instruction operand's type and the sizes agree; subclass bits
 * single out special registers (the accumulator, cl, dx) and special immediates (1, values that fit
 * a sign-extended byte or a dword), which is how the table expresses nasm -Ox's short forms.
 */
final class OperandType {
    // sizes; near/far/short live here too, as in nasm, so "jmp short" matches only "short:imm"
    static final long BITS8 = 1L;
    static final long BITS16 = 1L << 1;
    static final long BITS32 = 1L << 2;
    static final long BITS64 = 1L << 3;
    static final long BITS80 = 1L << 4;
    static final long BITS128 = 1L << 5;
    static final long FAR = 1L << 6;
    static final long NEAR = 1L << 7;
    static final long SHORT = 1L << 8;
    static final long SIZE_MASK = (1L << 9) - 1;

    static final long REGISTER = 1L << 10;
    static final long IMMEDIATE = 1L << 11;
    static final long REGMEM = 1L << 12;
    static final long MEMORY = (1L << 13) | REGMEM;

    static final long CLASS_GPR = 1L << 14;
    static final long CLASS_SREG = 1L << 15;
    /** Control, debug and test registers. */
    static final long CLASS_CDT = 1L << 16;

    static final long SUB0 = 1L << 17;
    static final long SUB1 = 1L << 18;
    static final long SUB2 = 1L << 19;
    static final long SUB3 = 1L << 20;
    static final long SUB4 = 1L << 21;
    static final long SUB5 = 1L << 22;

    static final long RM_GPR = CLASS_GPR | REGMEM;
    static final long REG_GPR = CLASS_GPR | REGMEM | REGISTER;
    /** Memory that can stand for any r/m operand. */
    static final long MEMORY_ANY = MEMORY | RM_GPR;
    /** A plain [address]: mov's moffs forms. */
    static final long MEM_OFFS = SUB1 | MEMORY;

    static final long UNITY = SUB0 | IMMEDIATE;
    static final long SBYTEWORD = SUB1 | IMMEDIATE;
    static final long SBYTEDWORD = SUB2 | IMMEDIATE;
    static final long SDWORD = SUB3 | IMMEDIATE;
    static final long UDWORD = SUB4 | IMMEDIATE;

    private static final long ACCUMULATOR = SUB1;
    private static final long NOT_ACCUMULATOR = SUB5;
    private static final long COUNTER = SUB5 | SUB2;
    private static final long DATA = SUB5 | SUB3;
    private static final long HIGH = SUB5 | SUB4;

    private OperandType() {
    }

    static long sizeBits(int bits) {
        switch (bits) {
            case 8: return BITS8;
            case 16: return BITS16;
            case 32: return BITS32;
            case 64: return BITS64;
            case 80: return BITS80;
            case 128: return BITS128;
            default: return 0;
        }
    }

    /** The type of register {@code r} as an instruction operand. */
    static long ofRegister(Register r) {
        switch (r.kind()) {
            case GENERAL: {
                long sub;
                if (r.forbidsRex()) {
                    sub = HIGH;
                } else if (r.number() == 0) {
                    sub = ACCUMULATOR;
                } else if (r.number() == 1 && !r.needsRex()) {
                    sub = COUNTER;
                } else if (r.number() == 2 && !r.needsRex()) {
                    sub = DATA;
                } else {
                    sub = NOT_ACCUMULATOR;
                }
                return sub | REG_GPR | sizeBits(r.bits());
            }
            case SEGMENT:
                return segmentSubclass(r) | CLASS_SREG | BITS16 | REGISTER;
            case CONTROL:
                return SUB1 | CLASS_CDT | BITS32 | REGISTER;
            case DEBUG:
                return SUB2 | CLASS_CDT | BITS32 | REGISTER;
            default:
                return 0; // rip: no operand form accepts it
        }
    }

    private static long segmentSubclass(Register r) {
        switch (r) {
            case ES: return SUB0 | SUB2;
            case CS: return SUB1 | SUB2;
            case SS: return SUB0 | SUB3;
            case DS: return SUB1 | SUB3;
            case FS: return SUB0 | SUB4;
            default: return SUB1 | SUB4; // GS
        }
    }

    static long distanceBits(Operand.Distance d) {
        switch (d) {
            case SHORT: return SHORT;
            case NEAR: return NEAR;
            case FAR: return FAR;
            default: return 0;
        }
    }

    /**
     * The type of an immediate: with the optimiser's subclasses when the value is a plain number
     * (or still unknown: nasm is optimistic until the value is known), none when it is an address.
     */
    static long ofImmediate(Operand o) {
        long type = IMMEDIATE | sizeBits(o.sizeBits) | distanceBits(o.distance);
        if (!o.known) {
            if (!o.strict) {
                type |= UNITY | SBYTEWORD | SBYTEDWORD | UDWORD | SDWORD;
            }
        } else if (!o.relocatable) {
            long n = o.value;
            if (n == 1) {
                type |= UNITY;
            }
            if (!o.strict) {
                if (((n + 128) & 0xffffffffL) <= 255) {
                    type |= SBYTEDWORD;
                }
                if (((n + 128) & 0xffffL) <= 255) {
                    type |= SBYTEWORD;
                }
                if (Long.compareUnsigned(n, 0xffffffffL) <= 0) {
                    type |= UDWORD;
                }
                if (Long.compareUnsigned(n + 0x80000000L, 0xffffffffL) <= 0) {
                    type |= SDWORD;
                }
            }
        }
        return type;
    }

    /**
     * Parses a form-table operand such as {@code r/m32}, {@code AL}, {@code simm8} or {@code near:imm}
     * (the notation is described in the table's header).
     */
    static long parse(String token) {
        int colon = token.indexOf(':');
        if (colon < 0) {
            return parseBase(token);
        }
        long distance;
        switch (token.substring(0, colon)) {
            case "short": distance = SHORT; break;
            case "near": distance = NEAR; break;
            case "far": distance = FAR; break;
            default: throw new IllegalArgumentException("unknown distance in " + token);
        }
        return parseBase(token.substring(colon + 1)) | distance;
    }

    private static long parseBase(String t) {
        switch (t) {
            case "r8": return REG_GPR | BITS8;
            case "r16": return REG_GPR | BITS16;
            case "r32": return REG_GPR | BITS32;
            case "r64": return REG_GPR | BITS64;
            case "r32!EAX": return NOT_ACCUMULATOR | REG_GPR | BITS32;
            case "r/m8": return RM_GPR | BITS8;
            case "r/m16": return RM_GPR | BITS16;
            case "r/m32": return RM_GPR | BITS32;
            case "r/m64": return RM_GPR | BITS64;
            case "m": return MEMORY;
            case "m8": return MEMORY | BITS8;
            case "m16": return MEMORY | BITS16;
            case "m32": return MEMORY | BITS32;
            case "m64": return MEMORY | BITS64;
            case "m80": return MEMORY | BITS80;
            case "m128": return MEMORY | BITS128;
            case "moffs": return MEM_OFFS;
            case "imm": return IMMEDIATE;
            case "imm8": return IMMEDIATE | BITS8;
            case "imm16": return IMMEDIATE | BITS16;
            case "imm32": return IMMEDIATE | BITS32;
            case "imm64": return IMMEDIATE | BITS64;
            case "1": return UNITY;
            case "simm8w": return SBYTEWORD;
            case "simm8w.16": return SBYTEWORD | BITS16;
            case "simm8": return SBYTEDWORD;
            case "simm8.32": return SBYTEDWORD | BITS32;
            case "simm8.64": return SBYTEDWORD | BITS64;
            case "simm32": return SDWORD;
            case "uimm32": return UDWORD;
            case "AL": return ACCUMULATOR | REG_GPR | BITS8;
            case "AX": return ACCUMULATOR | REG_GPR | BITS16;
            case "EAX": return ACCUMULATOR | REG_GPR | BITS32;
            case "RAX": return ACCUMULATOR | REG_GPR | BITS64;
            case "CL": return COUNTER | REG_GPR | BITS8;
            case "CX": return COUNTER | REG_GPR | BITS16;
            case "ECX": return COUNTER | REG_GPR | BITS32;
            case "RCX": return COUNTER | REG_GPR | BITS64;
            case "DX": return DATA | REG_GPR | BITS16;
            case "EDX": return DATA | REG_GPR | BITS32;
            case "Sreg": return CLASS_SREG | BITS16 | REGISTER;
            case "ES": return SUB0 | SUB2 | CLASS_SREG | BITS16 | REGISTER;
            case "CS": return SUB1 | SUB2 | CLASS_SREG | BITS16 | REGISTER;
            case "SS": return SUB0 | SUB3 | CLASS_SREG | BITS16 | REGISTER;
            case "DS": return SUB1 | SUB3 | CLASS_SREG | BITS16 | REGISTER;
            case "FS": return SUB0 | SUB4 | CLASS_SREG | BITS16 | REGISTER;
            case "GS": return SUB1 | SUB4 | CLASS_SREG | BITS16 | REGISTER;
            case "CRn": return SUB1 | CLASS_CDT | BITS32 | REGISTER;
            case "DRn": return SUB2 | CLASS_CDT | BITS32 | REGISTER;
            case "TRn": return SUB3 | CLASS_CDT | BITS32 | REGISTER;
            default: throw new IllegalArgumentException("unknown operand type " + t);
        }
    }

    static boolean isRegister(long type) {
        return (type & REGISTER) != 0;
    }
}
