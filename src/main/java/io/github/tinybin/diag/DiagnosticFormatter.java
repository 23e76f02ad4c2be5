package io.github.tinybin.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders diagnostics the way the CLI and the Mojo both print them:
 * {@code file:line:column: error: message}, then the source line and a caret under the column.
 * Without a file: {@code tinybin: error: message}.
 */
public final class DiagnosticFormatter {
    private DiagnosticFormatter() {
    }

    /** The lines for one diagnostic: the headline, then (when known) the source line and its caret. */
    public static List<String> lines(Diagnostic d) {
        List<String> out = new ArrayList<>(3);
        out.add(headline(d));
        if (d.sourceLine() != null && d.line() > 0) {
            String src = printable(d.sourceLine());
            out.add(src);
            if (d.column() > 0) {
                StringBuilder caret = new StringBuilder();
                int col = Math.min(d.column() - 1, src.length());
                for (int i = 0; i < col; i++) {
                    caret.append(src.charAt(i) == '\t' ? '\t' : ' ');
                }
                caret.append('^');
                out.add(caret.toString());
            }
        }
        return out;
    }

    public static String headline(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        if (d.file() == null) {
            sb.append("tinybin");
        } else {
            sb.append(d.file());
            if (d.line() > 0) {
                sb.append(':').append(d.line());
                if (d.column() > 0) {
                    sb.append(':').append(d.column());
                }
            }
        }
        sb.append(": ").append(d.severity().label()).append(": ").append(d.message());
        return sb.toString();
    }

    /** Every diagnostic, in order, one string with newlines; plus a line for those dropped. */
    public static String format(Diagnostics diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            for (String line : lines(d)) {
                sb.append(line).append('\n');
            }
        }
        if (diagnostics.dropped() > 0) {
            sb.append("tinybin: note: ").append(diagnostics.dropped()).append(" more diagnostics not shown\n");
        }
        return sb.toString();
    }

    /** Control characters other than tab would garble a terminal; show them escaped. Long lines are cut. */
    private static String printable(String s) {
        int max = 500;
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && i < max; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c >= 0x20 && c != 0x7f) {
                sb.append(c);
            } else {
                sb.append('?');
            }
        }
        if (s.length() > max) {
            sb.append("...");
        }
        return sb.toString();
    }
}
