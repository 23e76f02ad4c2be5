package io.github.tinybin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.build.OutputFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static CommandLine parse(String... args) throws UsageException {
        return CommandLine.parse(Arrays.asList(args));
    }

    private static String error(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void optionsAndSourceInAnyOrder() throws UsageException {
        CommandLine a = parse("prog.asm", "-o", "out", "--entry", "main", "-D", "X=1");
        CommandLine b = parse("-D", "X=1", "--entry", "main", "-o", "out", "prog.asm");
        for (CommandLine cl : List.of(a, b)) {
            assertEquals(Path.of("prog.asm"), cl.request.source);
            assertEquals("prog.asm", cl.request.sourceDisplayName);
            assertEquals(Path.of("out"), cl.output);
            assertEquals("main", cl.request.entry);
            assertEquals(Map.of("X", "1"), cl.request.assembler.defines);
        }
    }

    @Test
    void attachedAndEqualsForms() throws UsageException {
        CommandLine cl = parse("-oout", "-DA", "-DB=2", "-Iinc", "--format=bin", "--entry=go", "-llist.txt");
        assertEquals(Path.of("out"), cl.output);
        assertEquals(Arrays.asList("A", "B"), List.copyOf(cl.request.assembler.defines.keySet()));
        assertNull(cl.request.assembler.defines.get("A"));
        assertEquals("2", cl.request.assembler.defines.get("B"));
        assertEquals(List.of(Path.of("inc")), cl.request.assembler.includeDirectories);
        assertEquals(OutputFormat.BIN, cl.request.format);
        assertEquals("go", cl.request.entry);
        assertEquals(Path.of("list.txt"), cl.listing);
        assertTrue(cl.request.assembler.listing);
    }

    @Test
    void noSourceMeansBuiltinWithMessageEscapesExpanded() throws UsageException {
        CommandLine cl = parse("-o", "hello", "--message", "Hi\\tthere\\n");
        assertNull(cl.request.source);
        assertEquals("Hi\tthere\n", cl.request.message);
    }

    @Test
    void flagsWithoutValues() throws UsageException {
        CommandLine cl = parse("--pie", "-o", "x", "-g");
        assertTrue(cl.request.pie);
        assertTrue(cl.request.debug);
        assertTrue(parse("--debug", "-o", "x").request.debug);
        assertEquals("option '--pie' takes no value", error("--pie=yes", "-o", "x"));
    }

    @Test
    void doubleDashEndsOptions() throws UsageException {
        CommandLine cl = parse("-o", "out", "--", "-weird.asm");
        assertEquals(Path.of("-weird.asm"), cl.request.source);
    }

    @Test
    void baseAddressDecimalAndHex() throws UsageException {
        assertEquals(0x10000L, parse("-o", "x", "--base-address", "0x10000").request.baseAddress);
        assertEquals(0x20000L, parse("-o", "x", "--base-address=131072").request.baseAddress);
        assertEquals(0x800000L, parse("-o", "x", "--base-address", "0x80_0000").request.baseAddress);
    }

    @Test
    void helpAndVersionStopParsing() throws UsageException {
        assertEquals(CommandLine.Action.HELP, parse("--help", "--bogus").action);
        assertEquals(CommandLine.Action.HELP, parse("-h").action);
        assertEquals(CommandLine.Action.VERSION, parse("--version").action);
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertEquals("no output file: give one with -o OUT", error("prog.asm"));
        assertEquals("more than one SOURCE: 'a.asm' and 'b.asm'", error("-o", "x", "a.asm", "b.asm"));
        assertEquals("unknown option '--bogus' (see --help)", error("--bogus", "-o", "x"));
        assertEquals("unknown option '-q' (see --help)", error("-q"));
        assertEquals("option '-o' needs a value", error("-o"));
        assertEquals("option '--entry' needs a value", error("-o", "x", "--entry"));
        assertEquals("unknown format 'exe' for --format; expected elf or bin", error("-o", "x", "--format", "exe"));
        assertEquals("unknown layout 'nope' for --layout; known layouts: " + String.join(", ",
                io.github.tinybin.elf.Layouts.names()), error("-o", "x", "--layout", "nope"));
        assertEquals("-D needs NAME[=VALUE] with NAME an identifier, got '=1'", error("-o", "x", "-D=1"));
        assertEquals("-D needs NAME[=VALUE] with NAME an identifier, got '9x'", error("-o", "x", "-D9x"));
        assertEquals("option '--help' takes no value", error("--help=yes"));
        assertEquals("option '-o' needs a non-empty value", error("-o", ""));
        assertEquals("--message applies to the built-in program only; drop it or SOURCE",
                error("-o", "x", "--message", "hi", "p.asm"));
        assertTrue(error("-o", "x", "--base-address", "0x400001").startsWith("--base-address '0x400001' is not allowed"));
        assertTrue(error("-o", "x", "--base-address", "zz").startsWith("--base-address 'zz' is not a number"));
        assertTrue(error("-o", "x", "--base-address", "0").startsWith("--base-address '0' is not allowed"));
    }
}
