package io.github.tinybin.asm;

/**
 * A cursor over one line's bytes that yields nasm tokens. A token is its type and the slice
 * {@code [start, end)} of the line, plus {@link #value} for integers: nothing is allocated per token.
 */
final class Lexer {
    static final int EOL = 0;
    static final int IDENT = 1;
    static final int NUMBER = 2;
    static final int FLOAT = 3;
    /** A quoted string; the quote character is {@code buf[start]}, the body excludes the quotes. */
    static final int STRING = 4;
    static final int HERE = 5;
    static final int SECTION_START = 6;
    /** Any operator or punctuation; which one is {@link #op}. */
    static final int OP = 7;
    /** Malformed input; {@link #error} says why. */
    static final int ERROR = 8;

    // operators: single characters use their ASCII code, the rest these values
    static final int OP_SHL = 256;
    static final int OP_SHR = 257;
    static final int OP_SAR = 258;
    static final int OP_SHL3 = 259;
    static final int OP_SDIV = 260;
    static final int OP_SMOD = 261;
    static final int OP_EQ = 262;
    static final int OP_NE = 263;
    static final int OP_LE = 264;
    static final int OP_GE = 265;
    static final int OP_CMP = 266;
    static final int OP_LAND = 267;
    static final int OP_LOR = 268;
    static final int OP_LXOR = 269;

    byte[] buf;
    /** First byte of the line: columns count from here. */
    int lineStart;
    int pos;
    int end;

    int type;
    int start;
    int stop;
    int op;
    long value;
    /** True for {@code $name}: an identifier that is never a keyword. */
    boolean escaped;
    /** For STRING tokens: false when the closing quote is missing. */
    boolean terminated;
    String error;

    void reset(byte[] buf, int from, int to) {
        this.buf = buf;
        this.lineStart = from;
        this.pos = from;
        this.end = to;
        this.type = EOL;
    }

    int column() {
        return start - lineStart + 1;
    }

    int length() {
        return stop - start;
    }

    static boolean isIdStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.' || c == '?' || c == '@'
                || c >= 0x80;
    }

    static boolean isIdChar(int c) {
        return isIdStart(c) || c >= '0' && c <= '9' || c == '$' || c == '#' || c == '~';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumChar(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** Look at the next token without consuming it: saves and restores the cursor. */
    int peekType() {
        int p = pos;
        int t = type, s = start, e = stop, o = op;
        long v = value;
        boolean esc = escaped, term = terminated;
        String err = error;
        int r = next();
        int ro = op;
        pos = p;
        type = t; start = s; stop = e; op = o; value = v; escaped = esc; terminated = term; error = err;
        return r == OP ? 1000 + ro : r;
    }

    int next() {
        byte[] b = buf;
        int p = pos;
        int e = end;
        while (p < e && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\f' || b[p] == 0x0b)) {
            p++;
        }
        start = p;
        escaped = false;
        if (p >= e || b[p] == ';') {
            pos = e;
            stop = e;
            start = e;
            return type = EOL;
        }
        int c = b[p] & 0xff;
        if (isIdStart(c)) {
            p++;
            while (p < e && isIdChar(b[p] & 0xff)) {
                p++;
            }
            pos = stop = p;
            if (p - start == 1 && c == '?') {
                op = '?';
                return type = OP;
            }
            return type = IDENT;
        }
        if (isDigit(c) || c == '$' && p + 1 < e && isDigit(b[p + 1])) {
            return number(p);
        }
        if (c == '$') {
            if (p + 1 < e && b[p + 1] == '$') {
                pos = stop = p + 2;
                return type = SECTION_START;
            }
            if (p + 1 < e && isIdStart(b[p + 1] & 0xff)) {
                p++;
                start = p;
                while (p < e && isIdChar(b[p] & 0xff)) {
                    p++;
                }
                pos = stop = p;
                escaped = true;
                return type = IDENT;
            }
            pos = stop = p + 1;
            return type = HERE;
        }
        if (c == '\'' || c == '"' || c == '`') {
            return string(p, c);
        }
        int n = p + 1 < e ? b[p + 1] & 0xff : -1;
        int n2 = p + 2 < e ? b[p + 2] & 0xff : -1;
        int len = 1;
        int o = c;
        switch (c) {
            case '<':
                if (n == '<') {
                    if (n2 == '<') { o = OP_SHL3; len = 3; } else { o = OP_SHL; len = 2; }
                } else if (n == '=') {
                    if (n2 == '>') { o = OP_CMP; len = 3; } else { o = OP_LE; len = 2; }
                } else if (n == '>') {
                    o = OP_NE; len = 2;
                }
                break;
            case '>':
                if (n == '>') {
                    if (n2 == '>') { o = OP_SAR; len = 3; } else { o = OP_SHR; len = 2; }
                } else if (n == '=') {
                    o = OP_GE; len = 2;
                }
                break;
            case '/':
                if (n == '/') { o = OP_SDIV; len = 2; }
                break;
            case '%':
                if (n == '%') { o = OP_SMOD; len = 2; }
                break;
            case '=':
                o = OP_EQ;
                if (n == '=') { len = 2; }
                break;
            case '!':
                if (n == '=') { o = OP_NE; len = 2; }
                break;
            case '&':
                if (n == '&') { o = OP_LAND; len = 2; }
                break;
            case '|':
                if (n == '|') { o = OP_LOR; len = 2; }
                break;
            case '^':
                if (n == '^') { o = OP_LXOR; len = 2; }
                break;
            case '+': case '-': case '*': case '~': case '(': case ')': case '[': case ']':
            case ',': case ':': case '?': case '{': case '}':
                break;
            default:
                pos = stop = p + 1;
                error = "unexpected character `" + (c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                        : String.format("\\x%02x", c)) + "'";
                return type = ERROR;
        }
        op = o;
        pos = stop = p + len;
        return type = OP;
    }

    private int string(int p, int quote) {
        byte[] b = buf;
        int e = end;
        int q = p + 1;
        if (quote == '`') {
            while (q < e && b[q] != '`') {
                if (b[q] == '\\' && q + 1 < e) {
                    q++;
                }
                q++;
            }
        } else {
            while (q < e && b[q] != quote) {
                q++;
            }
        }
        terminated = q < e;
        pos = stop = terminated ? q + 1 : e;
        return type = STRING;
    }

    /** The body of the current STRING token (without quotes). */
    int stringBodyStart() {
        return start + 1;
    }

    int stringBodyEnd() {
        return terminated ? stop - 1 : stop;
    }

    private int number(int p) {
        byte[] b = buf;
        int e = end;
        int q = p;
        boolean hex = false;
        boolean isFloat = false;
        boolean hasE = false;
        if (b[q] == '$') {
            q++;
            hex = true;
        }
        while (q < e) {
            int c = b[q] & 0xff;
            if (!hex && (c == 'e' || c == 'E')) {
                hasE = true;
                q++;
                if (q < e && (b[q] == '+' || b[q] == '-')) {
                    isFloat = true;
                    q++;
                }
                continue;
            } else if (c == 'h' || c == 'H' || c == 'x' || c == 'X') {
                hex = true;
            } else if (c == 'p' || c == 'P') {
                isFloat = true;
                q++;
                if (q < e && (b[q] == '+' || b[q] == '-')) {
                    q++;
                }
                continue;
            } else if (c == '.') {
                isFloat = true;
            } else if (!isNumChar(c)) {
                break;
            }
            q++;
        }
        if (hasE && !hex) {
            isFloat = true;
        }
        pos = stop = q;
        if (isFloat) {
            return type = FLOAT;
        }
        return readInteger(p, q);
    }

    private static int radixLetter(int c) {
        switch (c | 0x20) {
            case 'b': case 'y': return 2;
            case 'o': case 'q': return 8;
            case 'd': case 't': return 10;
            case 'h': case 'x': return 16;
            default: return 0;
        }
    }

    /** nasm's readnum: prefix ({@code 0x}, {@code $}) or suffix ({@code h}) radix, {@code _} separators. */
    private int readInteger(int r, int q) {
        byte[] b = buf;
        int len = q - r;
        int pradix = 0, sradix = 0, plen = 0;
        if (len > 2 && b[r] == '0' && (pradix = radixLetter(b[r + 1] & 0xff)) != 0) {
            plen = 2;
        } else if (len > 1 && b[r] == '$') {
            pradix = 16;
            plen = 1;
        }
        if (len > 1) {
            sradix = radixLetter(b[q - 1] & 0xff);
        }
        int radix;
        if (pradix > sradix) {
            radix = pradix;
            r += plen;
        } else if (sradix > pradix) {
            radix = sradix;
            q -= 1;
        } else {
            radix = 10;
        }
        long result = 0;
        boolean overflow = false;
        boolean any = false;
        long limit = Long.divideUnsigned(-1L, radix);
        for (int i = r; i < q; i++) {
            int c = b[i] & 0xff;
            if (c == '_') {
                continue;
            }
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                d = (c | 0x20) - 'a' + 10;
            } else {
                d = 99;
            }
            if (d >= radix) {
                error = "expression syntax error";
                return type = ERROR;
            }
            any = true;
            if (Long.compareUnsigned(result, limit) > 0) {
                overflow = true;
            }
            long next = result * radix + d;
            if (Long.compareUnsigned(next, result * radix) < 0) {
                overflow = true;
            }
            result = next;
        }
        if (!any) {
            error = "expression syntax error";
            return type = ERROR;
        }
        value = result;
        error = overflow ? "numeric constant " + new String(b, start, stop - start,
                java.nio.charset.StandardCharsets.ISO_8859_1) + " does not fit in 64 bits" : null;
        return type = NUMBER;
    }
}
