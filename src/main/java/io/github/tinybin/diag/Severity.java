package io.github.tinybin.diag;

/** How bad a diagnostic is. Only {@link #ERROR} stops the build. */
public enum Severity {
    WARNING("warning"),
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed between location and message, as compilers print it. */
    public String label() {
        return label;
    }
}
