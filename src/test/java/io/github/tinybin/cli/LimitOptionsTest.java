package io.github.tinybin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.Limits;
import io.github.tinybin.build.LimitSetting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code --limit-NAME} options: parsed into the request's {@link Limits}, validated, and in effect. */
class LimitOptionsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Limits limits(String... args) throws UsageException {
        return CommandLine.parse(Arrays.asList(args)).request.assembler.limits;
    }

    @Test
    void everyLimitHasItsOption() throws UsageException {
        Limits l = limits("-o", "x", "--limit-passes", "7", "--limit-rep=8", "--limit-macro-levels", "9",
                "--limit-macro-tokens", "10", "--limit-mmacros", "11", "--limit-eval", "12", "--limit-lines", "13",
                "--limit-output-bytes", "14", "--limit-include-depth", "15", "--limit-line-length", "1_000");
        assertEquals(7, l.passes);
        assertEquals(8, l.repIterations);
        assertEquals(9, l.macroLevels);
        assertEquals(10, l.macroTokens);
        assertEquals(11, l.multiLineMacros);
        assertEquals(12, l.expressionDepth);
        assertEquals(13, l.lines);
        assertEquals(14, l.outputBytes);
        assertEquals(15, l.includeDepth);
        assertEquals(1000, l.lineLength);
    }

    @Test
    void withoutOptionsEveryLimitKeepsItsDefault() throws UsageException {
        Limits given = limits("-o", "x");
        Limits defaults = new Limits();
        for (LimitSetting limit : LimitSetting.values()) {
            assertEquals(limit.value(defaults), limit.value(given), limit.key());
        }
        // nasm's defaults where we keep them
        assertEquals(1000, given.passes);
        assertEquals(1_000_000, given.repIterations);
        assertEquals(10_000, given.macroLevels);
        assertEquals(10_000_000, given.macroTokens);
        assertEquals(100_000, given.multiLineMacros);
        assertEquals(8192, given.expressionDepth);
        assertEquals(4_000_000L, given.lines, "ours, not nasm's 2e9: see Limits.lines");
    }

    @Test
    void unlimitedAsNasmTakesIt() throws UsageException {
        Limits l = limits("-o", "x", "--limit-passes", "unlimited", "--limit-rep", "UNLIMITED");
        assertEquals(Integer.MAX_VALUE, l.passes);
        assertEquals(Long.MAX_VALUE, l.repIterations);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--limit-passes|abc|a whole number from 1 to 2147483647 or 'unlimited'",
        "--limit-passes|0|a whole number from 1 to 2147483647 or 'unlimited'",
        "--limit-rep|-5|a whole number from 1 to 9223372036854775807 or 'unlimited'",
        "--limit-rep|99999999999999999999|a whole number from 1 to 9223372036854775807 or 'unlimited'",
        "--limit-eval|2147483648|a whole number from 1 to 2147483647 or 'unlimited'",
        "--limit-lines|1e6|a whole number from 1 to 9223372036854775807 or 'unlimited'",
        "--limit-mmacros|_5|a whole number from 1 to 9223372036854775807 or 'unlimited'",
        "--limit-include-depth|unlimited|a whole number from 1 to 1000",
        "--limit-include-depth|1001|a whole number from 1 to 1000",
        "--limit-output-bytes|1073741825|a whole number from 1 to 1073741824",
        "--limit-line-length|0x100|a whole number from 1 to 1073741824",
    })
    void badValueIsAUsageErrorNamingOptionValueAndWhatIsAllowed(String option, String value, String allowed) {
        assertEquals(2, run("-o", dir.resolve("x").toString(), option, value));
        assertEquals("tinybin: error: invalid value '" + value + "' for " + option + ": expected " + allowed + "\n",
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void emptyValueAndMissingValue() {
        assertEquals(2, run("-o", "x", "--limit-rep="));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("tinybin: error: invalid value '' for --limit-rep:"),
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("-o", "x", "--limit-rep"));
        assertEquals("tinybin: error: option '--limit-rep' needs a value\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownLimitIsAnUnknownOption() {
        assertEquals(2, run("-o", "x", "--limit-stalled-repeats", "5"));
        assertEquals("tinybin: error: unknown option '--limit-stalled-repeats' (see --help)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(LimitSetting.class)
    void helpListsEveryLimitWithItsDefault(LimitSetting limit) {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.lines().anyMatch(line -> line.startsWith("      " + limit.option() + " N ")
                && line.contains("(default " + limit.defaultValue())), help);
    }

    private Path source(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void repLimitStopsARepBeyondItAtItsLine() throws Exception {
        Path src = source("rep.asm", "        section .text\n        global _start\n_start:\n"
                + "%rep 5\n        nop\n%endrep\n        mov eax, 60\n        syscall\n");
        Path exe = dir.resolve("rep");
        assertEquals(0, run(src.toString(), "-o", exe.toString(), "--limit-rep", "5"), err.toString());
        assertTrue(Files.exists(exe));
        assertEquals(1, run(src.toString(), "-o", exe.toString(), "--limit-rep", "4"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(src + ":4:"), err.toString());
        assertFalse(Files.exists(exe), "no output when a limit is hit");
    }

    @Test
    void outputBytesLimitStopsTimes() throws Exception {
        Path src = source("times.asm", "        section .text\n        global _start\n_start:\n"
                + "        mov eax, 60\n        syscall\n        section .data\n        times 100 db 0\n");
        Path exe = dir.resolve("times");
        assertEquals(0, run(src.toString(), "-o", exe.toString(), "--limit-output-bytes", "200"), err.toString());
        assertEquals(1, run(src.toString(), "-o", exe.toString(), "--limit-output-bytes", "50"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(":7:"), err.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error:"), err.toString());
    }

    @Test
    void includeDepthLimit() throws Exception {
        source("b.inc", "        nop\n");
        source("a.inc", "%include \"b.inc\"\n");
        Path src = source("inc.asm", "        section .text\n        global _start\n_start:\n%include \"a.inc\"\n"
                + "        mov eax, 60\n        syscall\n");
        Path exe = dir.resolve("inc");
        assertEquals(0, run(src.toString(), "-o", exe.toString(), "--limit-include-depth", "3"), err.toString());
        assertEquals(1, run(src.toString(), "-o", exe.toString(), "--limit-include-depth", "2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("%include' nested more than 2 levels"), err.toString());
    }
}
