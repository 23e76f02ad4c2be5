package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.Symbol;
import io.github.tinybin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallestLayoutTest {
    private final Layout smallest = Layouts.byName("smallest");
    private final ElfOptions defaults = ElfOptions.defaults();

    @TempDir
    Path dir;

    @Test
    void helloWrittenForSizeIs95BytesAndRuns() {
        byte[] bytes = LayoutTesting.buildAndRun(dir, TestPrograms.SMALL_HELLO, smallest, defaults);
        assertEquals(95, bytes.length);
        ElfReader elf = new ElfReader(bytes);
        assertEquals(Elf.ET_EXEC, elf.header.type());
        assertEquals(Elf.EM_X86_64, elf.header.machine());
        assertEquals(0x500000001L, elf.header.entry(), "p_type | p_flags << 32");
        assertEquals(0x18L, elf.header.phoff());
        assertEquals(56, elf.header.phentsize());
        assertEquals(1, elf.header.phnum());
        ElfReader.Segment load = elf.segments.get(0);
        assertEquals(new ElfReader.Segment(Elf.PT_LOAD, Elf.PF_R | Elf.PF_X, 0x18, 0x500000018L, load.paddr(), 1, 1,
                load.align()), load);
        assertEquals(0x90, elf.u8(4), "NOP after the REX prefixes 45 4c 46");
        assertEquals(0xb0, elf.u8(5), "first instruction (mov al, 1) in e_ident");
        assertEquals("Hello!\n", new String(bytes, 0x48, 7, java.nio.charset.StandardCharsets.US_ASCII),
                "message in p_align");
    }

    @Test
    void largeFirstCodeSectionIsReachedByAJumpFromTheIdentBytes() {
        byte[] bytes = LayoutTesting.buildAndRun(dir, TestPrograms.RELATIVE, smallest, defaults);
        ElfReader elf = new ElfReader(bytes);
        assertEquals(0xe9, elf.u8(5));
        long target = 0x50000000aL + (int) elf.u32(6);
        assertEquals(0x500000050L, target, ".text right after the 80 bytes of headers");
        assertEquals(Elf.PF_R | Elf.PF_W | Elf.PF_X, elf.segments.get(0).flags(), ".bss makes it writable");
        assertEquals(0x700000001L, elf.header.entry());
    }

    @Test
    void smallSectionsFillTheHolesFirstFit() {
        Section code = new Section(".text").exec(true).bytes(new byte[] {(byte) 0xb0, 60, 0x0f, 0x05});
        Section four = new Section("a").bytes(new byte[4]);
        Section nine = new Section("b").bytes(new byte[9]);
        Section six = new Section("c").bytes(new byte[6]);
        Section eight = new Section("d").bytes(new byte[8]);
        List<Section> sections = List.of(code, four, nine, six, eight);
        smallest.placement(defaults).place(sections);
        long base = 0x500000000L;
        assertEquals(base + 5, code.address());
        assertEquals(base + 9, four.address(), "rest of e_ident");
        assertEquals(base + 0x50, nine.address(), "too big for any hole");
        assertEquals(base + 0x30, six.address(), "e_flags + e_ehsize");
        assertEquals(base + 0x48, eight.address(), "p_align");
    }

    @Test
    void exitProgramIsEightyBytes() {
        Section code = new Section(".text").exec(true).bytes(new byte[] {(byte) 0xb0, 60, 0x40, (byte) 0xb7, 42, 0x0f, 0x05});
        List<Section> sections = List.of(code);
        smallest.placement(defaults).place(sections);
        byte[] bytes = LayoutTesting.write(smallest, new AssemblyResult(sections,
                Map.of("_start", new Symbol("_start", code, code.address(), true, "exit.asm", 1)), List.of(), null,
                new Diagnostics()), defaults);
        assertEquals(80, bytes.length);
        Executables.Run run = Executables.runProgram(dir, bytes);
        assertEquals(42, run.exitCode());
    }

    @Test
    void entryMustStartTheSectionInTheIdentBytes() {
        Section code = new Section(".text").exec(true).bytes(new byte[] {(byte) 0x90, (byte) 0xb0, 60, 0x0f, 0x05});
        List<Section> sections = List.of(code);
        smallest.placement(defaults).place(sections);
        Diagnostics diagnostics = new Diagnostics();
        assertNull(smallest.write(new AssemblyResult(sections,
                Map.of("_start", new Symbol("_start", code, code.address() + 1, true, "x.asm", 1)), List.of(), null,
                new Diagnostics()), defaults, diagnostics));
        assertTrue(diagnostics.all().get(0).message().contains("entry symbol '_start' must be its first instruction"));
    }

    @Test
    void bssBeyondTheLastFilePageIsRejected() {
        Section code = new Section(".text").exec(true).bytes(new byte[] {0x0f, 0x05});
        Section bss = Section.withDefaults(".bss").size(0x2000);
        List<Section> sections = List.of(code, bss);
        smallest.placement(defaults).place(sections);
        Diagnostics diagnostics = new Diagnostics();
        assertNull(smallest.write(new AssemblyResult(sections,
                Map.of("_start", new Symbol("_start", code, code.address(), true, "x.asm", 1)), List.of(), null,
                new Diagnostics()), defaults, diagnostics));
        assertTrue(diagnostics.all().get(0).message().startsWith("layout 'smallest' has room for 4016 bytes of .bss"),
                diagnostics.all().get(0).message());
    }

    @Test
    void segmentSizeIsOneModuloPhnumPeriodAndCoversTheFile() {
        assertEquals(1L, SmallestLayout.segmentSize(80));
        assertEquals(1L, SmallestLayout.segmentSize(4096));
        assertEquals(0x10001L, SmallestLayout.segmentSize(4097));
    }
}
