package io.github.tinybin.asm.preprocess;

/**
 * Counting hash filter over the (lower-cased) names of all defined macros, checked on raw line bytes:
 * a line whose identifiers all miss it cannot need expansion, so it passes through untouched.
 * False positives only cost a trip through the slow path.
 */
final class IdentifierFilter {
    private static final int SIZE = 1 << 14;
    private final int[] counts = new int[SIZE];

    static int hash(CharSequence name) {
        int h = 0x811c9dc5;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ lower(name.charAt(i))) * 0x01000193;
        }
        return h;
    }

    static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ lower(b[i] & 0xff)) * 0x01000193;
        }
        return h;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    void add(String name) {
        counts[hash(name) & (SIZE - 1)]++;
    }

    void remove(String name) {
        int slot = hash(name) & (SIZE - 1);
        if (counts[slot] > 0) {
            counts[slot]--;
        }
    }

    boolean mayContain(int hash) {
        return counts[hash & (SIZE - 1)] != 0;
    }
}
