package io.github.tinybin.build;

import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.elf.ElfOptions;
import io.github.tinybin.elf.Layouts;
import java.nio.file.Path;

/**
 * One program to build: what the CLI's options and the Mojo's parameters both map to.
 * {@code source == null} means the built-in Hello program with {@link #message}.
 */
public final class BuildRequest {
    public Path source;
    /** Name printed in diagnostics for {@link #source}; defaults to the path as given. */
    public String sourceDisplayName;
    /** The built-in program's text, escapes already expanded. */
    public String message = BuiltinProgram.DEFAULT_MESSAGE;
    public OutputFormat format = OutputFormat.ELF;
    public String layout = Layouts.DEFAULT;
    public String entry = ElfOptions.DEFAULT_ENTRY;
    public long baseAddress = ElfOptions.DEFAULT_BASE;
    public boolean pie;
    public boolean debug;
    public final AssemblerOptions assembler = new AssemblerOptions();

    public ElfOptions elfOptions() {
        return new ElfOptions(baseAddress, entry, pie, debug);
    }

    /**
     * A load address as users write it: decimal, or hex with {@code 0x}; {@code _} separators allowed.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code value}
     */
    public static long parseBaseAddress(String value) {
        String digits = value.strip().replace("_", "");
        long address;
        try {
            address = digits.startsWith("0x") || digits.startsWith("0X")
                    ? Long.parseUnsignedLong(digits.substring(2), 16)
                    : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number (decimal or 0x hex)");
        }
        // Linux maps nothing below vm.mmap_min_addr (64 KiB by default) or above the user half
        if (address < 0x10000 || (address & 0xfff) != 0 || address >= 0x8000_0000_0000L) {
            throw new IllegalArgumentException("'" + value
                    + "' is not allowed: must be a multiple of 0x1000 from 0x10000 to below 0x800000000000");
        }
        return address;
    }

    /** Whether {@code name} can be defined with {@code -D}: a nasm identifier. */
    public static boolean isDefineName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.' || c == '?'
                    || c == '$' || c == '@' || c == '#' || c == '~' || i > 0 && c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
