package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.LineEntry;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SourceLocation;
import io.github.tinybin.asm.Symbol;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.diag.Diagnostics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every layout does with programs it cannot write, and that it is deterministic. */
class LayoutErrorsTest {
    static List<String> layouts() {
        return Layouts.names();
    }

    private static AssemblyResult withHugeBss(Layout layout) {
        Section text = Section.withDefaults(".text").bytes(new byte[] {0x0f, 0x05});
        Section bss = Section.withDefaults(".bss").size(1L << 47);
        List<Section> sections = List.of(text, bss);
        layout.placement(ElfOptions.defaults()).place(sections);
        return new AssemblyResult(sections,
                Map.of("_start", new Symbol("_start", text, text.address(), true, "big.asm", 3)),
                List.of(new LineEntry(text, 0, 2, "big.asm", 4), new LineEntry(bss, 0, 16, "big.asm", 7),
                        new LineEntry(bss, 16, (1L << 47) - 16, "big.asm", 8)),
                null, new Diagnostics());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void bssTooLargeToMapIsAnErrorAtItsLine(String name) {
        Layout layout = Layouts.byName(name);
        Diagnostics diagnostics = new Diagnostics();
        assertNull(layout.write(withHugeBss(layout), ElfOptions.defaults(), diagnostics));
        assertEquals(1, diagnostics.errorCount());
        Diagnostic error = diagnostics.all().get(0);
        assertEquals("big.asm", error.file());
        assertEquals(8, error.line());
        assertEquals(true, error.message().startsWith("section .bss is too large to map: 140737488355328 bytes"),
                error.message());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void missingEntryIsAnError(String name) {
        Layout layout = Layouts.byName(name);
        Section text = Section.withDefaults(".text").bytes(new byte[] {0x0f, 0x05});
        layout.placement(ElfOptions.defaults()).place(List.of(text));
        Diagnostics diagnostics = new Diagnostics();
        assertNull(layout.write(new AssemblyResult(List.of(text), Map.of(), List.of(), null, new Diagnostics()),
                ElfOptions.defaults(), diagnostics));
        assertEquals("entry symbol '_start' is not defined", diagnostics.all().get(0).message());
        assertNull(diagnostics.all().get(0).file());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void missingEntryIsBlamedOnItsGlobalLineElseOnTheFile(String name) {
        Layout layout = Layouts.byName(name);
        Section text = Section.withDefaults(".text").bytes(new byte[] {0x0f, 0x05});
        layout.placement(ElfOptions.defaults()).place(List.of(text));
        Diagnostics noGlobal = new Diagnostics();
        assertNull(layout.write(new AssemblyResult(List.of(text), Map.of(), List.of(), null, new Diagnostics(),
                List.of(), "prog.asm", Map.of()), ElfOptions.defaults(), noGlobal));
        assertEquals("prog.asm: error: entry symbol '_start' is not defined",
                DiagnosticFormatter.headline(noGlobal.all().get(0)));

        Diagnostics global = new Diagnostics();
        assertNull(layout.write(new AssemblyResult(List.of(text), Map.of(), List.of(), null, new Diagnostics(),
                List.of(), "prog.asm", Map.of("_start", new SourceLocation("inc.asm", 3, 8, "global _start"))),
                ElfOptions.defaults(), global));
        assertEquals("inc.asm:3:8: error: entry symbol '_start' is not defined",
                DiagnosticFormatter.headline(global.all().get(0)));
        assertEquals("global _start", global.all().get(0).sourceLine());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void optionsALayoutCannotHonourAreErrors(String name) {
        Layout layout = Layouts.byName(name);
        for (ElfOptions options : List.of(new ElfOptions(ElfOptions.DEFAULT_BASE, "_start", true, false),
                new ElfOptions(ElfOptions.DEFAULT_BASE, "_start", false, true))) {
            boolean supported = options.pie() ? name.equals("compact") || name.equals("standard") : name.equals("standard");
            Diagnostics diagnostics = new Diagnostics();
            byte[] bytes = layout.write(SeedProgram.hello("Hi\n", layout, options), options, diagnostics);
            assertEquals(supported, bytes != null, name + " " + options);
            assertEquals(supported ? 0 : 1, diagnostics.errorCount(), name + " " + options);
        }
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void sameInputSameBytes(String name) {
        Layout layout = Layouts.byName(name);
        ElfOptions options = new ElfOptions(ElfOptions.DEFAULT_BASE, "_start", false, name.equals("standard"));
        byte[] first = LayoutTesting.write(layout, SeedProgram.hello("Hello!\n", layout, options), options);
        byte[] second = LayoutTesting.write(layout, SeedProgram.hello("Hello!\n", layout, options), options);
        assertArrayEquals(first, second);
    }
}
