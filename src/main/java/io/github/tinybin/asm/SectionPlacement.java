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

    /**
     * Asked once, after parsing and before the first pass: a code section the format wants laid out
     * in pieces through several address ranges, or null (the default) for none. When the assembler
     * accepts, it sets {@link Section#pieces} on the section before every {@link #place} call (empty
     * before the first pass), so the placement can put the other sections around the pieces.
     */
    default Stitching stitching(List<Section> sections) {
        return null;
    }

    /**
     * A request to stitch {@code section}: its statements go, in order, into {@code ranges} (offsets
     * from the section's address, {@code start, end} pairs in increasing order, each within a short
     * jump of the next; the last one's end is {@link Long#MAX_VALUE}), the next range entered by a
     * 2-byte {@code jmp short} wherever the next instruction (plus such a jump) does not fit the rest
     * of the current one. Execution enters at the first range's start, so the section must begin with
     * the label named {@code entry}; the assembler declines (leaves the section whole) otherwise.
     */
    record Stitching(Section section, long[] ranges, String entry) {
    }
}
