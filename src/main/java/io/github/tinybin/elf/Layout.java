package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.diag.Diagnostics;

/**
 * A named strategy for laying a program out as an ELF executable. The assembler uses
 * {@link #placement} while relaxing, so addresses in the code are the final ones; {@link #write} then
 * emits the file.
 */
public interface Layout {
    /** The name users pick it by ({@code tiny}, {@code compact}, ...). */
    String name();

    /** One line for --help and the docs. */
    String description();

    SectionPlacement placement(ElfOptions options);

    /**
     * The file's bytes, or null after reporting errors (missing entry symbol, .bss too large, an
     * option this layout does not support) to {@code diagnostics}.
     */
    byte[] write(AssemblyResult program, ElfOptions options, Diagnostics diagnostics);
}
