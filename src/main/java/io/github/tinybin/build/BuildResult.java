package io.github.tinybin.build;

import io.github.tinybin.diag.Diagnostics;

/**
 * The outcome of a build.
 *
 * @param bytes       the file to write; null when there were errors
 * @param listing     listing text when asked for, else null
 * @param diagnostics every error and warning
 */
public record BuildResult(byte[] bytes, String listing, Diagnostics diagnostics) {
    public boolean succeeded() {
        return bytes != null && !diagnostics.hasErrors();
    }
}
