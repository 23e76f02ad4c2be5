package io.github.tinybin.asm;

import static io.github.tinybin.asm.AssemblerTestSupport.sequential;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.AbsoluteReference.Use;
import io.github.tinybin.asm.x86.X86Encoder;
import io.github.tinybin.diag.DiagnosticFormatter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembler records every field that holds an absolute address, and nothing else. */
class AbsoluteReferencesTest {
    private static final long BASE = 0x500000000L;

    private static AssemblyResult assemble(String source) {
        AssemblyResult r = new Assembler(new X86Encoder()).assemble(
                new SourceText("t.asm", null, source.getBytes(StandardCharsets.UTF_8)), new AssemblerOptions(),
                sequential(BASE));
        assertTrue(r.diagnostics().all().isEmpty(),
                () -> "the assembler itself neither warns nor fails:\n" + DiagnosticFormatter.format(r.diagnostics()));
        return r;
    }

    /** One reference as a line: use, section+offset, width, signedness, value, symbol, line:column. */
    private static List<String> describe(AssemblyResult r) {
        List<String> out = new ArrayList<>();
        for (AbsoluteReference ref : r.absoluteReferences()) {
            out.add(ref.use() + " " + ref.section().name() + "+" + ref.offset() + " " + ref.fieldDescription()
                    + " 0x" + Long.toHexString(ref.value()) + " " + ref.symbol() + " " + ref.file() + ":" + ref.line()
                    + ":" + ref.column());
        }
        return out;
    }

    @Test
    void immediatesDisplacementsAndDataAreRecordedWithTheirFields() {
        AssemblyResult r = assemble("""
                        section .text
                start:  mov esi, msg
                        lea rsi, [msg]
                        mov eax, [table+rbx*8]
                        push msg
                        mov rax, msg
                        mov qword [rbx], msg
                        mov si, msg
                        mov eax, [eax+msg]
                        section .data
                table:  dd msg, 5
                        dq msg+3
                msg:    db "hi"
                """);
        Section text = r.section(".text");
        assertEquals(0x500000038L, r.symbols().get("table").value());
        assertEquals(0x500000048L, r.symbols().get("msg").value());
        assertEquals(List.of(
                "IMMEDIATE .text+1 unsigned 32-bit 0x500000048 msg t.asm:2:18",
                "DISPLACEMENT .text+9 signed 32-bit 0x500000048 msg t.asm:3:18",
                "DISPLACEMENT .text+16 signed 32-bit 0x500000038 table t.asm:4:18",
                "IMMEDIATE .text+21 signed 32-bit 0x500000048 msg t.asm:5:14",
                "IMMEDIATE .text+27 unsigned 64-bit 0x500000048 msg t.asm:6:18",
                "IMMEDIATE .text+38 signed 32-bit 0x500000048 msg t.asm:7:26",
                "IMMEDIATE .text+44 unsigned 16-bit 0x500000048 msg t.asm:8:17",
                "DISPLACEMENT .text+49 unsigned 32-bit 0x500000048 msg t.asm:9:18",
                "DATA .data+0 unsigned 32-bit 0x500000048 msg t.asm:11:12",
                "DATA .data+8 unsigned 64-bit 0x50000004b msg t.asm:12:12"), describe(r));
        assertEquals(53, text.size());
        for (AbsoluteReference ref : r.absoluteReferences()) {
            assertEquals(ref.width() == 8, ref.fits(), "only a 64-bit field holds an address above 4 GiB: " + ref);
        }
        assertEquals("start:  mov esi, msg", r.absoluteReferences().get(0).sourceLine());
    }

    @Test
    void relativeReferencesLabelDifferencesAndNumbersAreNotAbsolute() {
        AssemblyResult r = assemble("""
                        section .text
                start:  lea rsi, [rel msg]
                        mov eax, [rel msg + 4]
                        jmp start
                        call far_away
                        jz start
                        mov eax, msg - start
                        push 0x500000000 - 0x4fffffff0
                        mov eax, [rbx + 16]
                far_away:
                        ret
                        section .data
                msg:    dd start - msg, 7
                        dq $ - msg
                        default rel
                        section .text
                        mov eax, [msg]
                """);
        assertEquals(List.of(), describe(r));
    }

    @Test
    void timesCopiesFoldIntoOneReference() {
        AssemblyResult r = assemble("""
                msg:    times 1000 dd msg
                        times 500 mov dword [msg], msg
                """);
        assertEquals(List.of(
                "DATA .text+0 unsigned 32-bit 0x500000000 msg t.asm:1:23",
                "DISPLACEMENT .text+4003 signed 32-bit 0x500000000 msg t.asm:2:23",
                "IMMEDIATE .text+4007 unsigned 32-bit 0x500000000 msg t.asm:2:36"), describe(r));
        assertEquals(4000 + 500 * 11, r.section(".text").size());
    }

    @Test
    void theSymbolNamedIsTheLabelTheAddressComesFrom() {
        AssemblyResult r = assemble("""
                %macro load 1
                        mov esi, %1
                %endmacro
                start:
                .loop:  mov edi, .loop + 2
                        dd $
                        dq 3 * 4 + (start.loop - start) + start
                        load start
                        dd -(start - start.loop) + (start.loop + (start - start))
                """);
        assertEquals(List.of(
                "IMMEDIATE .text+1 unsigned 32-bit 0x500000002 start.loop t.asm:5:18",
                "DATA .text+5 unsigned 32-bit 0x500000005 $ t.asm:6:12",
                "DATA .text+9 unsigned 64-bit 0x50000000c start t.asm:7:12",
                "IMMEDIATE .text+18 unsigned 32-bit 0x500000000 start t.asm:8:14",
                "DATA .text+22 unsigned 32-bit 0x500000000 start.loop t.asm:9:12"), describe(r));
    }
}
