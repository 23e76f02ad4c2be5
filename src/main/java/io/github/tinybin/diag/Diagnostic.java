package io.github.tinybin.diag;

/**
 * One message about the input, as a value.
 *
 * @param file       the file the message is about, as the user named it; null when no file is at fault
 * @param line       1-based line, 0 when unknown
 * @param column     1-based column, 0 when unknown
 * @param severity   error or warning
 * @param message    the text, without location or severity
 * @param sourceLine the text of the offending line (for the caret display), null when unknown
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message, String sourceLine) {

    public static Diagnostic error(String message) {
        return new Diagnostic(null, 0, 0, Severity.ERROR, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
