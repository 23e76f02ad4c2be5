package io.github.tinybin.asm.preprocess;

import java.util.ArrayList;
import java.util.List;

/** A {@code %macro}: name, parameter range, defaults and the body lines as tokens. */
final class MultiLineMacro {
    final String name;
    final boolean caseInsensitive;
    final int minParams;
    /** {@link Integer#MAX_VALUE} for {@code N-*}. */
    final int maxParams;
    /** {@code +}: the last parameter takes the rest of the line, commas included. */
    final boolean greedy;
    final boolean nolist;
    /** {@code %rmacro}: may call itself (up to the macro nesting limit). */
    final boolean recursive;
    /** Defaults for parameters minParams+1 .. (as token lists). */
    final List<List<Token>> defaults;
    final List<List<Token>> body = new ArrayList<>();
    /** For each body line, its line number in the definition ({@code __?LINE?__} inside the macro). */
    int[] bodyLines = new int[8];
    final String file;
    final int line;
    /** Calls of this macro currently being expanded. */
    int inProgress;

    MultiLineMacro(String name, boolean caseInsensitive, int minParams, int maxParams, boolean greedy, boolean nolist,
                   boolean recursive, List<List<Token>> defaults, String file, int line) {
        this.name = name;
        this.caseInsensitive = caseInsensitive;
        this.minParams = minParams;
        this.maxParams = maxParams;
        this.greedy = greedy;
        this.nolist = nolist;
        this.recursive = recursive;
        this.defaults = defaults;
        this.file = file;
        this.line = line;
    }

    void addBodyLine(List<Token> tokens, int sourceLine) {
        if (body.size() == bodyLines.length) {
            bodyLines = java.util.Arrays.copyOf(bodyLines, bodyLines.length * 2);
        }
        bodyLines[body.size()] = sourceLine;
        body.add(tokens);
    }

    /** nasm's rule: a call with {@code n} parameters matches when n is in range, or beyond it for greedy macros. */
    boolean accepts(int n) {
        return n >= minParams && (n <= maxParams || greedy);
    }
}
