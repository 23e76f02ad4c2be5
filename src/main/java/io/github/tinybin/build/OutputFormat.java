package io.github.tinybin.build;

import java.util.Locale;

/** What kind of file a build writes. */
public enum OutputFormat {
    /** A runnable Linux executable, through an ELF layout. */
    ELF,
    /** The raw section bytes, exactly as {@code nasm -f bin} writes them. */
    BIN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} (any case), or null. */
    public static OutputFormat byName(String name) {
        for (OutputFormat f : values()) {
            if (f.label().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }
}
