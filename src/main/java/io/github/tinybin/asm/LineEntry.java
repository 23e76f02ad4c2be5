package io.github.tinybin.asm;

/**
 * Where the bytes of one source line went: for listings and for DWARF line tables.
 *
 * @param section the section the bytes are in
 * @param offset  offset of the first byte within the section
 * @param length  number of bytes the line produced (0 for lines that only define things)
 * @param file    source file as displayed
 * @param line    1-based line in that file
 */
public record LineEntry(Section section, long offset, long length, String file, int line) {
}
