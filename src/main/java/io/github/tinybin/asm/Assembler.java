package io.github.tinybin.asm;

import io.github.tinybin.asm.x86.InstructionEncoder;

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
        throw new UnsupportedOperationException("front end not written yet");
    }
}
