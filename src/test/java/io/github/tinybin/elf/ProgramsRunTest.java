package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every test program, assembled by nasm, in every layout (and pie where it applies), executed. */
class ProgramsRunTest {
    @TempDir
    Path dir;

    static List<Arguments> everyLayoutAndProgram() {
        List<Arguments> out = new ArrayList<>();
        for (String layout : Layouts.names()) {
            for (TestPrograms program : TestPrograms.values()) {
                if (layout.equals("smallest") && !program.positionIndependent) {
                    continue;
                }
                out.add(Arguments.of(layout, program, false));
                if (program.positionIndependent && (layout.equals("compact") || layout.equals("standard"))) {
                    out.add(Arguments.of(layout, program, true));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{1} in {0}, pie={2}")
    @MethodSource("everyLayoutAndProgram")
    void runs(String layoutName, TestPrograms program, boolean pie) {
        Layout layout = Layouts.byName(layoutName);
        ElfOptions options = new ElfOptions(ElfOptions.DEFAULT_BASE, "_start", pie, false);
        byte[] bytes = LayoutTesting.buildAndRun(dir, program, layout, options);
        ElfReader elf = new ElfReader(bytes);
        assertEquals(pie ? Elf.ET_DYN : Elf.ET_EXEC, elf.header.type());
    }

    @Test
    void builtinHelloAssembledByNasmIsTheSeedInTiny() {
        byte[] bytes = LayoutTesting.buildAndRun(dir, TestPrograms.HELLO, Layouts.byName("tiny"), ElfOptions.defaults());
        assertArrayEquals(SeedProgram.SEED, bytes);
    }
}
