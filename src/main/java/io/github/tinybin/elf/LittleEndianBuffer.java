package io.github.tinybin.elf;

import java.util.Arrays;

/** A growable byte array written at explicit or appending positions, little-endian. */
final class LittleEndianBuffer {
    private byte[] bytes;
    private int size;

    LittleEndianBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    private void ensure(long end) {
        if (end > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("ELF file would exceed 2 GiB");
        }
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.max(end, bytes.length * 2L));
        }
        if (end > size) {
            size = (int) end;
        }
    }

    LittleEndianBuffer u8(long at, int v) {
        ensure(at + 1);
        bytes[(int) at] = (byte) v;
        return this;
    }

    LittleEndianBuffer u16(long at, int v) {
        return u8(at, v).u8(at + 1, v >>> 8);
    }

    LittleEndianBuffer u32(long at, long v) {
        return u16(at, (int) v).u16(at + 2, (int) (v >>> 16));
    }

    LittleEndianBuffer u64(long at, long v) {
        return u32(at, v).u32(at + 4, v >>> 32);
    }

    LittleEndianBuffer put(long at, byte[] v) {
        ensure(at + v.length);
        System.arraycopy(v, 0, bytes, (int) at, v.length);
        return this;
    }

    /** Extends the buffer with zeros to {@code length} bytes (never shrinks). */
    LittleEndianBuffer padTo(long length) {
        ensure(length);
        return this;
    }

    /** Appends at the end. */
    LittleEndianBuffer append8(int v) {
        return u8(size, v);
    }

    LittleEndianBuffer append16(int v) {
        return u16(size, v);
    }

    LittleEndianBuffer append32(long v) {
        return u32(size, v);
    }

    LittleEndianBuffer append64(long v) {
        return u64(size, v);
    }

    LittleEndianBuffer append(byte[] v) {
        return put(size, v);
    }

    LittleEndianBuffer appendUleb(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            append8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    LittleEndianBuffer appendSleb(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            append8(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    /** Appends {@code s} as ASCII/UTF-8 with a terminating NUL. */
    LittleEndianBuffer appendCString(String s) {
        append(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return append8(0);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
