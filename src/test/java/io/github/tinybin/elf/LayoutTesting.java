package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Locale;

/** Shared steps of the layout tests. */
final class LayoutTesting {
    private LayoutTesting() {
    }

    static byte[] write(Layout layout, AssemblyResult program, ElfOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        byte[] bytes = layout.write(program, options, diagnostics);
        assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().toString());
        return bytes;
    }

    /** Assembles {@code program} with nasm for {@code layout}, writes it, runs it, checks the result. */
    static byte[] buildAndRun(Path dir, TestPrograms program, Layout layout, ElfOptions options) {
        AssemblyResult assembled = NasmProgram.assemble(dir, program.fileName(), program.source(), layout, options);
        byte[] bytes = write(layout, assembled, options);
        Executables.Run run = Executables.runProgram(dir, bytes);
        assertEquals(program.stdout, run.stdout(), program + " under " + layout.name());
        assertEquals(program.exitCode, run.exitCode(), program + " under " + layout.name());
        return bytes;
    }

    /** Runs {@code tool} on {@code file} and asserts it exits 0 and says nothing about problems. */
    static String assertToolIsQuiet(Path dir, Path file, String... tool) {
        String[] command = new String[tool.length + 1];
        System.arraycopy(tool, 0, command, 0, tool.length);
        command[tool.length] = file.toString();
        Executables.Run run = Executables.run(dir, command);
        String all = run.stdout() + run.stderr();
        assertEquals(0, run.exitCode(), String.join(" ", command) + ": " + all);
        assertEquals("", run.stderr(), String.join(" ", command));
        String lower = all.toLowerCase(Locale.ROOT);
        for (String word : new String[] {"warning", "error", "corrupt", "invalid"}) {
            assertFalse(lower.contains(word), String.join(" ", command) + " says '" + word + "':\n" + all);
        }
        return run.stdout();
    }
}
