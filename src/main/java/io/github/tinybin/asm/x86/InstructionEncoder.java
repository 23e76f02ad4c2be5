package io.github.tinybin.asm.x86;

/**
 * Encodes one instruction for 64-bit mode, choosing the form nasm -Ox chooses.
 *
 * <p>Contract with the front end's relaxation loop: {@code encode} is a pure function of the
 * instruction, {@code address} and the operands' {@code known} flags. Called in each pass with
 * {@code out == null} to learn the length, and once more in the final pass with a sink. Relative
 * branches and RIP-relative displacements are computed against {@code address + length}.
 *
 * @return the length in bytes (0 after an error was reported)
 */
public interface InstructionEncoder {
    int encode(Instruction instruction, long address, ByteSink out, EncodeProblem problems);

    /** True if {@code mnemonic} (lower case) names an instruction this encoder knows. */
    boolean isMnemonic(String mnemonic);

    /**
     * True if the length of {@code mnemonic} can depend on the instruction's address (a relative
     * branch form), so the relaxation passes must re-encode it even with constant operands.
     * The default, true, is always safe.
     */
    default boolean isAddressDependent(String mnemonic) {
        return true;
    }
}
