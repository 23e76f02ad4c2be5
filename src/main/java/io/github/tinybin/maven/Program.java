package io.github.tinybin.maven;

import java.nio.file.Path;

/**
 * One executable the build produces, with everything resolved.
 *
 * @param name        file name in the output directory
 * @param source      the assembly source, or null for the built-in program
 * @param displayName how diagnostics name the source (relative to the project directory)
 * @param entry       entry symbol
 * @param layout      ELF layout name
 * @param classifier  classifier it is attached with
 * @param main        whether it is the project's main program
 */
record Program(String name, Path source, String displayName, String entry, String layout, String classifier,
               boolean main) {
}
