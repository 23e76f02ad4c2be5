package io.github.tinybin.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one place diagnostics of a build are collected. Thread-confined: one instance per build.
 * A hard cap keeps a runaway input from filling memory with messages.
 */
public final class Diagnostics {
    /** After this many errors, further errors are counted but not kept. */
    public static final int MAX_KEPT = 1000;

    private final List<Diagnostic> items = new ArrayList<>();
    private int errorCount;
    private int warningCount;
    private int dropped;

    public void report(Diagnostic d) {
        if (d.isError()) {
            errorCount++;
        } else {
            warningCount++;
        }
        if (items.size() < MAX_KEPT) {
            items.add(d);
        } else {
            dropped++;
        }
    }

    public void error(String file, int line, int column, String message, String sourceLine) {
        report(new Diagnostic(file, line, column, Severity.ERROR, message, sourceLine));
    }

    public void warning(String file, int line, int column, String message, String sourceLine) {
        report(new Diagnostic(file, line, column, Severity.WARNING, message, sourceLine));
    }

    /** An error that no source line is at fault for (configuration, I/O). */
    public void error(String message) {
        report(Diagnostic.error(message));
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public int errorCount() {
        return errorCount;
    }

    public int warningCount() {
        return warningCount;
    }

    /** How many diagnostics were counted but not kept because of {@link #MAX_KEPT}. */
    public int dropped() {
        return dropped;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }

    public void addAll(Diagnostics other) {
        for (Diagnostic d : other.items) {
            report(d);
        }
        dropped += other.dropped;
    }
}
