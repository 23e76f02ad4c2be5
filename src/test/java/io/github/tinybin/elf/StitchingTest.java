package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.Assembler;
import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.asm.x86.X86Encoder;
import io.github.tinybin.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The smallest layout stitching a plain .text through the header holes: our assembler builds each
 * program, the file's pieces are checked at their exact offsets, and the program is run.
 */
class StitchingTest {
    private static final Assembler ASSEMBLER = new Assembler(new X86Encoder());
    private static final long BASE = 0x500000000L;
    private final Layout smallest = Layouts.byName("smallest");
    private final ElfOptions defaults = ElfOptions.defaults();

    @TempDir
    Path dir;

    private static final String HELLO = """
                    global  _start
                    section .text
            _start:
                    mov     al, 1
                    lea     rsi, [rel message]
                    mov     edi, eax
                    mov     dl, length
                    syscall
                    xor     edi, edi
                    push    60
                    pop     rax
                    syscall
            message:
                    db      "Hello!", 10
            length  equ     $ - message
            """;

    private AssemblyResult assemble(String source, SectionPlacement placement, boolean listing) {
        AssemblerOptions options = new AssemblerOptions();
        options.listing = listing;
        AssemblyResult result = ASSEMBLER.assemble(new SourceText("test.asm", null,
                source.getBytes(StandardCharsets.UTF_8)), options, placement);
        assertTrue(result.diagnostics().all().isEmpty(), () -> result.diagnostics().all().toString());
        return result;
    }

    private byte[] build(String source) {
        return LayoutTesting.write(smallest, assemble(source, smallest.placement(defaults), false), defaults);
    }

    /** The same source placed the way smallest places a section it does not stitch. */
    private byte[] buildWhole(String source) {
        SectionPlacement stitching = smallest.placement(defaults);
        SectionPlacement whole = stitching::place;
        return LayoutTesting.write(smallest, assemble(source, whole, false), defaults);
    }

    private Executables.Run run(byte[] bytes) {
        return Executables.runProgram(dir, bytes);
    }

    private static String hex(byte[] bytes, int from, int to) {
        return HexFormat.of().formatHex(Arrays.copyOfRange(bytes, from, to));
    }

    @Test
    void helloGoesInstructionByInstructionThroughTheHoles() {
        AssemblyResult program = assemble(HELLO, smallest.placement(defaults), false);
        assertArrayEquals(new long[] {5, 11, 0x14, 4, 0x30, 6, 0x48, 14}, program.section(".text").pieces(),
                "e_ident, e_version, e_flags/e_ehsize, then p_align and on");
        byte[] bytes = LayoutTesting.write(smallest, program, defaults);
        assertEquals(86, bytes.length);
        // mov al,1; lea rsi,[rel message] (message at 0x4f: 0x4f - 0x0e); jmp short 0x14
        assertEquals("b001" + "488d3541000000" + "eb04", hex(bytes, 5, 16));
        assertEquals("89c7" + "eb18", hex(bytes, 0x14, 0x18), "mov edi,eax; jmp short 0x30");
        assertEquals("b207" + "0f05" + "eb12", hex(bytes, 0x30, 0x36), "mov dl,7; syscall; jmp short 0x48");
        assertEquals("31ff" + "6a3c" + "58" + "0f05", hex(bytes, 0x48, 0x4f), "the exit fills p_align");
        assertEquals("Hello!\n", new String(bytes, 0x4f, 7, StandardCharsets.US_ASCII));
        // the header fields between the holes are intact
        ElfReader elf = new ElfReader(bytes);
        assertEquals(Elf.EM_X86_64, elf.header.machine());
        assertEquals(BASE + 1, elf.header.entry());
        assertEquals(0x18L, elf.header.phoff());
        assertEquals(56, elf.header.phentsize());
        assertEquals(1, elf.header.phnum());
        ElfReader.Segment load = elf.segments.get(0);
        assertEquals(Elf.PT_LOAD, load.type());
        assertEquals(BASE + 0x18, load.vaddr());
        assertEquals(1L, load.filesz());
        assertEquals(0x90, elf.u8(4));
        Executables.Run run = run(bytes);
        assertEquals("Hello!\n", run.stdout());
        assertEquals(0, run.exitCode());
        assertEquals(BASE + 5, program.symbols().get("_start").value());
        assertEquals(BASE + 0x4f, program.symbols().get("message").value());
    }

    @Test
    void stitchedHelloIsSmallerThanTheSameSourceKeptWhole() {
        byte[] stitched = build(HELLO);
        byte[] whole = buildWhole(HELLO);
        assertEquals(0xe9, whole[5] & 0xff, "kept whole, the code is too big for e_ident: a jump to 0x50");
        assertEquals(86, stitched.length);
        assertEquals(0x50 + 29, whole.length, "22 bytes of code and the message after the headers");
        assertEquals("Hello!\n", run(whole).stdout());
        assertEquals("Hello!\n", run(stitched).stdout());
    }

    @Test
    void loopWithBranchesAcrossTheSplitsRuns() {
        String source = """
                        global  _start
                        section .text
                _start:
                        mov     bl, 5
                again:
                        lea     eax, [rbx + '0']
                        push    rax
                        mov     rsi, rsp
                        mov     edi, 1
                        mov     edx, edi
                        mov     eax, edi
                        syscall
                        pop     rax
                        dec     ebx
                        jz      done
                        jmp     again
                done:
                        mov     al, 60
                        mov     edi, 7
                        syscall
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        // mov edi, 1 (5 bytes) fits neither e_version (4) nor, with a jump after it, e_flags (6)
        assertArrayEquals(new long[] {5, 11, 0x48, 0x1b}, program.section(".text").pieces());
        byte[] bytes = LayoutTesting.write(smallest, program, defaults);
        assertEquals("b305" + "8d4330" + "50" + "4889e6" + "eb38", hex(bytes, 5, 16));
        // jz done (forward, short); jmp again: back across the split, from 0x5a to 0x07
        assertEquals("7402" + "ebad", hex(bytes, 0x56, 0x5a));
        assertEquals(BASE + 7, program.symbols().get("again").value());
        Executables.Run run = run(bytes);
        assertEquals("54321", run.stdout());
        assertEquals(7, run.exitCode());
        assertTrue(bytes.length < buildWhole(source).length);
    }

    @Test
    void aDataRunThatDoesNotFitGoesWholeToTheNextRange() {
        String source = """
                        global  _start
                        section .text
                _start:
                        mov     al, 1
                        jmp     write
                message:
                        db      "Hi"
                bang:   db      "!!!", 10
                write:
                        lea     rsi, [rel message]
                        mov     edi, eax
                        mov     dl, 6
                        syscall
                        mov     al, 60
                        mov     dil, [rel bang]
                        syscall
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        byte[] bytes = LayoutTesting.write(smallest, program, defaults);
        // "Hi" alone would fit e_ident after the jump, the run of six bytes (plus a jump) does not; after
        // an unconditional jmp the range ends without an inserted one
        assertArrayEquals(new long[] {5, 4, 0x48, 30}, program.section(".text").pieces());
        assertEquals("b001" + "eb45" + "00000000000000", hex(bytes, 5, 16), "mov al,1; jmp write (short: 0x4e)");
        assertEquals("Hi!!!\n", new String(bytes, 0x48, 6, StandardCharsets.US_ASCII));
        assertEquals(BASE + 0x48, program.symbols().get("message").value());
        assertEquals(BASE + 0x4a, program.symbols().get("bang").value());
        assertEquals(BASE + 0x4e, program.symbols().get("write").value());
        Executables.Run run = run(bytes);
        assertEquals("Hi!!!\n", run.stdout());
        assertEquals('!', run.exitCode());
    }

    @Test
    void aJumpMayEndARangeAndNeedsNoJumpAfterIt() {
        String source = """
                        global  _start
                        section .text
                _start: mov     al, 1
                        lea     rsi, [rel msg]
                        jmp     write
                msg:    db      "ok", 10
                write:  mov     edi, eax
                        mov     dl, 3
                        syscall
                        mov     al, 60
                        xor     edi, edi
                        syscall
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        // the jmp fills e_ident to its last byte; the message skips e_version (3 bytes and a jump do not
        // fit 4) for e_flags, which then ends in a jump to p_align, since data may be executed
        assertArrayEquals(new long[] {5, 11, 0x30, 5, 0x48, 12}, program.section(".text").pieces());
        byte[] bytes = LayoutTesting.write(smallest, program, defaults);
        assertEquals(0x54, bytes.length);
        assertEquals("b001" + "488d3522000000" + "eb38", hex(bytes, 5, 16), "lea rsi, [0x30]; jmp 0x48");
        assertEquals("00000000", hex(bytes, 0x14, 0x18), "e_version unused");
        assertEquals("6f6b0a" + "eb13", hex(bytes, 0x30, 0x35));
        assertEquals("89c7" + "b203" + "0f05" + "b03c" + "31ff" + "0f05", hex(bytes, 0x48, 0x54));
        Executables.Run run = run(bytes);
        assertEquals("ok\n", run.stdout());
        assertEquals(0, run.exitCode());
    }

    @Test
    void smallSectionsFillWhatTheStitchedCodeLeavesOfTheHoles() {
        String source = """
                        global  _start
                        section .text
                _start:
                        lea     rsi, [rel message]
                        mov     edi, 1
                        mov     edx, edi
                        mov     eax, edi
                        syscall
                        mov     al, 60
                        xor     edi, edi
                        syscall
                        section .rodata align=1
                message: db     "!"
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        // lea (7) fits e_ident; mov edi,1 (5) then goes to p_align; the rest of e_ident takes the message
        assertArrayEquals(new long[] {5, 9, 0x48, 17}, program.section(".text").pieces());
        assertEquals(BASE + 14, program.section(".rodata").address());
        byte[] bytes = LayoutTesting.write(smallest, program, defaults);
        assertEquals(0x59, bytes.length);
        assertEquals('!', bytes[14]);
        assertEquals("!", run(bytes).stdout());
    }

    @Test
    void theListingShowsTheInsertedJumpsAndFinalOffsets() {
        String listing = assemble(HELLO, smallest.placement(defaults), true).listing();
        assertTrue(listing.contains("     6 0000000E EB04                    <stitched: jmp short to 00000014, the next piece>\n"
                + "     6 00000014 89C7                            mov     edi, eax\n"), listing);
        assertTrue(listing.contains("     9 00000048 31FF                            xor     edi, edi\n"), listing);
    }

    @Test
    void aDistanceAcrossASplitIsAnErrorAtItsLine() {
        String source = """
                _start: mov al, 1
                        jmp go
                msg:    db "abcd"
                go:     lea rsi, [rel msg]
                        mov edi, eax
                        mov edx, tail - msg
                        syscall
                        mov al, 60
                        syscall
                tail:   db 10
                """;
        AssemblyResult result = ASSEMBLER.assemble(new SourceText("split.asm", null,
                source.getBytes(StandardCharsets.UTF_8)), new AssemblerOptions(), smallest.placement(defaults));
        Diagnostic d = result.diagnostics().all().get(0);
        assertEquals("split.asm", d.file());
        assertEquals(6, d.line());
        assertEquals(18, d.column());
        assertTrue(d.message().startsWith("this distance spans a split of section .text"), d.message());
        assertEquals(1, result.diagnostics().all().size());
    }

    @Test
    void aDistanceWithinOnePieceIsComputed() {
        byte[] bytes = build(HELLO);
        assertEquals("b207", hex(bytes, 0x30, 0x32), "length equ $ - message, both after the last split");
    }

    @Test
    void codeWhoseAddressIsTakenStaysWhole() {
        String source = """
                        global  _start
                        section .text
                _start:
                        lea     rax, [rel _start]
                        lea     rdi, [rel done]
                        sub     edi, eax
                        mov     eax, 60
                        syscall
                done:
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        assertNull(program.section(".text").pieces(), "the program computes with code addresses");
        byte[] bytes = LayoutTesting.write(smallest, program, defaults);
        assertEquals(0xe9, bytes[5] & 0xff);
        assertEquals(23, run(bytes).exitCode(), "done - _start, as written");
    }

    @Test
    void aLoopInstructionKeepsTheSectionWhole() {
        String source = """
                        global  _start
                        section .text
                _start: mov     ecx, 9
                        xor     edi, edi
                again:  add     edi, ecx
                        loop    again
                        mov     eax, 60
                        syscall
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        assertNull(program.section(".text").pieces(), "loop has only a rel8 form: a split could put it out of reach");
        assertEquals(45, run(LayoutTesting.write(smallest, program, defaults)).exitCode());
    }

    @Test
    void aBranchWrittenShortKeepsTheSectionWhole() {
        String source = """
                _start: xor     eax, eax
                        jmp     short done
                        times 100 nop
                done:   mov     al, 60
                        mov     dil, 5
                        syscall
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        assertNull(program.section(".text").pieces(), "stitched, done would be 160 bytes away");
        assertEquals(5, run(LayoutTesting.write(smallest, program, defaults)).exitCode());
    }

    @Test
    void anEntryThatDoesNotStartTheSectionKeepsItWhole() {
        String source = """
                        global  _start
                        section .text
                exit:   mov     eax, 60
                        syscall
                _start: mov     edi, 3
                        call    exit
                """;
        AssemblyResult program = assemble(source, smallest.placement(defaults), false);
        assertNull(program.section(".text").pieces());
        assertEquals(3, run(LayoutTesting.write(smallest, program, defaults)).exitCode());
    }

    /**
     * The corpus programs that run under smallest (ProgramCorpusTest runs them, stitched): each one
     * stitched is smaller than kept whole, but rip_relative, which computes with code addresses.
     */
    @ParameterizedTest
    @ValueSource(strings = {"argc", "cat", "crlf_latin1", "exit", "hello", "include", "local_labels", "macros",
            "rip_relative", "struc"})
    void corpusProgramsStitchedAreSmallerThanKeptWhole(String name) throws Exception {
        Path source = Path.of(StitchingTest.class.getResource("/programs/" + name + ".asm").toURI());
        AssemblerOptions options = new AssemblerOptions();
        options.workingDirectory = source.getParent();
        byte[] text = java.nio.file.Files.readAllBytes(source);
        SectionPlacement stitching = smallest.placement(defaults);
        AssemblyResult stitched = ASSEMBLER.assemble(new SourceText(name, source, text), options, stitching);
        AssemblyResult whole = ASSEMBLER.assemble(new SourceText(name, source, text), options,
                (SectionPlacement) stitching::place);
        int stitchedSize = LayoutTesting.write(smallest, stitched, defaults).length;
        int wholeSize = LayoutTesting.write(smallest, whole, defaults).length;
        if (name.equals("rip_relative")) {
            assertNull(stitched.section(".text").pieces(), "lea rax, [_start] keeps .text whole");
            assertEquals(wholeSize, stitchedSize);
        } else {
            assertTrue(stitched.section(".text").pieces().length >= 4, "in more than one piece");
            assertTrue(stitchedSize < wholeSize, stitchedSize + " stitched, " + wholeSize + " whole");
        }
    }

    @Test
    void otherLayoutsNeverStitch() {
        for (String name : Layouts.names()) {
            if (!name.equals("smallest")) {
                Layout layout = Layouts.byName(name);
                assertNull(layout.placement(defaults).stitching(
                        assemble(HELLO, layout.placement(defaults), false).sections()), name);
            }
        }
    }

    @Test
    void stitchingIsDeterministic() {
        assertArrayEquals(build(HELLO), build(HELLO));
    }
}
