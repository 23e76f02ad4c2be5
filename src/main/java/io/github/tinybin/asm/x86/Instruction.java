package io.github.tinybin.asm.x86;

/**
 * An instruction ready to encode: mnemonic, evaluated operands and explicit prefixes.
 * Mutable and reusable, like {@link Operand}.
 */
public final class Instruction {
    public static final int MAX_OPERANDS = 4;

    /** Lower-case mnemonic as written (any spelling nasm accepts, e.g. {@code jz}, {@code retn}). */
    public String mnemonic;
    public final Operand[] operands = new Operand[MAX_OPERANDS];
    public int operandCount;

    /** Explicit prefixes, written before the mnemonic; 0 when absent. */
    public Prefix lock;
    /** rep/repe/repz/repne/repnz. */
    public Prefix repeat;
    /** o16/o32/o64. */
    public Prefix operandSize;
    /** a32 (a16 is invalid in 64-bit mode; a64 is the default). */
    public Prefix addressSize;
    /** A segment register written as a prefix ({@code fs movsb}), or null. */
    public Register segmentPrefix;
    /** {@code wait} written as a prefix ({@code wait add eax, ebx}): a 0x9b byte before everything. */
    public boolean waitPrefix;

    public Instruction() {
        for (int i = 0; i < MAX_OPERANDS; i++) {
            operands[i] = new Operand();
        }
    }

    public Instruction reset(String mnemonic) {
        this.mnemonic = mnemonic;
        // slots past the count are already clear, or cleared by addOperand before use
        for (int i = 0; i < operandCount; i++) {
            operands[i].reset();
        }
        operandCount = 0;
        lock = null;
        repeat = null;
        operandSize = null;
        addressSize = null;
        segmentPrefix = null;
        waitPrefix = false;
        return this;
    }

    /** The next operand slot, cleared; increments the count. */
    public Operand addOperand() {
        return operands[operandCount++].reset();
    }

    public Operand operand(int i) {
        return operands[i];
    }
}
