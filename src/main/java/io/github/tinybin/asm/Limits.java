package io.github.tinybin.asm;

/**
 * Runaway guards. Defaults follow nasm's {@code --limit-*} defaults where nasm has one; the rest are
 * far above anything a real program needs. Hitting a limit is an error at the line that did it.
 */
public final class Limits {
    /** nasm --limit-passes. */
    public int passes = 1000;
    /** nasm --limit-rep: iterations of one %rep. */
    public long repIterations = 1_000_000;
    /** nasm --limit-macro-levels: nesting of macro expansion. */
    public int macroLevels = 10_000;
    /** nasm --limit-macro-tokens: tokens produced by one macro expansion. */
    public long macroTokens = 10_000_000;
    /** nasm --limit-mmacros: multi-line macro invocations in total. */
    public long multiLineMacros = 100_000;
    /** nasm --limit-eval: expression nesting depth. */
    public int expressionDepth = 8192;
    /**
     * nasm --limit-lines: lines the preprocessor handles in total (source lines, every line a macro or
     * %rep expands to, each %rep iteration). nasm's default, 2e9, lets nested %reps run for hours and
     * fill memory (about 200 bytes a statement); ours, 4e6, is four times the largest program we
     * benchmark and stays near 1 GB of heap.
     */
    public long lines = 4_000_000L;
    /** Output bytes over all sections (times/resb/incbin included). */
    public long outputBytes = 64L * 1024 * 1024;
    /** Nesting of %include. */
    public int includeDepth = 50;
    /** Bytes in one source line. */
    public int lineLength = 1 << 20;

    public Limits copy() {
        Limits l = new Limits();
        l.passes = passes;
        l.repIterations = repIterations;
        l.macroLevels = macroLevels;
        l.macroTokens = macroTokens;
        l.multiLineMacros = multiLineMacros;
        l.expressionDepth = expressionDepth;
        l.lines = lines;
        l.outputBytes = outputBytes;
        l.includeDepth = includeDepth;
        l.lineLength = lineLength;
        return l;
    }
}
