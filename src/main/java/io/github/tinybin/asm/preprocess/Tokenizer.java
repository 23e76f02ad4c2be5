package io.github.tinybin.asm.preprocess;

import java.util.List;

/** Splits one line into preprocessor tokens, as nasm's tokenizer does; a {@code ;} outside strings ends the line. */
final class Tokenizer {
    private Tokenizer() {
    }

    static boolean isIdStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.' || c == '?' || c == '@';
    }

    static boolean isIdChar(int c) {
        return isIdStart(c) || c >= '0' && c <= '9' || c == '$' || c == '#' || c == '~';
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b;
    }

    /** Where the string starting with a quote at {@code i} ends (index after the closing quote), or -1 if unterminated. */
    static int stringEnd(CharSequence s, int i, int end) {
        char q = s.charAt(i);
        int j = i + 1;
        while (j < end) {
            char c = s.charAt(j);
            if (c == '\\' && q == '`') {
                j += 2;
                continue;
            }
            if (c == q) {
                return j + 1;
            }
            j++;
        }
        return -1;
    }

    /**
     * Appends the tokens of {@code s} to {@code out}.
     *
     * @return the quote character of an unterminated string, or 0
     */
    static char tokenize(String s, List<Token> out) {
        int n = s.length();
        int i = 0;
        char unterminated = 0;
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (c == ';') {
                break;
            }
            if (isSpace(c)) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (!out.isEmpty() && out.get(out.size() - 1).kind == Token.WHITESPACE) {
                    continue;
                }
                out.add(Token.SPACE);
                continue;
            }
            byte kind;
            if (c == '\'' || c == '"' || c == '`') {
                int e = stringEnd(s, i, n);
                kind = Token.STRING;
                if (e < 0) {
                    unterminated = c;
                    e = n;
                    kind = Token.UNTERMINATED_STRING;
                }
                i = e;
            } else if (c == '%') {
                i = preprocToken(s, i, n);
                kind = i - start == 1 || s.startsWith("%%", start) && i - start == 2 ? Token.OPERATOR : Token.PREPROC;
            } else if (isDigit(c) || c == '$' && i + 1 < n && isDigit(s.charAt(i + 1))) {
                i = numberEnd(s, i, n);
                kind = Token.NUMBER;
            } else if (isIdStart(c) || c == '$' && i + 1 < n && isIdStart(s.charAt(i + 1))) {
                i++;
                while (i < n && isIdChar(s.charAt(i))) {
                    i++;
                }
                kind = Token.IDENTIFIER;
            } else {
                i = operatorEnd(s, i, n);
                kind = Token.OPERATOR;
            }
            out.add(new Token(kind, s.substring(start, i), null));
        }
        return unterminated;
    }

    private static int numberEnd(String s, int i, int n) {
        boolean dot = false;
        i++;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '.') {
                dot = true;
            } else if ((c == '+' || c == '-') && dot) {
                char p = s.charAt(i - 1);
                if (p != 'e' && p != 'E' && p != 'p' && p != 'P') {
                    break;
                }
            } else if (!(isIdChar(c))) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int operatorEnd(String s, int i, int n) {
        char c = s.charAt(i);
        char d = i + 1 < n ? s.charAt(i + 1) : 0;
        char e = i + 2 < n ? s.charAt(i + 2) : 0;
        switch (c) {
            case '<':
                if (d == '<') {
                    return e == '<' ? i + 3 : i + 2;
                }
                if (d == '=') {
                    return e == '>' ? i + 3 : i + 2;
                }
                return d == '>' ? i + 2 : i + 1;
            case '>':
                if (d == '>') {
                    return e == '>' ? i + 3 : i + 2;
                }
                return d == '=' ? i + 2 : i + 1;
            case '=':
            case '!':
                return d == '=' ? i + 2 : i + 1;
            case '&':
            case '|':
            case '^':
            case '/':
                return d == c ? i + 2 : i + 1;
            case '$':
                return d == '$' ? i + 2 : i + 1;
            default:
                return i + 1;
        }
    }

    /** End of a token starting with {@code %}. */
    private static int preprocToken(String s, int i, int n) {
        int j = i + 1;
        if (j >= n) {
            return j;
        }
        char c = s.charAt(j);
        if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            int depth = 0;
            while (j < n) {
                char x = s.charAt(j);
                if (x == '\'' || x == '"' || x == '`') {
                    int e = stringEnd(s, j, n);
                    j = e < 0 ? n : e;
                    continue;
                }
                if (x == c) {
                    depth++;
                } else if (x == close && --depth == 0) {
                    return j + 1;
                }
                j++;
            }
            return n;
        }
        if (c == '%') {
            // %%local, else the %% operator
            if (j + 1 < n && isIdChar(s.charAt(j + 1))) {
                j++;
                while (j < n && isIdChar(s.charAt(j))) {
                    j++;
                }
            } else {
                j++;
            }
            return j;
        }
        if (c == '$') {
            while (j < n && s.charAt(j) == '$') {
                j++;
            }
            while (j < n && isIdChar(s.charAt(j))) {
                j++;
            }
            return j;
        }
        if ((c == '+' || c == '-') && j + 1 < n && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            return j;
        }
        if (c == '+') {
            return j + 1; // %+ pastes
        }
        if (isDigit(c)) {
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            return j;
        }
        if (c == '!') {
            j++;
            while (j < n && isIdChar(s.charAt(j))) {
                j++;
            }
            return j;
        }
        if (isIdStart(c)) {
            while (j < n && isIdChar(s.charAt(j))) {
                j++;
            }
            return j;
        }
        return j;
    }
}
