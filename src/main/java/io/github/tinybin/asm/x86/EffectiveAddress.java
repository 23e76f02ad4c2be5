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

    /**
     * Encodes {@code m} (a MEMORY operand). {@code addressSize32} is an explicit {@code a32} prefix.
     */
    static long encode(Operand m, boolean addressSize32) {
        Register base = m.base;
        Register index = m.index;
        int scale = index == null ? 1 : m.scale;
        int size = 0;
        if (base != null) {
            if (base.kind() == RegisterKind.INSTRUCTION_POINTER) {
                return ERROR_RIP;
            }
            if (!base.isGeneral()) {
                return ERROR_INVALID;
            }
            size = base.bits();
        }
        if (index != null) {
            if (!index.isGeneral()) {
                return ERROR_INVALID;
            }
            if (size != 0 && size != index.bits()) {
                return ERROR_ADDRESS_SIZES;
            }
            size = index.bits();
        }
        if (size == 16 || size == 8 || size == 64 && (addressSize32 || m.addressBits == 32)
                || size == 32 && m.addressBits == 64) {
            return ERROR_ADDRESS_SIZES;
        }
        addressSize32 |= m.addressBits == 32;
        long flags = size == 32 || (size == 0 && addressSize32) ? ADDRESS_32 : 0;
        if (m.displacementBits == 16 || m.displacementBits == 64 && (base != null || index != null)) {
            return ERROR_INVALID;
        }
        if (index != null) {
            if (scale != 1 && scale != 2 && scale != 3 && scale != 4 && scale != 5 && scale != 8 && scale != 9) {
                return ERROR_INVALID;
            }
            if (base == null) {
                if (scale == 3 || scale == 5 || scale == 9) {
                    base = index;
                    scale--;
                } else if (scale == 2 && !m.noSplit) {
                    base = index;
                    scale = 1;
                } else if (scale == 1 && !m.noSplit) {
                    base = index;
                    index = null;
                }
            } else if (scale == 3 || scale == 5 || scale == 9) {
                return ERROR_INVALID;
            }
            if (index != null && (index.number() & 15) == 4) {
                // rsp cannot be an index; with scale 1 nasm swaps it into the base
                if (scale == 1 && base != null && base.number() != 4) {
                    Register t = base;
                    base = index;
                    index = t;
                } else {
                    return ERROR_INVALID;
                }
            }
        }
        if (base == null && index == null) {
            if (m.ripRelative) {
                if (m.relocatable || !m.known) {
                    return ripForm(m, flags != 0);
                }
                flags |= ABSOLUTE_FALLBACK;
            }
            // absolute: SIB with neither base nor index, disp32
            return flags | 0x04 | (0x25L << 8) | HAS_SIB | (4L << DISP_SHIFT);
        }
        int ss = scale == 8 ? 3 : scale == 4 ? 2 : scale == 2 ? 1 : 0;
        if (base == null) {
            flags |= (index.number() & 8) != 0 ? REX_X : 0;
            int sib = (ss << 6) | ((index.number() & 7) << 3) | 5;
            return flags | 0x04 | ((long) sib << 8) | HAS_SIB | (4L << DISP_SHIFT);
        }
        int displacementBytes;
        boolean compressible = m.known && !m.relocatable;
        if (m.displacementBits == 8) {
            displacementBytes = 1;
        } else if (m.displacementBits == 32) {
            displacementBytes = 4;
        } else if (!m.hasDisplacement || compressible && m.displacement == 0) {
            displacementBytes = (base.number() & 7) == 5 ? 1 : 0;
        } else if (compressible && m.displacement >= -128 && m.displacement <= 127) {
            displacementBytes = 1;
        } else {
            displacementBytes = 4;
        }
        int mod = displacementBytes == 0 ? 0 : displacementBytes == 1 ? 1 : 2;
        flags |= (base.number() & 8) != 0 ? REX_B : 0;
        if (index != null || (base.number() & 7) == 4) {
            int indexBits = 4;
            if (index != null) {
                indexBits = index.number() & 7;
                flags |= (index.number() & 8) != 0 ? REX_X : 0;
            }
            int sib = (ss << 6) | (indexBits << 3) | (base.number() & 7);
            return flags | (mod << 6) | 0x04 | ((long) sib << 8) | HAS_SIB | ((long) displacementBytes << DISP_SHIFT);
        }
        return flags | (mod << 6) | (base.number() & 7) | ((long) displacementBytes << DISP_SHIFT);
    }

    private static long ripForm(Operand m, boolean addressSize32) {
        return (addressSize32 ? ADDRESS_32 : 0) | RIP_RELATIVE | 0x05 | (4L << DISP_SHIFT);
    }
}
