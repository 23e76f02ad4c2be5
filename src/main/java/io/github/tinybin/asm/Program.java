package io.github.tinybin.asm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parsed program that the passes work on: statements, expressions, symbols, sections, lines. */
final class Program {
    final ExprCode code = new ExprCode();
    final SymbolTable symbols = new SymbolTable();
    final SourceLines lines = new SourceLines();
    final Evaluator evaluator = new Evaluator(code, symbols);
    final List<Section> sections = new ArrayList<>();
    private final Map<String, Integer> sectionIndex = new HashMap<>();
    final Statements statements = new Statements();

    private final SourceText source;
    private final AssemblerOptions options;
    private final SectionPlacement placement;
    private boolean hasOrigin;
    private long origin;

    Program(SourceText source, AssemblerOptions options, SectionPlacement placement) {
        this.source = source;
        this.options = options;
        this.placement = placement;
    }

    /** See {@link Statements#add}. */
    boolean add(Statement st) {
        return statements.add(st);
    }

    /** The index of section {@code name}, created with nasm's default attributes on first use. */
    int section(String name) {
        Integer i = sectionIndex.get(name);
        if (i != null) {
            return i;
        }
        sections.add(Section.withDefaults(name));
        int index = sections.size() - 1;
        sectionIndex.put(name, index);
        if (symbols.sectionBase.length <= index) {
            symbols.sectionBase = Arrays.copyOf(symbols.sectionBase, index * 2 + 2);
        }
        return index;
    }

    /** Applies {@code org}; returns a message when the output format has none or it was set before. */
    String origin(long address) {
        if (hasOrigin) {
            return address == origin ? null : "program origin redefined";
        }
        if (!placement.origin(address)) {
            return "`org' is only supported by the bin output format (--format bin)";
        }
        hasOrigin = true;
        origin = address;
        return null;
    }

    /**
     * Where a file named in the source is: as given if absolute, else relative to the source's
     * folder, the working directory, then each include directory (nasm's order). Null if none exists.
     */
    Path resolve(String name) {
        Path p;
        try {
            p = Path.of(name);
        } catch (RuntimeException e) {
            return null;
        }
        if (p.isAbsolute()) {
            return Files.exists(p) ? p : null;
        }
        List<Path> candidates = new ArrayList<>();
        if (source.path() != null && source.path().getParent() != null) {
            candidates.add(source.path().getParent());
        }
        if (options.workingDirectory != null) {
            candidates.add(options.workingDirectory);
        }
        candidates.addAll(options.includeDirectories);
        for (Path dir : candidates) {
            Path f = dir.resolve(p);
            if (Files.exists(f)) {
                return f;
            }
        }
        return null;
    }
}
