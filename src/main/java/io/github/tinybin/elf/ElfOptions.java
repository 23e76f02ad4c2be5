package io.github.tinybin.elf;

/**
 * Settings of an ELF output besides the layout itself.
 *
 * @param baseAddress where the first segment is mapped (ignored by layouts that fix their own base)
 * @param entry       the symbol execution starts at
 * @param pie         position-independent (ET_DYN), for the layouts that support it
 * @param debug       write DWARF line information, for the layouts that support it
 */
public record ElfOptions(long baseAddress, String entry, boolean pie, boolean debug) {
    public static final long DEFAULT_BASE = 0x400000L;
    public static final String DEFAULT_ENTRY = "_start";

    public static ElfOptions defaults() {
        return new ElfOptions(DEFAULT_BASE, DEFAULT_ENTRY, false, false);
    }
}
