package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.Symbol;
import io.github.tinybin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinyLayoutTest {
    private final Layout tiny = Layouts.byName("tiny");
    private final ElfOptions defaults = ElfOptions.defaults();

    @TempDir
    Path dir;

    private byte[] build(AssemblyResult program) {
        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes = tiny.write(program, defaults, diagnostics);
        assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().toString());
        return bytes;
    }

    @Test
    void isTheDefaultLayout() {
        assertEquals("tiny", Layouts.DEFAULT);
        assertEquals(tiny, Layouts.byName(Layouts.DEFAULT));
    }

    @Test
    void seedProgramGivesTheSeedFileByteForByte() {
        byte[] bytes = build(SeedProgram.hello("Hello!\n", tiny, defaults));
        assertEquals(145, bytes.length);
        assertEquals(HexFormat.of().formatHex(SeedProgram.SEED), HexFormat.of().formatHex(bytes));
        assertArrayEquals(SeedProgram.SEED, bytes);
    }

    @Test
    void seedHeaderFields() {
        ElfReader elf = new ElfReader(build(SeedProgram.hello("Hello!\n", tiny, defaults)));
        assertEquals(9, elf.header.osAbi());
        assertEquals(Elf.ET_EXEC, elf.header.type());
        assertEquals(Elf.EM_X86_64, elf.header.machine());
        assertEquals(0x400070L, elf.header.entry());
        assertEquals(0x38L, elf.header.phoff());
        assertEquals(0x38, elf.header.ehsize());
        assertEquals(56, elf.header.phentsize());
        assertEquals(1, elf.header.phnum());
        assertEquals(0L, elf.header.shoff());
        assertEquals(1, elf.segments.size());
        ElfReader.Segment load = elf.segments.get(0);
        assertEquals(new ElfReader.Segment(Elf.PT_LOAD, 7, 0, 0x400000, 0x400000, 145, 145, 0x1000), load);
        assertEquals("Hello!\n\0", new String(elf.loaded(0x400008, 8), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void seedProgramRuns() {
        Executables.Run run = Executables.runProgram(dir, build(SeedProgram.hello("Hello!\n", tiny, defaults)));
        assertEquals("Hello!\n", run.stdout());
        assertEquals(0, run.exitCode());
    }

    @Test
    void eightByteMessageStillFitsInTheIdentPadding() {
        AssemblyResult program = SeedProgram.hello("Hello!!\n", tiny, defaults);
        assertEquals(0x400008L, program.section(".rodata").address());
        byte[] bytes = build(program);
        assertEquals(145, bytes.length);
        assertEquals("Hello!!\n", Executables.runProgram(dir, bytes).stdout());
    }

    @Test
    void longerMessageGoesAfterTheCodeAndRuns() {
        String message = "This message is forty bytes long, see!!\n";
        assertEquals(40, message.length());
        AssemblyResult program = SeedProgram.hello(message, tiny, defaults);
        assertEquals(0x400070L, program.section(".text").address());
        assertEquals(0x400070L + 33 + 3, program.section(".rodata").address(), "after code, 4-aligned");
        byte[] bytes = build(program);
        assertEquals(0x70 + 36 + message.length(), bytes.length);
        ElfReader elf = new ElfReader(bytes);
        assertEquals(bytes.length, elf.segments.get(0).filesz());
        assertEquals(0L, elf.u64(8), "e_ident padding stays zero");
        Executables.Run run = Executables.runProgram(dir, bytes);
        assertEquals(message, run.stdout());
        assertEquals(0, run.exitCode());
    }

    @Test
    void dataAndBssFollowTheCodeWithBssInMemoryOnly() {
        Section text = Section.withDefaults(".text").bytes(new byte[5]);
        Section data = Section.withDefaults(".data").bytes(new byte[] {1, 2, 3});
        Section bss = Section.withDefaults(".bss").size(0x3000);
        Section rodata = Section.withDefaults(".rodata").bytes(new byte[9]);
        List<Section> sections = List.of(bss, data, text, rodata);
        tiny.placement(defaults).place(sections);
        assertEquals(0x400070L, text.address());
        assertEquals(0x400078L, rodata.address(), "9 bytes do not fit in e_ident");
        assertEquals(0x400084L, data.address());
        assertEquals(0x400088L, bss.address());
        byte[] bytes = build(new AssemblyResult(sections,
                Map.of("_start", new Symbol("_start", text, text.address(), true, "t.asm", 1)), List.of(), null,
                new Diagnostics()));
        ElfReader.Segment load = new ElfReader(bytes).segments.get(0);
        assertEquals(0x87L, load.filesz());
        assertEquals(0x88L + 0x3000, load.memsz());
        assertEquals(0x87, bytes.length);
        assertEquals(1, bytes[0x84]);
    }

    @Test
    void sectionAlignmentIsHonoured() {
        Section text = Section.withDefaults(".text").bytes(new byte[3]);
        Section table = new Section("table").align(64).bytes(new byte[8]);
        tiny.placement(defaults).place(List.of(text, table));
        assertEquals(0x400080L, table.address());
    }

    @Test
    void missingEntrySymbolIsAClearError() {
        AssemblyResult hello = SeedProgram.hello("Hello!\n", tiny, defaults);
        Diagnostics diagnostics = new Diagnostics();
        assertNull(tiny.write(hello, new ElfOptions(0x400000, "main", false, false), diagnostics));
        assertEquals(1, diagnostics.errorCount());
        assertEquals("entry symbol 'main' is not defined", diagnostics.all().get(0).message());
    }

    @Test
    void baseAddressComesFromTheOptions() {
        ElfOptions high = new ElfOptions(0x10000000L, "_start", false, false);
        AssemblyResult program = SeedProgram.hello("Hi\n", tiny, high);
        byte[] bytes = tiny.write(program, high, new Diagnostics());
        ElfReader elf = new ElfReader(bytes);
        assertEquals(0x10000070L, elf.header.entry());
        assertEquals(0x10000000L, elf.segments.get(0).vaddr());
        assertEquals("Hi\n", Executables.runProgram(dir, bytes).stdout());
    }
}
