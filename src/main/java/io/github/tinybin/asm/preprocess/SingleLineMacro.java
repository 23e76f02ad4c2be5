package io.github.tinybin.asm.preprocess;

import java.util.List;

/** A {@code %define}d macro: name, optional parameter list, and the body as tokens. */
final class SingleLineMacro {
    /** Body tokens of this kind stand for the parameter whose index is {@link #paramIndex}. */
    final String name;
    final boolean caseInsensitive;
    /** Number of parameters, or -1 for a macro defined without parentheses. */
    final int paramCount;
    /** The last parameter takes the rest of the arguments, commas included. */
    final boolean greedy;
    final List<Token> body;
    /** For each body token: the parameter it stands for, or -1. */
    final int[] paramIndex;
    /** Built-ins whose value is computed at each use ({@code __?LINE?__} ...), else null. */
    final Dynamic dynamic;

    enum Dynamic { LINE, FILE, BITS }

    SingleLineMacro(String name, boolean caseInsensitive, int paramCount, boolean greedy, List<Token> body,
                    int[] paramIndex, Dynamic dynamic) {
        this.name = name;
        this.caseInsensitive = caseInsensitive;
        this.paramCount = paramCount;
        this.greedy = greedy;
        this.body = body;
        this.paramIndex = paramIndex;
        this.dynamic = dynamic;
    }

    boolean accepts(int args) {
        return paramCount < 0 ? args < 0 : greedy ? args >= paramCount - 1 && args >= 0 : args == paramCount;
    }
}
