package io.github.tinybin.asm;

/**
 * nasm's string literals: {@code '..'} and {@code ".."} are taken byte for byte, backquoted ones
 * understand nasm's escapes (backslash n, t, 0, xNN, NNN, u, U, e, ...; u and U as UTF-8).
 */
public final class StringLiterals {
    private StringLiterals() {
    }

    /**
     * The bytes of the string token {@code b[from..to)} (quotes included; a missing closing quote is
     * tolerated) appended to {@code out} from {@code at}; returns the new length. {@code out} must
     * hold at least {@code to - from} more bytes (a literal never decodes to more than its text).
     */
    public static int decode(byte[] b, int from, int to, byte[] out, int at) {
        int quote = b[from];
        int end = to;
        if (end - from >= 2 && b[end - 1] == quote) {
            end--;
        }
        int i = from + 1;
        if (quote != '`') {
            int n = end - i;
            System.arraycopy(b, i, out, at, n);
            return at + n;
        }
        while (i < end) {
            int c = b[i++] & 0xff;
            if (c != '\\' || i >= end) {
                out[at++] = (byte) c;
                continue;
            }
            c = b[i++] & 0xff;
            switch (c) {
                case 'a' -> out[at++] = 7;
                case 'b' -> out[at++] = 8;
                case 't' -> out[at++] = 9;
                case 'n' -> out[at++] = 10;
                case 'v' -> out[at++] = 11;
                case 'f' -> out[at++] = 12;
                case 'r' -> out[at++] = 13;
                case 'e' -> out[at++] = 27;
                case 'x', 'X' -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && i < end && hex(b[i]) >= 0) {
                        v = v * 16 + hex(b[i++]);
                        digits++;
                    }
                    out[at++] = (byte) (digits == 0 ? c : v); // nasm: \x without digits is the letter
                }
                case 'u', 'U' -> {
                    int want = c == 'u' ? 4 : 8;
                    long v = 0;
                    int digits = 0;
                    while (digits < want && i < end && hex(b[i]) >= 0) {
                        v = v * 16 + hex(b[i++]);
                        digits++;
                    }
                    if (digits == 0) {
                        out[at++] = (byte) c;
                    } else {
                        at = utf8(v, out, at);
                    }
                }
                default -> {
                    if (c >= '0' && c <= '7') {
                        int v = c - '0';
                        int digits = 1;
                        while (digits < 3 && i < end && b[i] >= '0' && b[i] <= '7') {
                            v = v * 8 + (b[i++] - '0');
                            digits++;
                        }
                        out[at++] = (byte) v;
                    } else {
                        out[at++] = (byte) c;
                    }
                }
            }
        }
        return at;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int l = c | 0x20;
        return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
    }

    private static int utf8(long v, byte[] out, int at) {
        if (v < 0x80) {
            out[at++] = (byte) v;
        } else if (v < 0x800) {
            out[at++] = (byte) (0xc0 | v >> 6);
            out[at++] = (byte) (0x80 | v & 0x3f);
        } else if (v < 0x10000) {
            out[at++] = (byte) (0xe0 | v >> 12);
            out[at++] = (byte) (0x80 | v >> 6 & 0x3f);
            out[at++] = (byte) (0x80 | v & 0x3f);
        } else {
            // nasm goes on past U+10FFFF with the original UTF-8's 5- and 6-byte forms
            int continuation = v < 0x200000 ? 3 : v < 0x4000000 ? 4 : 5;
            out[at++] = (byte) ((0xff00 >> continuation + 1) | v >> 6 * continuation);
            for (int k = continuation - 1; k >= 0; k--) {
                out[at++] = (byte) (0x80 | v >> 6 * k & 0x3f);
            }
        }
        return at;
    }

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[64]);

    private static byte[] scratch(int size) {
        byte[] s = SCRATCH.get();
        if (s.length < size) {
            s = new byte[size];
            SCRATCH.set(s);
        }
        return s;
    }

    /** How many bytes the string token {@code b[from..to)} stands for. */
    static int decodedLength(byte[] b, int from, int to) {
        return decode(b, from, to, scratch(to - from), 0);
    }

    /** The value of a string used as a number: its first 8 bytes, little-endian. */
    static long characterConstant(byte[] b, int from, int to) {
        byte[] s = scratch(to - from);
        int n = decode(b, from, to, s, 0);
        long v = 0;
        for (int i = Math.min(n, 8) - 1; i >= 0; i--) {
            v = v << 8 | (s[i] & 0xff);
        }
        return v;
    }
}
