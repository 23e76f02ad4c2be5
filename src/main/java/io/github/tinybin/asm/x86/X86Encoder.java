package io.github.tinybin.asm.x86;

/** The table-driven x86-64 encoder (see {@code InstructionTable}). */
public final class X86Encoder implements InstructionEncoder {
    @Override
    public int encode(Instruction instruction, long address, ByteSink out, EncodeProblem problems) {
        throw new UnsupportedOperationException("encoder not written yet");
    }

    @Override
    public boolean isMnemonic(String mnemonic) {
        return false;
    }
}
