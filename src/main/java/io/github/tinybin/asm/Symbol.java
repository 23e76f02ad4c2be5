package io.github.tinybin.asm;

/**
 * A symbol of the assembled program.
 *
 * @param name    full name (local labels as {@code parent.local})
 * @param section the section a label is in; null for constants ({@code equ}, absolute)
 * @param value   final value: for labels the virtual address after placement
 * @param global  declared {@code global}
 * @param file    source file where it was defined
 * @param line    line where it was defined
 */
public record Symbol(String name, Section section, long value, boolean global, String file, int line) {
    public boolean isLabel() {
        return section != null;
    }
}
