package io.github.tinybin.asm;

import io.github.tinybin.diag.Diagnostics;

/**
 * Where in the user's source something was written, for diagnostics raised after assembly (by an
 * output writer) that still blame a line.
 */
public record SourceLocation(String file, int line, int column, String sourceLine) {

    /** Reports an error at {@code where}, or without a location when there is none. */
    public static void error(Diagnostics diagnostics, SourceLocation where, String message) {
        if (where == null) {
            diagnostics.error(message);
        } else {
            diagnostics.error(where.file, where.line, where.column, message, where.sourceLine);
        }
    }
}
