package io.github.tinybin.asm;

/**
 * A source file's bytes and the name diagnostics print for it. Sources are bytes, not text: nasm
 * passes non-UTF-8 bytes in strings and comments through unchanged, and so do we.
 *
 * @param displayName the name printed in diagnostics ({@code src/main/asm/hello.asm}, or
 *                    {@code <builtin>/hello.asm} for the shipped program)
 * @param path        where it lives, for resolving {@code %include} and {@code incbin} relative to it;
 *                    null for sources with no file (the built-in program)
 * @param bytes       the contents
 */
public record SourceText(String displayName, java.nio.file.Path path, byte[] bytes) {
}
