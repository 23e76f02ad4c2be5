package io.github.tinybin.asm.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.tinybin.asm.Assembler;
import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.asm.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The encoder's length decisions under the assembler's passes: forward branches that reach and
 * that do not, forward constants as immediates and displacements, label addresses that must keep
 * their full width, RIP-relative operands. Compared with nasm's output for the same file.
 */
class RelaxationTest {
    @Test
    void forwardReferencesSettleWhereNasmsDo() throws IOException {
        byte[] source = resource("relaxation.asm");
        byte[] expected = resource("relaxation.bin");
        SectionPlacement textAtZero = (List<Section> sections) -> {
            long at = 0;
            for (Section s : sections) {
                s.address(at);
                at += s.size();
            }
        };
        AssemblyResult result = new Assembler(new X86Encoder())
                .assemble(new SourceText("relaxation.asm", null, source), new AssemblerOptions(), textAtZero);
        assertFalse(result.diagnostics().hasErrors(), () -> result.diagnostics().all().toString());
        HexFormat hex = HexFormat.ofDelimiter(" ");
        assertEquals(hex.formatHex(expected), hex.formatHex(result.section(".text").bytes()));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RelaxationTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
