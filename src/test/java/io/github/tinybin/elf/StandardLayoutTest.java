package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.Symbol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StandardLayoutTest {
    private final Layout standard = Layouts.byName("standard");
    private final ElfOptions defaults = ElfOptions.defaults();
    private final ElfOptions debug = new ElfOptions(ElfOptions.DEFAULT_BASE, "_start", false, true);

    @TempDir
    Path dir;

    private static List<String> sectionNames(ElfReader elf) {
        List<String> names = new ArrayList<>();
        for (ElfReader.SectionHeader s : elf.sections) {
            names.add(s.name());
        }
        return names;
    }

    @Test
    void sectionHeadersDescribeWhereEverythingIs() {
        AssemblyResult program = NasmProgram.assemble(dir, "countdown.asm", TestPrograms.COUNTDOWN.source(), standard,
                defaults);
        ElfReader elf = new ElfReader(LayoutTesting.write(standard, program, defaults));
        assertEquals(List.of("", ".text", ".rodata", ".data", ".bss", ".symtab", ".strtab", ".shstrtab"),
                sectionNames(elf));
        assertEquals(7, elf.header.shstrndx());
        assertEquals(64, elf.header.shentsize());
        assertEquals(0L, elf.header.shoff() % 8);
        for (Section s : program.sections()) {
            ElfReader.SectionHeader h = elf.section(s.name());
            assertEquals(s.address(), h.addr(), s.name());
            assertEquals(s.size(), h.size(), s.name());
            assertEquals(s.align(), h.addralign(), s.name());
            assertEquals(s.nobits() ? Elf.SHT_NOBITS : Elf.SHT_PROGBITS, h.type(), s.name());
            if (!s.nobits()) {
                assertArrayEquals(s.bytes(), elf.contents(h), s.name());
                assertArrayEquals(s.bytes(), elf.loaded(s.address(), (int) s.size()), s.name());
            }
        }
        assertEquals(Elf.SHF_ALLOC | Elf.SHF_EXECINSTR, elf.section(".text").flags());
        assertEquals(Elf.SHF_ALLOC | Elf.SHF_WRITE, elf.section(".bss").flags());
    }

    @Test
    void everyLabelAndConstantIsASymbolLocalsFirst() {
        AssemblyResult program = NasmProgram.assemble(dir, "countdown.asm", TestPrograms.COUNTDOWN.source(), standard,
                defaults);
        ElfReader elf = new ElfReader(LayoutTesting.write(standard, program, defaults));
        List<ElfReader.Sym> symbols = elf.symbols();
        assertEquals(new ElfReader.Sym("countdown.asm", 0, 0, Elf.STB_LOCAL, Elf.STT_FILE, 0, Elf.SHN_ABS),
                symbols.get(1));
        assertEquals(program.symbols().size() + 2, symbols.size());
        int firstGlobal = elf.section(".symtab").info();
        for (int i = 1; i < symbols.size(); i++) {
            assertEquals(i >= firstGlobal ? Elf.STB_GLOBAL : Elf.STB_LOCAL, symbols.get(i).bind(), symbols.get(i).name());
        }
        for (Symbol s : program.symbols().values()) {
            ElfReader.Sym written = symbols.stream().filter(w -> w.name().equals(s.name())).findFirst().orElseThrow();
            assertEquals(s.value(), written.value(), s.name());
            int expectedIndex = s.isLabel() ? elf.section(s.section().name()).index() : Elf.SHN_ABS;
            assertEquals(expectedIndex, written.shndx(), s.name());
        }
    }

    @ParameterizedTest
    @EnumSource(TestPrograms.class)
    void toolsAreCleanAndSeeTheLabels(TestPrograms program) {
        assumeTrue(Executables.onPath("readelf") && Executables.onPath("objdump") && Executables.onPath("file")
                && Executables.onPath("nm"));
        for (ElfOptions options : List.of(defaults, debug)) {
            Path file = Executables.writeExecutable(dir, "checked",
                    LayoutTesting.buildAndRun(dir, program, standard, options));
            LayoutTesting.assertToolIsQuiet(dir, file, "readelf", "-a", "-W");
            LayoutTesting.assertToolIsQuiet(dir, file, "objdump", "-x");
            String description = LayoutTesting.assertToolIsQuiet(dir, file, "file");
            assertTrue(description.contains("ELF 64-bit LSB executable, x86-64") && description.contains("not stripped"),
                    description);
            String nm = LayoutTesting.assertToolIsQuiet(dir, file, "nm");
            assertTrue(nm.contains(" T _start\n"), nm);
            String disassembly = LayoutTesting.assertToolIsQuiet(dir, file, "objdump", "-d");
            assertTrue(disassembly.contains("<_start>:"), disassembly);
            if (options.debug()) {
                LayoutTesting.assertToolIsQuiet(dir, file, "readelf", "--debug-dump=info,line");
            }
        }
    }

    @Test
    void nmAndObjdumpShowEveryLabel() {
        assumeTrue(Executables.onPath("nm") && Executables.onPath("objdump"));
        Path file = Executables.writeExecutable(dir, "countdown",
                LayoutTesting.buildAndRun(dir, TestPrograms.COUNTDOWN, standard, defaults));
        String nm = LayoutTesting.assertToolIsQuiet(dir, file, "nm");
        for (String line : new String[] {"00000000004000f0 T _start", "00000000004000f6 t _start.next", " t print",
                " r done", " d start", " d status", " b line", " b scratch", "0000000000000008 a done_len"}) {
            assertTrue(nm.contains(line), line + " in\n" + nm);
        }
        String disassembly = LayoutTesting.assertToolIsQuiet(dir, file, "objdump", "-d");
        assertTrue(disassembly.contains("call   40013b <print>"), disassembly);
        assertTrue(disassembly.contains("jne    4000f6 <_start.next>"), disassembly);
    }

    private String gdb(Path file, String... commands) {
        assumeTrue(Executables.onPath("gdb"), "gdb not installed");
        List<String> command = Executables.command("gdb", "-batch", "-nx");
        for (String c : commands) {
            command.add("-ex");
            command.add(c);
        }
        command.add(file.toString());
        Executables.Run run = Executables.run(dir, command.toArray(new String[0]));
        return run.stdout() + run.stderr();
    }

    @Test
    void gdbBreaksAtStart() {
        Path file = Executables.writeExecutable(dir, "countdown",
                LayoutTesting.buildAndRun(dir, TestPrograms.COUNTDOWN, standard, defaults));
        String session = gdb(file, "break _start", "run", "info symbol $pc");
        assertTrue(session.contains("Breakpoint 1 at 0x4000f0"), session);
        assertTrue(session.contains("Breakpoint 1, 0x00000000004000f0 in _start ()"), session);
        assertTrue(session.contains("_start in section .text"), session);
    }

    @Test
    void gdbShowsTheAsmSourceWithDebug() {
        AssemblyResult program = NasmProgram.assemble(dir, "countdown.asm", TestPrograms.COUNTDOWN.source(), standard,
                debug);
        long next = program.symbols().get("_start.next").value();
        Path file = Executables.writeExecutable(dir, "countdown", LayoutTesting.write(standard, program, debug));
        String session = gdb(file, "break _start", "run", "step", "step", "info line *$pc", "list 21,22",
                "info line countdown.asm:21");
        assertTrue(session.contains("Breakpoint 1 at 0x4000f0: file countdown.asm, line 19."), session);
        assertTrue(session.contains("Breakpoint 1, _start () at countdown.asm:19\n19\t        mov     ebx, [rel start]"),
                session);
        assertTrue(session.contains("21\t        mov     eax, ebx"), session);
        assertTrue(session.contains("22\t        add     al, '0'"), session);
        assertTrue(session.contains("Line 22 of \"countdown.asm\" starts at address 0x"
                + Long.toHexString(next + 2)), session);
        assertTrue(session.contains("Line 21 of \"countdown.asm\" starts at address 0x" + Long.toHexString(next)),
                session);
    }

    @Test
    void debugSectionsAreListedAfterTheLoadedOnes() {
        AssemblyResult program = NasmProgram.assemble(dir, "relative.asm", TestPrograms.RELATIVE.source(), standard,
                debug);
        ElfReader elf = new ElfReader(LayoutTesting.write(standard, program, debug));
        assertEquals(List.of("", ".text", ".rodata", ".bss", ".debug_abbrev", ".debug_info", ".debug_line", ".symtab",
                ".strtab", ".shstrtab"), sectionNames(elf));
        ElfReader.SectionHeader info = elf.section(".debug_info");
        assertNotNull(info);
        byte[] unit = elf.contents(info);
        assertEquals(4, unit[4], "DWARF version 4");
    }
}
