package io.github.tinybin.asm;

import io.github.tinybin.diag.Diagnostics;
import java.util.List;
import java.util.Map;

/**
 * What the assembler hands to an output writer.
 *
 * @param sections    every section in order of first appearance, placed, with their bytes
 * @param symbols     every symbol by name
 * @param lines       per source line that produced bytes, where they went (address order per section)
 * @param listing     the listing text ({@code nasm -l} style), or null when not asked for
 * @param diagnostics every error and warning; when it has errors, sections are not to be written
 */
public record AssemblyResult(List<Section> sections, Map<String, Symbol> symbols, List<LineEntry> lines,
                             String listing,
                             Diagnostics diagnostics) {
    public Section section(String name) {
        for (Section s : sections) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
