package io.github.tinybin.asm;

import java.util.Arrays;

/**
 * Open-addressing map from byte strings to non-negative ints. Lookups take a slice of any array,
 * so the tokenizer can resolve a word without making a String of it. Case folding (ASCII) is a
 * property of the table: keyword tables fold, symbol tables do not.
 */
final class NameTable {
    private final boolean foldCase;
    private byte[][] keys;
    private int[] values;
    private int[] hashes;
    private int size;

    NameTable(boolean foldCase, int expected) {
        this.foldCase = foldCase;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new byte[cap][];
        values = new int[cap];
        hashes = new int[cap];
    }

    int size() {
        return size;
    }

    private static final byte[] FOLD = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            FOLD[c] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }

    int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        if (foldCase) {
            for (int i = from; i < to; i++) {
                h = (h ^ (FOLD[b[i] & 0xff] & 0xff)) * 0x01000193;
            }
        } else {
            for (int i = from; i < to; i++) {
                h = (h ^ (b[i] & 0xff)) * 0x01000193;
            }
        }
        return h ^ (h >>> 16);
    }

    private boolean same(byte[] key, byte[] b, int from, int to) {
        int n = to - from;
        if (key.length != n) {
            return false;
        }
        if (foldCase) {
            for (int i = 0; i < n; i++) {
                if (key[i] != b[from + i] && FOLD[key[i] & 0xff] != FOLD[b[from + i] & 0xff]) {
                    return false;
                }
            }
            return true;
        }
        return Arrays.equals(key, 0, n, b, from, to);
    }

    /** The value stored for {@code b[from..to)}, or -1. */
    int get(byte[] b, int from, int to) {
        int h = hash(b, from, to);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            byte[] k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && same(k, b, from, to)) {
                return values[i];
            }
        }
    }

    /** Stores {@code value} for the key (a copy is kept); returns the previous value or -1. */
    int put(byte[] b, int from, int to, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int h = hash(b, from, to);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            byte[] k = keys[i];
            if (k == null) {
                keys[i] = Arrays.copyOfRange(b, from, to);
                hashes[i] = h;
                values[i] = value;
                size++;
                return -1;
            }
            if (hashes[i] == h && same(k, b, from, to)) {
                int old = values[i];
                values[i] = value;
                return old;
            }
        }
    }

    int put(String ascii, int value) {
        byte[] b = ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return put(b, 0, b.length, value);
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        values = new int[keys.length];
        hashes = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }
}
