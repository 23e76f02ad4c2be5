package io.github.tinybin.asm.preprocess;

import io.github.tinybin.asm.StringLiterals;
import java.nio.charset.StandardCharsets;

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
        // the assembler's decoder, on the token with its closing quote restored
        byte[] quoted = (token.substring(0, end) + '`').getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[quoted.length];
        int n = StringLiterals.decode(quoted, 0, quoted.length, bytes, 0);
        return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
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
