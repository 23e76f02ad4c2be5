package io.github.tinybin.maven;

/** Says where a program's output first differs from what was expected, readable in one log line. */
final class OutputComparison {
    private static final int CONTEXT = 40;

    private OutputComparison() {
    }

    /** Null when equal; else the first differing offset with both sides around it, escaped. */
    static String describe(byte[] expected, byte[] actual, boolean actualTruncated) {
        int n = Math.min(expected.length, actual.length);
        int at = 0;
        while (at < n && expected[at] == actual[at]) {
            at++;
        }
        if (at == n && expected.length == actual.length && !actualTruncated) {
            return null;
        }
        int from = Math.max(0, at - 10);
        return "first difference at byte " + at + " (expected " + expected.length + " bytes, got "
                + (actualTruncated ? "more than " : "") + actual.length + "): expected "
                + escape(expected, from, CONTEXT) + ", actual " + escape(actual, from, CONTEXT);
    }

    /** {@code count} bytes from {@code from} as a double-quoted string with C escapes. */
    static String escape(byte[] bytes, int from, int count) {
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append("...");
        }
        sb.append('"');
        int end = Math.min(bytes.length, from + count);
        for (int i = from; i < end; i++) {
            int c = bytes[i] & 0xff;
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        sb.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        sb.append('"');
        if (end < bytes.length) {
            sb.append("...");
        }
        return sb.toString();
    }
}
