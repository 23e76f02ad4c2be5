package io.github.tinybin.asm;

import static io.github.tinybin.asm.AssemblerTestSupport.assemble;
import static io.github.tinybin.asm.AssemblerTestSupport.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.diag.DiagnosticFormatter;
import org.junit.jupiter.api.Test;

class AssemblerFrontEndTest {
    private final FakeEncoder encoder = new FakeEncoder();

    private AssemblyResult ok(String src) {
        AssemblyResult r = assemble(encoder, src, 0x1000);
        assertFalse(r.diagnostics().hasErrors(), () -> DiagnosticFormatter.format(r.diagnostics()));
        return r;
    }

    private String errors(String src) {
        AssemblyResult r = assemble(encoder, src, 0x1000);
        assertTrue(r.diagnostics().hasErrors(), "expected errors");
        return DiagnosticFormatter.format(r.diagnostics());
    }

    @Test
    void helloWithoutPreprocessorLines() {
        AssemblyResult r = ok("""
                        section .rodata
                message:
                        db      `Hello!\\n`
                length  equ     $ - message

                        section .text
                        global  _start
                _start:
                        mov     edi, 1                  ; fd 1: stdout
                        mov     esi, message
                        mov     edx, length
                        mov     eax, 1                  ; write(2)
                        syscall
                        xor     edi, edi                ; status 0
                        mov     eax, 60                 ; exit(2)
                        syscall
                        ud2
                """);
        Section rodata = r.section(".rodata");
        Section text = r.section(".text");
        assertEquals("48656c6c6f210a", hex(rodata.bytes()));
        assertEquals(0x1000, rodata.address());
        assertEquals(0x1010, text.address());
        assertEquals("bf01000000" + "be00100000" + "ba07000000" + "b801000000" + "0f05" + "31ff"
                + "b83c000000" + "0f05" + "0f0b", hex(text.bytes()));
        Symbol start = r.symbols().get("_start");
        assertEquals(0x1010, start.value());
        assertTrue(start.global());
        assertEquals(text, start.section());
        assertEquals(7, r.symbols().get("length").value());
        assertNull(r.symbols().get("length").section());
    }

    @Test
    void instructionOnlyLineGoesToTextAtZero() {
        AssemblyResult r = assemble(encoder, "lea eax, [rbx+rcx*4+8]\n", 0);
        assertFalse(r.diagnostics().hasErrors());
        assertEquals(".text", r.sections().get(0).name());
        assertEquals("lea eax, [rbx+rcx*4+8]", encoder.seen.get(0));
    }

    @Test
    void effectiveAddressesAreCanonicalisedAsNasmDoes() {
        ok("""
                lea rcx,[rax+rbx]
                lea rcx,[rax+rsp]
                lea rcx,[rax*2]
                lea rcx,[nosplit rax*2]
                lea rcx,[nosplit rax*1]
                lea rcx,[nosplit rax]
                lea rcx,[rax*3]
                lea rcx,[4*rcx+rdx-8]
                lea rcx,[byte rax+0]
                lea rcx,[fs:rax]
                lea rcx,[rel x]
                lea rcx,[0x10]
                lea rcx,[rax+rbx-rbx+2*3]
                x:
                """);
        assertEquals(java.util.List.of(
                "lea rcx, [rax+rbx*1]",
                "lea rcx, [rsp+rax*1]",
                "lea rcx, [rax+rax*1]",
                "lea rcx, [+rax*2 nosplit]",
                "lea rcx, [+rax*1 nosplit]",
                "lea rcx, [rax nosplit]",
                "lea rcx, [rax+rax*2]",
                "lea rcx, [rdx+rcx*4-8]",
                "lea rcx, [rax/d8]",
                "lea rcx, [fs:rax]",
                "lea rcx, [rel +4109]",
                "lea rcx, [+16]",
                "lea rcx, [rax+6]"), encoder.seen);
    }

    @Test
    void defaultRelAppliesToBareAddressesButNotUnderFs() {
        ok("""
                default rel
                lea rcx,[x]
                lea rcx,[fs:x]
                lea rcx,[abs x]
                lea rcx,[rax+x]
                x:
                """);
        assertEquals(java.util.List.of("lea rcx, [rel +4100]", "lea rcx, [fs:+4100]", "lea rcx, [+4100]",
                "lea rcx, [rax+4100]"), encoder.seen);
    }

    @Test
    void jumpsRelaxFromShortToNearUntilNothingMoves() {
        AssemblyResult r = ok("""
                start:
                    jmp far_away
                    jmp start
                    times 200 nop
                far_away:
                    jmp start
                """);
        byte[] t = r.section(".text").bytes();
        assertEquals(5 + 2 + 200 + 5, t.length);
        assertEquals("e9ca000000", hex(java.util.Arrays.copyOfRange(t, 0, 5)));
        assertEquals("ebf9", hex(java.util.Arrays.copyOfRange(t, 5, 7)));
        assertEquals("e9", hex(java.util.Arrays.copyOfRange(t, 207, 208)));
        assertEquals(0x1000 + 207, r.symbols().get("far_away").value());
    }

    @Test
    void localLabelsAttachToTheLastNonLocalLabel() {
        AssemblyResult r = ok("""
                one:
                .loop: nop
                    jmp .loop
                two:
                .loop: nop
                    jmp one.loop
                ..@x: nop
                .after: nop
                """);
        assertEquals(0x1000, r.symbols().get("one.loop").value());
        assertEquals(0x1003, r.symbols().get("two.loop").value());
        assertEquals(0x1006, r.symbols().get("..@x").value());
        assertEquals(0x1007, r.symbols().get("two.after").value());
        assertEquals("90ebfd90ebfa9090", hex(r.section(".text").bytes()));
    }

    @Test
    void numbersInEveryNasmForm() {
        AssemblyResult r = ok("db 0x1_0, 1e3h, 0b101, 101b, 0o17, 17q, 0d99, 99d, $0ff, 0ffh, 0h, 1y, 'a'+1, -1\n"
                + "dw 'ab', 1 << 4 | 1, 7 // -2, -7 %% 3, ~0, !0, 3 > 2\n"
                + "dd (1 ? 2 : 3), 10 / 3, 10 % 3, -16 >>> 2, 1 == 1 && 2 <> 2\n");
        assertEquals("10e305050f0f6363ffff000162ff" + "6162" + "1100" + "fdff" + "ffff" + "ffff" + "0100" + "0100"
                + "02000000" + "03000000" + "01000000" + "fcffffff" + "00000000", hex(r.section(".text").bytes()));
    }

    @Test
    void shiftCountsAreTakenModulo64AsNasmDoes() {
        // nasm -f bin's bytes for the same line
        AssemblyResult r = ok("dq 1 << 65, 1 << -1, 4 >> 65, -8 >>> 65, 0x80 >> 64\n");
        assertEquals("0200000000000000" + "0000000000000080" + "0200000000000000" + "fcffffffffffffff"
                + "8000000000000000", hex(r.section(".text").bytes()));
    }

    @Test
    void stringsAndEscapes() {
        AssemblyResult r = ok("db 'a\\n', \"q'\", `\\t\\x41\\101\\e\\0\\u00e9\\``, 0\ndw 'abc'\ndd `x`\n");
        assertEquals("615c6e" + "7127" + "0941411b00c3a960" + "00" + "61626300" + "78000000",
                hex(r.section(".text").bytes()));
    }

    @Test
    void escapeEdgesAsNasm() {
        // nasm -f bin's bytes: x, u and U escapes without digits are the letter, E is E, 5/6-byte forms past U+10FFFF
        AssemblyResult r = ok("db `\\E\\x\\u\\U\\xg`, `\\U7fffffff\\U00200000`\n");
        assertEquals("457875557867" + "fdbfbfbfbfbf" + "f888808080", hex(r.section(".text").bytes()));
    }

    @Test
    void floatsAsNasmEncodesThem() {
        AssemblyResult r = ok("""
                dd 1.5, -2.25, 1e10
                dq 1.5, 0.1
                dw 1.5
                dt 1.5
                dq 0x1.8p3, __?Infinity?__, __?NaN?__, -0.0
                """);
        assertEquals("0000c03f000010c0f9021550" + "000000000000f83f9a9999999999b93f" + "003e"
                + "00000000000000c0ff3f" + "0000000000002840000000000000f07f000000000000f87f0000000000000080",
                hex(r.section(".text").bytes()));
    }

    @Test
    void decimalFloatsRoundAsNasmsApproximationDoes() {
        // nasm -f bin's bytes: exact ties just below the midpoint, nasm's NaN pattern just past the
        // largest exponent (no warning), and a warning for digits past the 52nd
        AssemblyResult r = ok("""
                dd 16777219.0
                dq 9007199254740995.0
                dw 65520.0
                dw 70000.0
                dd 4e38
                dt 1.5e4932
                dd 1.00000000000000000000000000000000000000000000000000001
                """);
        assertEquals("0100804b" + "0100000000004043" + "ff7b" + "467c" + "9976967f" + "1a395f05ff8561a1ff7f" + "0000803f",
                hex(r.section(".text").bytes()));
        String warnings = DiagnosticFormatter.format(r.diagnostics());
        assertTrue(warnings.contains("t.asm:7:4: warning: floating-point constant significand contains more than 52 digits"
                + " [-w+float-toolong]"), warnings);
        assertEquals(1, r.diagnostics().all().size(), warnings);
    }

    @Test
    void timesReservesAlignAndEquForward() {
        AssemblyResult r = ok("""
                    times 3 db 1, 2
                    align 8
                    db n
                n equ 5
                    section .bss
                buf: resd 4
                    alignb 32
                end:
                """);
        assertEquals("010201020102909005", hex(r.section(".text").bytes()));
        Section bss = r.section(".bss");
        assertEquals(32, bss.size());
        assertEquals(32, bss.align());
        assertEquals(bss.address() + 32, r.symbols().get("end").value());
    }

    @Test
    void strucAndIstruc() {
        AssemblyResult r = ok("""
                struc point
                  .x: resd 1
                  .y: resd 1
                  .name: resb 6
                endstruc
                p: istruc point
                  at point.x, dd 1
                  at point.name, db 'ab'
                iend
                dd point_size, point.y
                """);
        assertEquals(14, r.symbols().get("point_size").value());
        assertEquals("01000000" + "00000000" + "616200000000" + "0e000000" + "04000000", hex(r.section(".text").bytes()));
    }

    @Test
    void undefinedSymbolsAreReportedWithColumns() {
        String out = errors("  mov eax, nowhere\n  dd 1, also_missing\n");
        assertTrue(out.contains("t.asm:1:12: error: symbol `nowhere' not defined"), out);
        assertTrue(out.contains("t.asm:2:9: error: symbol `also_missing' not defined"), out);
        assertTrue(out.contains("  mov eax, nowhere\n           ^"), out);
    }

    @Test
    void externReferencesAreErrors() {
        String out = errors("extern puts\nmov eax, puts\n");
        assertTrue(out.contains("t.asm:2:10: error: symbol `puts' is extern"), out);
    }

    @Test
    void syntaxErrorsAreAllReported() {
        String out = errors("foo bar\nmov eax, (1\nx equ\nlabel:\nlabel:\ndd 1/0\ntimes -5 db 0\n");
        assertTrue(out.contains("t.asm:1:5: error: parser: instruction expected"), out);
        assertTrue(out.contains("t.asm:2:12: error: expecting `)'"), out);
        assertTrue(out.contains("t.asm:3:3: error: bad syntax for EQU"), out);
        assertTrue(out.contains("t.asm:5:1: error: label `label' inconsistently redefined"), out);
        assertTrue(out.contains("t.asm:6:5: error: division by zero"), out);
        assertTrue(out.contains("t.asm:7:7: error: TIMES value -5 is negative"), out);
    }

    @Test
    void orphanLabelWarnsAndOverflowingDataWarns() {
        AssemblyResult r = ok("foo\ndb 300, -200\n");
        String out = DiagnosticFormatter.format(r.diagnostics());
        assertTrue(out.contains("t.asm:1:1: warning: label alone on a line without a colon might be in error"), out);
        assertTrue(out.contains("t.asm:2:4: warning: byte data exceeds bounds"), out);
        assertFalse(out.contains("2:9"), out);
    }

    @Test
    void hugeTimesIsAFastClearError() {
        long t0 = System.nanoTime();
        String out = errors("times 1000000000000000 db 0\n");
        assertTrue(out.contains("t.asm:1:7: error: output size exceeds the limit of 67108864 bytes"), out);
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
    }

    @Test
    void listingLooksLikeNasms() {
        AssemblyResult r = ok("section .text\nstart:\n  mov eax, 1\n  db \"hello world, this is long\", 0\n  times 3 nop\n");
        assertEquals("""
                     1                                  section .text
                     2                                  start:
                     3 00000000 B801000000                mov eax, 1
                     4 00000005 68656C6C6F20776F72-       db "hello world, this is long", 0
                     4 0000000E 6C642C207468697320-
                     4 00000017 6973206C6F6E6700  \s
                     5 0000001F 90<rep 3h>                times 3 nop
                """, r.listing());
    }

    @Test
    void orgIsOnlyForFlatBinaries() {
        String out = errors("org 0x100\nnop\n");
        assertTrue(out.contains("t.asm:1:1: error: `org' is only supported by the bin output format"), out);
    }

    @Test
    void prefixesAloneAndWaitPrefix() {
        AssemblyResult r = ok("lock\nrep\no16\na32\nfs\nwait nop\n");
        assertEquals("f0f36667649b90", hex(r.section(".text").bytes()));
        String out = DiagnosticFormatter.format(r.diagnostics());
        assertTrue(out.contains("t.asm:1:1: warning: instruction is not lockable"), out);
    }

    @Test
    void conflictingAndRedundantPrefixes() {
        String out = errors("rep repne nop\nfs gs nop\nmov eax, [fs:gs:0]\n");
        assertTrue(out.contains("t.asm:1:5: error: instruction has conflicting prefixes"), out);
        assertTrue(out.contains("t.asm:2:4: error: instruction has conflicting prefixes"), out);
        assertTrue(out.contains("t.asm:3:14: error: instruction has conflicting segment overrides"), out);
        AssemblyResult r = ok("rep rep nop\n");
        assertTrue(DiagnosticFormatter.format(r.diagnostics()).contains("warning: instruction has redundant prefixes"));
    }

    @Test
    void timesEvaluatesOperandsOnceAtTheLineStart() {
        AssemblyResult r = ok("times 3 dw $\n");
        assertEquals("001000100010", hex(r.section(".text").bytes()));
    }
}
