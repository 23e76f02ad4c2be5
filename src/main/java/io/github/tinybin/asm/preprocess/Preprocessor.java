package io.github.tinybin.asm.preprocess;

import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.diag.Diagnostics;

/**
 * nasm's preprocessor: splits the source into lines (LF or CRLF), runs %-directives, expands macros,
 * reads %include files, and streams the resulting lines to a {@link LineSink}. Runs once per
 * assembly (the assembler keeps the parsed statements for its passes). Errors go to the
 * diagnostics with the file and line where they happened.
 *
 * <p>Until the full preprocessor lands, this passes lines through unchanged.
 */
public final class Preprocessor {
    private final AssemblerOptions options;
    private final Diagnostics diagnostics;

    public Preprocessor(AssemblerOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    public void run(SourceText source, LineSink sink) {
        byte[] b = source.bytes();
        LogicalLine l = new LogicalLine();
        l.text = b;
        l.file = source.displayName();
        int lineNo = 0;
        int i = 0;
        while (i < b.length) {
            int s = i;
            while (i < b.length && b[i] != '\n') {
                i++;
            }
            int e = i;
            if (e > s && b[e - 1] == '\r') {
                e--;
            }
            l.start = s;
            l.end = e;
            l.line = ++lineNo;
            l.original = null;
            l.expanded = false;
            sink.accept(l);
            i++;
        }
    }
}
