package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SourceLocation;
import io.github.tinybin.asm.Symbol;
import io.github.tinybin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompactLayoutTest {
    private final Layout compact = Layouts.byName("compact");
    private final ElfOptions defaults = ElfOptions.defaults();

    @TempDir
    Path dir;

    @Test
    void helloHeaderFields() {
        AssemblyResult hello = SeedProgram.hello("Hello!\n", compact, defaults);
        assertEquals(0x4000b0L, hello.section(".text").address(), "code right after 64 + 2 * 56 header bytes");
        assertEquals(0x4000d4L, hello.section(".rodata").address(), "rodata after the code, 4-aligned");
        byte[] bytes = LayoutTesting.write(compact, hello, defaults);
        assertEquals(0xdb, bytes.length);
        ElfReader elf = new ElfReader(bytes);
        assertEquals(Elf.ELFOSABI_SYSV, elf.header.osAbi());
        assertEquals(Elf.ET_EXEC, elf.header.type());
        assertEquals(0x4000b0L, elf.header.entry());
        assertEquals(64L, elf.header.phoff());
        assertEquals(64, elf.header.ehsize());
        assertEquals(2, elf.header.phnum());
        assertEquals(0L, elf.header.shoff());
        assertEquals(0, elf.header.shnum());
        assertEquals(0, elf.header.shentsize());
        assertEquals(List.of(
                new ElfReader.Segment(Elf.PT_LOAD, Elf.PF_R | Elf.PF_X, 0, 0x400000, 0x400000, 0xdb, 0xdb, 0x1000),
                new ElfReader.Segment(Elf.PT_GNU_STACK, Elf.PF_R | Elf.PF_W, 0, 0, 0, 0, 0, 16)), elf.segments);
        assertEquals("Hello!\n", Executables.runProgram(dir, bytes).stdout());
    }

    @Test
    void dataAndBssGetTheirOwnWritableSegmentOnAnotherPage() {
        byte[] bytes = LayoutTesting.buildAndRun(dir, TestPrograms.COUNTDOWN, compact, defaults);
        ElfReader elf = new ElfReader(bytes);
        assertEquals(3, elf.header.phnum());
        List<ElfReader.Segment> loads = elf.loads();
        ElfReader.Segment text = loads.get(0);
        ElfReader.Segment data = loads.get(1);
        assertEquals(Elf.PF_R | Elf.PF_X, text.flags());
        assertEquals(Elf.PF_R | Elf.PF_W, data.flags());
        assertEquals(text.filesz(), data.offset(), "no padding between the segments in the file");
        assertEquals(bytes.length, data.offset() + data.filesz(), "no padding at all");
        assertEquals(data.offset() % 0x1000, data.vaddr() % 0x1000, "vaddr congruent to offset");
        assertTrue((text.vaddr() + text.memsz() - 1) / 0x1000 < data.vaddr() / 0x1000, "no page is both X and W");
        assertTrue(data.memsz() > data.filesz(), ".bss in memory only");
        assertEquals(Elf.PF_R | Elf.PF_W, elf.segment(Elf.PT_GNU_STACK).flags());
    }

    @ParameterizedTest
    @EnumSource(TestPrograms.class)
    void readelfObjdumpAndFileHaveNoComplaint(TestPrograms program) {
        assumeTrue(Executables.onPath("readelf") && Executables.onPath("objdump") && Executables.onPath("file"));
        byte[] bytes = LayoutTesting.buildAndRun(dir, program, compact, defaults);
        Path file = Executables.writeExecutable(dir, "checked", bytes);
        LayoutTesting.assertToolIsQuiet(dir, file, "readelf", "-a", "-W");
        LayoutTesting.assertToolIsQuiet(dir, file, "objdump", "-x");
        String description = LayoutTesting.assertToolIsQuiet(dir, file, "file");
        assertTrue(description.contains("ELF 64-bit LSB executable, x86-64"), description);
    }

    @Test
    void pieIsLoadedWhereTheKernelChooses() {
        ElfOptions pie = new ElfOptions(ElfOptions.DEFAULT_BASE, "_start", true, false);
        byte[] bytes = LayoutTesting.buildAndRun(dir, TestPrograms.RELATIVE, compact, pie);
        ElfReader elf = new ElfReader(bytes);
        assertEquals(Elf.ET_DYN, elf.header.type());
        assertEquals(0L, elf.loads().get(0).vaddr());
        assertTrue(elf.header.entry() < 0x1000);
        assumeTrue(Executables.onPath("readelf") && Executables.onPath("objdump") && Executables.onPath("file"));
        Path file = Executables.writeExecutable(dir, "pie", bytes);
        LayoutTesting.assertToolIsQuiet(dir, file, "readelf", "-a", "-W");
        LayoutTesting.assertToolIsQuiet(dir, file, "objdump", "-x");
        String description = LayoutTesting.assertToolIsQuiet(dir, file, "file");
        // file(1) before 5.36 calls every ET_DYN a shared object
        assertTrue(description.contains("ELF 64-bit LSB pie executable, x86-64")
                || description.contains("ELF 64-bit LSB shared object, x86-64"), description);
    }

    @Test
    void debugNeedsSectionHeaders() {
        ElfOptions debug = new ElfOptions(ElfOptions.DEFAULT_BASE, "_start", false, true);
        Diagnostics diagnostics = new Diagnostics();
        assertNull(compact.write(SeedProgram.hello("Hi\n", compact, debug), debug, diagnostics));
        assertEquals("debug information needs the 'standard' layout; layout 'compact' writes no section headers",
                diagnostics.all().get(0).message());
    }

    @Test
    void writableCodeIsRefused() {
        Section text = new Section(".text").exec(true).write(true).bytes(new byte[] {0x0f, 0x05})
                .declaredAt(new SourceLocation("x.asm", 1, 1, "section .text write"));
        compact.placement(defaults).place(List.of(text));
        Diagnostics diagnostics = new Diagnostics();
        assertNull(compact.write(new AssemblyResult(List.of(text),
                Map.of("_start", new Symbol("_start", text, text.address(), true, "x.asm", 1)), List.of(), null,
                new Diagnostics()), defaults, diagnostics));
        assertEquals("section .text is both writable and executable, which layout 'compact' does not allow (W^X);"
                + " use layout 'tiny', or split code and data", diagnostics.all().get(0).message());
        assertEquals("x.asm", diagnostics.all().get(0).file());
        assertEquals(1, diagnostics.all().get(0).line());
        assertEquals(1, diagnostics.all().get(0).column());
    }

    @Test
    void emptyDataSectionStillGivesACleanRunnableFile() {
        String source = "section .data\nsection .text\nglobal _start\n_start: mov eax, 60\n mov edi, 3\n syscall\n";
        AssemblyResult program = NasmProgram.assemble(dir, "empty.asm", source, compact, defaults);
        byte[] bytes = LayoutTesting.write(compact, program, defaults);
        assertEquals(3, Executables.runProgram(dir, bytes).exitCode());
        assumeTrue(Executables.onPath("readelf") && Executables.onPath("objdump"));
        Path file = Executables.writeExecutable(dir, "empty", bytes);
        LayoutTesting.assertToolIsQuiet(dir, file, "readelf", "-a", "-W");
        LayoutTesting.assertToolIsQuiet(dir, file, "objdump", "-x");
    }

    @Test
    void unalignedBaseIsRejected() {
        ElfOptions odd = new ElfOptions(0x400100, "_start", false, false);
        Diagnostics diagnostics = new Diagnostics();
        assertNull(compact.write(SeedProgram.hello("Hi\n", compact, odd), odd, diagnostics));
        assertTrue(diagnostics.all().get(0).message().startsWith("base address 0x400100 must be a multiple"));
    }
}
