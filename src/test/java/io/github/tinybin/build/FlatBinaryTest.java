package io.github.tinybin.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.tinybin.asm.Assembler;
import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.asm.x86.ByteSink;
import io.github.tinybin.asm.x86.EncodeProblem;
import io.github.tinybin.asm.x86.Instruction;
import io.github.tinybin.asm.x86.InstructionEncoder;
import io.github.tinybin.diag.DiagnosticFormatter;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flat binaries byte for byte against nasm -f bin (expected files made by
 * {@code src/test/resources/io/github/tinybin/build/bin/regenerate.sh}). The sources use data and
 * {@code nop} only, so the layout and the front end are checked independently of the encoder.
 */
class FlatBinaryTest {
    /** Knows {@code nop} only: the rest of these sources is data. */
    private static final InstructionEncoder NOP_ONLY = new InstructionEncoder() {
        @Override
        public int encode(Instruction instruction, long address, ByteSink out, EncodeProblem problems) {
            if (out != null) {
                out.put(0x90);
            }
            return 1;
        }

        @Override
        public boolean isMnemonic(String mnemonic) {
            return mnemonic.equals("nop");
        }
    };

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FlatBinaryTest.class.getResourceAsStream("bin/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sections", "origin", "data"})
    void matchesNasm(String name) throws IOException {
        AssemblerOptions options = new AssemblerOptions();
        AssemblyResult r = new Assembler(NOP_ONLY).assemble(
                new SourceText(name + ".asm", null, resource(name + ".asm")), options, FlatBinary.placement());
        assertFalse(r.diagnostics().hasErrors(), () -> DiagnosticFormatter.format(r.diagnostics()));
        byte[] bytes = FlatBinary.write(r, r.diagnostics());
        assertFalse(r.diagnostics().hasErrors(), () -> DiagnosticFormatter.format(r.diagnostics()));
        assertArrayEquals(resource(name + ".bin"), bytes, name);
    }
}
