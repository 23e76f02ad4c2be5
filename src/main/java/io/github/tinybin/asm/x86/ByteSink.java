package io.github.tinybin.asm.x86;

/** Where the encoder writes bytes. */
public interface ByteSink {
    void put(int b);

    /** Little-endian, {@code count} bytes of {@code value}. */
    default void putLittleEndian(long value, int count) {
        for (int i = 0; i < count; i++) {
            put((int) (value >>> (8 * i)) & 0xff);
        }
    }

    /**
     * Announces that the next {@code width} bytes put are an absolute address: the relocatable
     * immediate or displacement of operand {@code operandIndex} (not a RIP-relative or branch
     * displacement). {@code signed}: the CPU sign-extends the field to 64 bits. Output formats check
     * these against where the program is loaded (the linker's relocations, in nasm + ld terms).
     */
    default void absoluteAddress(int operandIndex, int width, boolean signed) {
    }
}
