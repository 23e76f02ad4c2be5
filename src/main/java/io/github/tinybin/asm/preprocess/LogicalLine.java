package io.github.tinybin.asm.preprocess;

/**
 * One line as the preprocessor hands it to the parser: macros expanded, directives consumed.
 * The preprocessor may reuse one instance (and its buffer) for every line: a sink that keeps a line
 * must copy what it needs.
 */
public final class LogicalLine {
    /** The text's bytes are {@code text[start..end)}; no line terminator. */
    public byte[] text;
    public int start;
    public int end;
    /** Where the line came from, for diagnostics: the file as displayed, and its 1-based line. */
    public String file;
    public int line;
    /**
     * The line as written in the source (before expansion), for the caret display; columns in
     * diagnostics refer to it when {@link #expanded} is false, and point at the start otherwise.
     */
    public String original;
    /** True when macro expansion changed the text, so byte offsets no longer match the original. */
    public boolean expanded;
    /**
     * True for lines that come out of a multi-line macro defined with {@code .nolist} (the standard
     * macros struc, align ... are): nasm leaves them out of listings.
     */
    public boolean nolist;
    /**
     * True when {@link #text} is the whole file's content, which is never changed, so a consumer
     * may keep a reference instead of copying the line; false for the preprocessor's reused buffers.
     */
    public boolean textIsFile;

    public int length() {
        return end - start;
    }

    public String textAsString() {
        return new String(text, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
