package io.github.tinybin.asm;

import io.github.tinybin.asm.preprocess.Preprocessor;
import io.github.tinybin.asm.x86.InstructionEncoder;
import io.github.tinybin.diag.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assembler's entry point: source -> preprocessor -> tokens -> statements -> symbol resolution
 * and branch relaxation to a fixed point -> bytes per section. Stateless between calls and safe to
 * use from several threads, each call with its own inputs.
 */
public final class Assembler {
    private final InstructionEncoder encoder;

    public Assembler(InstructionEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * Assembles {@code source}. Never throws for bad input: every problem is a diagnostic in the
     * result, which then has no usable sections.
     *
     * @param placement where sections go in memory; called after each pass
     */
    public AssemblyResult assemble(SourceText source, AssemblerOptions options, SectionPlacement placement) {
        return assemble(source, options, placement, null);
    }

    /** As {@link #assemble(SourceText, AssemblerOptions, SectionPlacement)}, showing tests the passes that ran. */
    AssemblyResult assemble(SourceText source, AssemblerOptions options, SectionPlacement placement,
                            java.util.function.Consumer<Passes> passesRun) {
        Diagnostics diagnostics = new Diagnostics();
        Program program = new Program(source, options, placement);
        Parser parser = new Parser(program, encoder, diagnostics, options);
        long[] lines = {0};
        try {
            Preprocessor preprocessor = new Preprocessor(options, diagnostics);
            preprocessor.run(source, line -> {
                if (++lines[0] > options.limits.lines) {
                    diagnostics.error(line.file, line.line, 1, "more than " + options.limits.lines
                            + " lines after preprocessing (Limits.lines)", line.original);
                    preprocessor.stop();
                    return;
                }
                parser.accept(line);
                if (parser.outputExceeded()) {
                    preprocessor.stop();
                }
            });
        } catch (RuntimeException e) {
            diagnostics.error("internal error in the preprocessor: " + e);
        }
        Passes passes = new Passes(program, encoder, diagnostics, options, placement);
        // past the output limit the passes would only report it again, at a later line
        boolean laidOut = !parser.outputExceeded() && passes.run();
        if (passesRun != null) {
            passesRun.accept(passes);
        }
        List<Section> sections = List.copyOf(program.sections);
        Map<String, Symbol> symbols = laidOut ? symbols(program) : Map.of();
        List<LineEntry> lineTable = laidOut ? lineTable(program) : List.of();
        String listing = options.listing && laidOut ? new Listing(program, passes.stitcher()).render(sections) : null;
        return new AssemblyResult(sections, symbols, lineTable, listing, diagnostics,
                laidOut ? passes.absoluteReferences() : List.of(), source.displayName(),
                undefinedGlobals(program));
    }

    private static Map<String, SourceLocation> undefinedGlobals(Program program) {
        SymbolTable s = program.symbols;
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        for (int id = 0; id < s.count; id++) {
            int at = s.declaredAt[id];
            if (s.global[id] && s.kind[id] == SymbolTable.UNDEFINED && at >= 0) {
                out.put(s.name(id), new SourceLocation(program.lines.file(at), program.lines.line(at),
                        program.lines.originalColumn(at, s.declaredColumn[id]), program.lines.original(at)));
            }
        }
        return out;
    }

    private static Map<String, Symbol> symbols(Program program) {
        SymbolTable s = program.symbols;
        Map<String, Symbol> out = new LinkedHashMap<>();
        for (int id = 0; id < s.count; id++) {
            byte k = s.kind[id];
            if (k != SymbolTable.LABEL && k != SymbolTable.CONSTANT) {
                continue;
            }
            Section section = k == SymbolTable.LABEL && s.section[id] >= 0 ? program.sections.get(s.section[id]) : null;
            int at = s.definedAt[id];
            String name = s.name(id);
            out.put(name, new Symbol(name, section, s.valueOf(id), s.global[id],
                    at >= 0 ? program.lines.file(at) : null, at >= 0 ? program.lines.line(at) : 0));
        }
        return out;
    }

    /** The line table, made on demand: most builds never read it, and it has an entry per line. */
    private static List<LineEntry> lineTable(Program program) {
        int[] index = new int[16];
        int n = 0;
        Statements statements = program.statements;
        for (int i = 0; i < statements.count(); i++) {
            if (statements.size(i) > 0 && statements.section(i) >= 0) {
                if (n == index.length) {
                    index = java.util.Arrays.copyOf(index, n * 2);
                }
                index[n++] = i;
            }
        }
        int[] entries = index;
        int count = n;
        return new java.util.AbstractList<>() {
            @Override
            public LineEntry get(int i) {
                java.util.Objects.checkIndex(i, count);
                int st = entries[i];
                int line = statements.line(st);
                return new LineEntry(program.sections.get(statements.section(st)), statements.offset(st),
                        statements.size(st), program.lines.file(line), program.lines.line(line));
            }

            @Override
            public int size() {
                return count;
            }
        };
    }
}
