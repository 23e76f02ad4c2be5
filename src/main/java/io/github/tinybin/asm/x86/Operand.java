package io.github.tinybin.asm.x86;

/**
 * One operand of an instruction, with every expression already evaluated for the current pass.
 * The front end fills it; the encoder reads it. Mutable and reusable so that the relaxation passes
 * do not allocate per operand.
 *
 * <p>Values: {@code value}/{@code displacement} hold the 64-bit result. {@code known} is false while
 * the expression names a symbol not yet defined in this pass (a forward reference): the encoder must
 * then pick a size that later passes can settle (optimistically short for jumps, as nasm -Ox does).
 * {@code relocatable} is true when the value is an address (it depends on a label's position) rather
 * than a plain number: nasm never shrinks such immediates to a shorter form, and PIE output rejects
 * absolute uses of them.
 */
public final class Operand {
    public enum Kind { NONE, REGISTER, IMMEDIATE, MEMORY }

    /** Jump distance keywords. */
    public enum Distance { DEFAULT, SHORT, NEAR, FAR }

    public Kind kind = Kind.NONE;

    /** Size keyword in bits (byte=8, word=16, dword=32, qword=64, tword=80, oword=128), 0 if none. */
    public int sizeBits;
    /** {@code strict}: the size keyword pins the encoding, no optimisation. */
    public boolean strict;
    public Distance distance = Distance.DEFAULT;

    // REGISTER
    public Register register;

    // IMMEDIATE (and the target of a relative branch)
    public long value;
    public boolean known = true;
    public boolean relocatable;
    /**
     * The value is an address in a section other than the instruction's own: nasm never makes a
     * branch to it short, however close the sections end up.
     */
    public boolean inOtherSection;

    // MEMORY
    public Register base;
    public Register index;
    /** 1, 2, 4 or 8; meaningful only with an index. */
    public int scale = 1;
    public long displacement;
    /** Explicit displacement size from {@code [byte rax+0]} / {@code [dword rax+0]}: 0, 8, 16, 32 or 64. */
    public int displacementBits;
    /** True when the memory operand has any displacement expression at all. */
    public boolean hasDisplacement;
    /** {@code rel}: RIP-relative (explicit, or by {@code default rel} with no base/index). */
    public boolean ripRelative;
    /** {@code abs} written explicitly. */
    public boolean absolute;
    /** {@code nosplit}: keep {@code [reg*2]} as index-only, do not turn it into base+index. */
    public boolean noSplit;
    /** Segment override ({@code fs:}), or null. */
    public Register segment;
    /** Address size written inside the brackets ({@code [a32 eax]}, {@code [a64 ...]}): 32 or 64, 0 if none. */
    public int addressBits;

    /** Back to {@link Kind#NONE} with every field at its default. */
    public Operand reset() {
        kind = Kind.NONE;
        sizeBits = 0;
        strict = false;
        distance = Distance.DEFAULT;
        register = null;
        value = 0;
        known = true;
        relocatable = false;
        inOtherSection = false;
        base = null;
        index = null;
        scale = 1;
        displacement = 0;
        displacementBits = 0;
        hasDisplacement = false;
        ripRelative = false;
        absolute = false;
        noSplit = false;
        segment = null;
        addressBits = 0;
        return this;
    }

    public Operand copyFrom(Operand o) {
        kind = o.kind;
        sizeBits = o.sizeBits;
        strict = o.strict;
        distance = o.distance;
        register = o.register;
        value = o.value;
        known = o.known;
        relocatable = o.relocatable;
        inOtherSection = o.inOtherSection;
        base = o.base;
        index = o.index;
        scale = o.scale;
        displacement = o.displacement;
        displacementBits = o.displacementBits;
        hasDisplacement = o.hasDisplacement;
        ripRelative = o.ripRelative;
        absolute = o.absolute;
        noSplit = o.noSplit;
        segment = o.segment;
        addressBits = o.addressBits;
        return this;
    }

    public static Operand register(Register r) {
        Operand o = new Operand();
        o.kind = Kind.REGISTER;
        o.register = r;
        return o;
    }

    public static Operand immediate(long v) {
        Operand o = new Operand();
        o.kind = Kind.IMMEDIATE;
        o.value = v;
        return o;
    }
}
