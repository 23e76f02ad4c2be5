package io.github.tinybin.asm.x86;

/**
 * ModRM/SIB/displacement for a memory operand in 64-bit mode, as nasm -Ox builds them. The result
 * is packed in a long so that encoding allocates nothing; negative values are errors.
 */
final class EffectiveAddress {
    static final long ERROR_INVALID = -1;
    static final long ERROR_ADDRESS_SIZES = -2;
    /** nasm 2.16 has no rip register in expressions: {@code [rip]} is an undefined symbol there. */
    static final long ERROR_RIP = -3;

    private static final long HAS_SIB = 1L << 16;
    private static final int DISP_SHIFT = 17;
    static final long REX_X = 1L << 20;
    static final long REX_B = 1L << 21;
    static final long ADDRESS_32 = 1L << 22;
    static final long RIP_RELATIVE = 1L << 23;
    /** {@code rel} on a plain number: nasm falls back to an absolute address and warns. */
    static final long ABSOLUTE_FALLBACK = 1L << 24;
    /** A displacement size written on an absolute address, which nasm ignores with a warning. */
    static final long DISPLACEMENT_SIZE_IGNORED = 1L << 25;

    private static final int RSP = 4;
    private static final int RBP = 5;

    private EffectiveAddress() {
    }

    static int modrm(long ea) {
        return (int) (ea & 0xff);
    }

    static boolean hasSib(long ea) {
        return (ea & HAS_SIB) != 0;
    }

    static int sib(long ea) {
        return (int) ((ea >>> 8) & 0xff);
    }

    static int displacementBytes(long ea) {
        return (int) ((ea >>> DISP_SHIFT) & 7);
    }

    static int length(long ea) {
        return 1 + (hasSib(ea) ? 1 : 0) + displacementBytes(ea);
    }

    static String errorMessage(long ea) {
        if (ea == ERROR_RIP) {
            return "symbol `rip' not defined";
        }
        return ea == ERROR_ADDRESS_SIZES ? "impossible combination of address sizes" : "invalid 64-bit effective address";
    }

    /** The address size this operand asks for: 32 with a32 or 32-bit registers, else 64. */
    static boolean uses32BitAddress(Operand m, boolean a32Prefix) {
        return a32Prefix || m.addressBits == 32 || m.base != null && m.base.bits() == 32
                || m.index != null && m.index.bits() == 32;
    }

    /**
     * The error nasm reports before matching when the registers and sizes of {@code m} cannot form
     * an address in 64-bit mode, or 0.
     */
    static long addressSizeError(Operand m, boolean a32Prefix, boolean a64Prefix) {
        Register base = m.base;
        Register index = m.index;
        if (base != null && base.kind() == RegisterKind.INSTRUCTION_POINTER
                || index != null && index.kind() == RegisterKind.INSTRUCTION_POINTER) {
            return ERROR_RIP;
        }
        int valid = 64 | 32;
        if (a32Prefix || m.addressBits == 32) {
            valid &= 32;
        } else if (a64Prefix || m.addressBits == 64) {
            valid &= 64;
        }
        if (base == null && index == null) {
            if (m.displacementBits == 16) {
                valid &= 16;
            }
        } else {
            valid &= registerAddressSizes(base) & registerAddressSizes(index);
        }
        return valid == 0 ? ERROR_ADDRESS_SIZES : 0;
    }

    private static int registerAddressSizes(Register r) {
        if (r == null || !r.isGeneral()) {
            return 64 | 32;
        }
        // 8-bit registers pass here and fail as an invalid effective address
        return r.bits() == 64 ? 64 : r.bits() == 32 ? 32 : r.bits() == 16 ? 0 : 64 | 32;
    }

    /** The address offset of a memory operand, or the value of an immediate used as an address. */
    static long displacement(Operand m) {
        return m.kind == Operand.Kind.IMMEDIATE ? m.value : m.displacement;
    }

    /** Encodes {@code m} (a MEMORY operand whose address sizes were checked, or an immediate address). */
    static long encode(Operand m, boolean a32Prefix) {
        if (m.kind == Operand.Kind.IMMEDIATE) {
            return 0x04 | (0x25L << 8) | HAS_SIB | (4L << DISP_SHIFT);
        }
        Register base = m.base;
        Register index = m.index;
        int scale = index == null ? 0 : m.scale;
        if (scale == 0) {
            index = null; // [rax+rbx*0]
        }
        long flags = uses32BitAddress(m, a32Prefix) ? ADDRESS_32 : 0;
        boolean fixed = m.known && !m.relocatable;
        int o = (int) m.displacement;
        if (base == null && (index == null || scale == 0)) {
            if (m.displacementBits == 8 || m.displacementBits != 0 && m.displacementBits != 32) {
                flags |= DISPLACEMENT_SIZE_IGNORED;
            }
            if (m.ripRelative) {
                if (m.relocatable) {
                    return flags | RIP_RELATIVE | 0x05 | (4L << DISP_SHIFT);
                }
                // nasm sizes a forward reference of the first pass as an absolute address (it has no
                // section yet), which can leave a later pass at a different fixed point; follow it
                if (m.known) {
                    flags |= ABSOLUTE_FALLBACK;
                }
            }
            return flags | 0x04 | (0x25L << 8) | HAS_SIB | (4L << DISP_SHIFT);
        }
        if (base != null && (!base.isGeneral() || base.bits() < 32)
                || index != null && (!index.isGeneral() || index.bits() < 32)) {
            return ERROR_INVALID;
        }
        if (m.displacementBits == 16 || m.displacementBits == 64) {
            return ERROR_INVALID;
        }
        int bt = base == null ? -1 : base.number();
        int it = index == null ? -1 : index.number();
        int s = scale;
        if (bt == -1 && s == 1 && (!m.noSplit || (it & 7) == RSP)) {
            // [rax*1] is [rax]; with nosplit it stays an index, except r12, which cannot be one alone
            bt = it;
            it = -1;
        }
        if ((s == 2 && it != RSP && !m.noSplit || s == 3 || s == 5 || s == 9) && bt == -1) {
            bt = it;
            s--;
        }
        if (s == 1 && it == RSP) {
            int t = it;
            it = bt;
            bt = t;
        }
        if (it == RSP || it != -1 && s != 1 && s != 2 && s != 4 && s != 8) {
            return ERROR_INVALID;
        }
        if (it != -1 && (it & 8) != 0) {
            flags |= REX_X;
        }
        if (bt != -1 && (bt & 8) != 0) {
            flags |= REX_B;
        }
        boolean wordOffsets = m.displacementBits == 32;
        boolean byteOffsets = m.displacementBits == 8;
        int mod;
        if (bt == -1) {
            mod = 0;
        } else if ((bt & 7) != RBP && o == 0 && fixed && !byteOffsets && !wordOffsets) {
            mod = 0;
        } else if (!wordOffsets && (byteOffsets || o >= -128 && o <= 127 && fixed)) {
            mod = 1;
        } else {
            mod = 2;
        }
        int bytes = bt == -1 || mod == 2 ? 4 : mod;
        if (it == -1 && (bt & 7) != RSP) {
            int rm = bt == -1 ? 5 : bt & 7;
            return flags | (mod << 6) | rm | ((long) bytes << DISP_SHIFT);
        }
        int indexBits = it == -1 ? 4 : it & 7;
        int ss = it == -1 ? 0 : s == 8 ? 3 : s == 4 ? 2 : s == 2 ? 1 : 0;
        int baseBits = bt == -1 ? 5 : bt & 7;
        int sib = (ss << 6) | (indexBits << 3) | baseBits;
        return flags | (mod << 6) | 0x04 | ((long) sib << 8) | HAS_SIB | ((long) bytes << DISP_SHIFT);
    }
}
