package io.github.tinybin.build;

import io.github.tinybin.asm.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The program users get with no source of their own: the seed's Hello, shipped as assembly source
 * and assembled like any user file. The message reaches it as the preprocessor define
 * {@value #MESSAGE_DEFINE}, a backquoted string. The {@code smallest} layout gets a variant written
 * for size and without absolute addresses ({@code smallest} loads above 4 GiB).
 */
public final class BuiltinProgram {
    public static final String DEFAULT_MESSAGE = "Hello!\n";
    public static final String MESSAGE_DEFINE = "MESSAGE";
    /** Defined for position-independent builds, so the program addresses its message RIP-relative. */
    public static final String PIE_DEFINE = "PIE";
    public static final String DISPLAY_NAME = "<builtin>/hello.asm";
    private static final String RESOURCE = "hello.asm";
    private static final String SMALLEST_LAYOUT = "smallest";
    private static final String SMALLEST_RESOURCE = "hello-smallest.asm";

    private BuiltinProgram() {
    }

    /** The seed's Hello. */
    public static SourceText source() {
        return load(RESOURCE, DISPLAY_NAME);
    }

    /** The built-in program for the named layout. */
    public static SourceText source(String layout) {
        return SMALLEST_LAYOUT.equals(layout) ? load(SMALLEST_RESOURCE, "<builtin>/" + SMALLEST_RESOURCE) : source();
    }

    private static SourceText load(String resource, String displayName) {
        try (InputStream in = BuiltinProgram.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("plugin jar is missing " + resource);
            }
            return new SourceText(displayName, null, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code message} as a nasm backquoted string literal of its UTF-8 bytes. */
    public static String messageLiteral(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 2).append('`');
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '`' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        }
        return sb.append('`').toString();
    }

    /**
     * Expands {@code \n}, {@code \t} and {@code \\} in a message as users write it in a pom or on a
     * command line, where a real newline cannot be carried. Any other backslash stays as it is.
     */
    public static String expandEscapes(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(i + 1);
                switch (n) {
                    case 'n' -> { sb.append('\n'); i++; continue; }
                    case 't' -> { sb.append('\t'); i++; continue; }
                    case '\\' -> { sb.append('\\'); i++; continue; }
                    default -> { }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
