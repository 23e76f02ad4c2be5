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
}
