package io.github.tinybin.asm.preprocess;

/**
 * nasm's string constants, on ISO-8859-1 strings (one char per byte): the contents of a quoted token
 * ({@code '..'} and {@code ".."} verbatim, {@code `..`} with C-style escapes) and the quoting nasm
 * applies when the preprocessor makes a string ({@code %defstr}, {@code %strcat}, {@code %substr}).
 */
final class NasmStrings {
    private NasmStrings() {
    }

    /** The bytes a quoted token stands for; a missing closing quote is tolerated. */
    static String unquote(String token) {
        char q = token.charAt(0);
        int end = token.length();
        if (end >= 2 && token.charAt(end - 1) == q && Tokenizer.stringEnd(token, 0, end) == end) {
            end--;
        }
        if (q != '`') {
            return token.substring(1, end);
        }
        StringBuilder sb = new StringBuilder(end);
        int i = 1;
        while (i < end) {
            char c = token.charAt(i++);
            if (c != '\\' || i >= end) {
                sb.append(c);
                continue;
            }
            char e = token.charAt(i++);
            switch (e) {
                case 'a' -> sb.append((char) 7);
                case 'b' -> sb.append((char) 8);
                case 't' -> sb.append((char) 9);
                case 'n' -> sb.append((char) 10);
                case 'v' -> sb.append((char) 11);
                case 'f' -> sb.append((char) 12);
                case 'r' -> sb.append((char) 13);
                case 'e' -> sb.append((char) 27);
                case 'x', 'X' -> {
                    int v = 0;
                    int k = 0;
                    while (k < 2 && i < end && Character.digit(token.charAt(i), 16) >= 0) {
                        v = v * 16 + Character.digit(token.charAt(i++), 16);
                        k++;
                    }
                    sb.append(k == 0 ? e : (char) (v & 0xff)); // nasm: \x without digits is the letter
                }
                case 'u', 'U' -> {
                    int max = e == 'u' ? 4 : 8;
                    long v = 0;
                    int k = 0;
                    while (k < max && i < end && Character.digit(token.charAt(i), 16) >= 0) {
                        v = v * 16 + Character.digit(token.charAt(i++), 16);
                        k++;
                    }
                    if (k == 0) {
                        sb.append(e);
                    } else {
                        appendUtf8(sb, v);
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i < end && token.charAt(i) >= '0' && token.charAt(i) <= '7') {
                            v = v * 8 + token.charAt(i++) - '0';
                            k++;
                        }
                        sb.append((char) (v & 0xff));
                    } else {
                        sb.append(e); // \\ \' \" \` \? and unknown escapes stand for the character
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void appendUtf8(StringBuilder sb, long v) {
        if (v < 0x80) {
            sb.append((char) v);
        } else if (v < 0x800) {
            sb.append((char) (0xc0 | v >> 6)).append((char) (0x80 | v & 0x3f));
        } else if (v < 0x10000) {
            sb.append((char) (0xe0 | v >> 12)).append((char) (0x80 | v >> 6 & 0x3f)).append((char) (0x80 | v & 0x3f));
        } else {
            // nasm goes on past U+10FFFF with the original UTF-8's 5- and 6-byte forms
            int continuation = v < 0x200000 ? 3 : v < 0x4000000 ? 4 : 5;
            sb.append((char) ((0xff00 >> continuation + 1 | v >> 6 * continuation) & 0xff));
            for (int k = continuation - 1; k >= 0; k--) {
                sb.append((char) (0x80 | v >> 6 * k & 0x3f));
            }
        }
    }

    /** nasm_quote: {@code '..'} if possible, else {@code ".."}, else {@code `..`} with escapes. */
    static String quote(String s) {
        boolean sq = true;
        boolean dq = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                sq = false;
            } else if (c == '"') {
                dq = false;
            } else if (c != '`' && c != '\\' && (c < ' ' || c > '~')) {
                sq = false;
                dq = false;
            }
        }
        if (sq || dq) {
            char q = sq ? '\'' : '"';
            return q + s + q;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8).append('`');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '`', '\\' -> sb.append('\\').append(c);
                case 7 -> sb.append("\\a");
                case 8 -> sb.append("\\b");
                case 9 -> sb.append("\\t");
                case 10 -> sb.append("\\n");
                case 11 -> sb.append("\\v");
                case 12 -> sb.append("\\f");
                case 13 -> sb.append("\\r");
                case 27 -> sb.append("\\e");
                default -> {
                    if (c < ' ' || c > '~') {
                        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                        int width = next >= '0' && next <= '7' ? 0377 : c;
                        sb.append('\\');
                        if (width > 077) {
                            sb.append((char) ('0' + (c >> 6 & 3)));
                        }
                        if (width > 07) {
                            sb.append((char) ('0' + (c >> 3 & 7)));
                        }
                        sb.append((char) ('0' + (c & 7)));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('`').toString();
    }
}
