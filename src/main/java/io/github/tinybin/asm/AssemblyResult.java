package io.github.tinybin.asm;

import io.github.tinybin.diag.Diagnostics;
import java.util.List;
import java.util.Map;

/**
 * What the assembler hands to an output writer.
 *
 * @param sections            every section in order of first appearance, placed, with their bytes
 * @param symbols             every symbol by name
 * @param lines               per source line that produced bytes, where they went (address order per section)
 * @param listing             the listing text ({@code nasm -l} style), or null when not asked for
 * @param diagnostics         every error and warning; when it has errors, sections are not to be written
 * @param absoluteReferences  every field holding an absolute address, in source order, for the writer
 *                            to check against its format (copies made by {@code times} folded into one)
 * @param sourceName          the main source's display name, for diagnostics no line is at fault for; or null
 * @param undefinedGlobals    names declared {@code global} but never defined, with the declaring line
 */
public record AssemblyResult(List<Section> sections, Map<String, Symbol> symbols, List<LineEntry> lines,
                             String listing,
                             Diagnostics diagnostics, List<AbsoluteReference> absoluteReferences,
                             String sourceName, Map<String, SourceLocation> undefinedGlobals) {

    /** A result that names no source (hand-made programs). */
    public AssemblyResult(List<Section> sections, Map<String, Symbol> symbols, List<LineEntry> lines,
                          String listing, Diagnostics diagnostics, List<AbsoluteReference> absoluteReferences) {
        this(sections, symbols, lines, listing, diagnostics, absoluteReferences, null, Map.of());
    }

    /** A result without absolute references (hand-made programs, writers that need none). */
    public AssemblyResult(List<Section> sections, Map<String, Symbol> symbols, List<LineEntry> lines,
                          String listing, Diagnostics diagnostics) {
        this(sections, symbols, lines, listing, diagnostics, List.of());
    }

    public Section section(String name) {
        for (Section s : sections) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
