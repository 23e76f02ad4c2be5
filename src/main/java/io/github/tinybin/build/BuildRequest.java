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
}
