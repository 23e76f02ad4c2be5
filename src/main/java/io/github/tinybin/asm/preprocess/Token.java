package io.github.tinybin.asm.preprocess;

/**
 * One preprocessor token. Text is held as an ISO-8859-1 string, so every source byte is one char and
 * non-UTF-8 bytes survive the round trip unchanged.
 */
final class Token {
    static final byte WHITESPACE = 0;
    static final byte IDENTIFIER = 1;
    static final byte NUMBER = 2;
    static final byte STRING = 3;
    /** {@code %define}, {@code %1}, {@code %%x}, {@code %$x}, {@code %{..}}, {@code %+} ... */
    static final byte PREPROC = 4;
    static final byte OPERATOR = 5;
    /**
     * A string without its closing quote, up to the end of the line. Not a {@link #STRING}, as in
     * nasm: directives that want a string reject it, {@code %error} shows it as written.
     */
    static final byte UNTERMINATED_STRING = 6;

    static final Token SPACE = new Token(WHITESPACE, " ", null);

    final byte kind;
    final String text;
    /** The single-line macros whose expansion produced this token: they are not expanded again in it. */
    final Expansion hidden;

    Token(byte kind, String text, Expansion hidden) {
        this.kind = kind;
        this.text = text;
        this.hidden = hidden;
    }

    Token withHidden(Expansion h) {
        return h == hidden ? this : new Token(kind, text, h);
    }

    boolean isWhitespace() {
        return kind == WHITESPACE;
    }

    boolean is(String operator) {
        return kind == OPERATOR && text.equals(operator);
    }

    @Override
    public String toString() {
        return text;
    }

    /** A chain of macros being expanded, innermost first (the "hide set" of the token). */
    static final class Expansion {
        final SingleLineMacro macro;
        final Expansion parent;
        final int depth;

        Expansion(SingleLineMacro macro, Expansion parent) {
            this.macro = macro;
            this.parent = parent;
            this.depth = parent == null ? 1 : parent.depth + 1;
        }

        static boolean hides(Expansion e, SingleLineMacro m) {
            for (; e != null; e = e.parent) {
                if (e.macro == m) {
                    return true;
                }
            }
            return false;
        }
    }
}
