package io.github.tinybin.asm;

import java.util.List;

/**
 * Decides where sections live in memory. The output format owns this (an ELF layout, nasm's flat
 * bin rules), the assembler calls it after every relaxation pass with the sections' current sizes,
 * so that label addresses, branch sizes and RIP-relative displacements all see the final layout.
 * Must be deterministic and depend only on the sections' names, attributes, alignments and sizes.
 */
public interface SectionPlacement {
    /** Sets {@link Section#address(long)} on every section of {@code sections} (in source order). */
    void place(List<Section> sections);

    /**
     * nasm's {@code org}: the address the output starts at. Only the flat binary format has one;
     * returns false (the assembler then reports an error) for formats that do not.
     */
    default boolean origin(long address) {
        return false;
    }
}
