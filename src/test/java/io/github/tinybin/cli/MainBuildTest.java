package io.github.tinybin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end: real builds through the assembler and ELF writer, real files, real runs. */
class MainBuildTest {
    /** The seed's 145-byte Hello (tiny-rust-demo), from its hexdump. */
    static final byte[] SEED = HexFormat.of().parseHex(
            "7f454c460201010948656c6c6f210a0002003e000100000070004000000000003800000000000000000000000000000000"
            + "000000380038000100000007000000000000000000000000004000000000000000400000000000910000000000000091"
            + "000000000000000010000000000000bf01000000be08004000ba07000000b8010000000f0531ffb83c0000000f050f0b");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String[] exec(Path exe) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {out, String.valueOf(p.waitFor())};
    }

    @Test
    void noSourceWritesTheSeedsBytesAndTheyRun() throws Exception {
        Path out = dir.resolve("hello");
        assertEquals(0, run("-o", out.toString()), err());
        assertEquals("", err());
        assertArrayEquals(SEED, Files.readAllBytes(out));
        assertTrue(Files.isExecutable(out));
        assertArrayEquals(new String[] {"Hello!\n", "0"}, exec(out));
    }

    @Test
    void longMessageStillRuns() throws Exception {
        Path out = dir.resolve("msg");
        String text = "The quick brown fox jumps over the dogs\n";
        assertEquals(0, run("--message", "The quick brown fox jumps over the dogs\\n", "-o", out.toString()), err());
        assertArrayEquals(new String[] {text, "0"}, exec(out));
    }

    @Test
    void userSourceWithDefineAndInclude() throws Exception {
        Path inc = Files.createDirectory(dir.resolve("inc"));
        Files.writeString(inc.resolve("exit.inc"), "%macro EXIT 1\n        mov edi, %1\n        mov eax, 60\n"
                + "        syscall\n%endmacro\n");
        Path src = dir.resolve("status.asm");
        Files.writeString(src, "%include \"exit.inc\"\n        section .text\n        global _start\n"
                + "_start:\n        EXIT STATUS\n");
        Path out = dir.resolve("status");
        assertEquals(0, run(src.toString(), "-I", inc.toString(), "-DSTATUS=42", "-o", out.toString()), err());
        assertArrayEquals(new String[] {"", "42"}, exec(out));
    }

    @Test
    void assemblyErrorIsFileLineColumnWithCaretAndNoOutput() throws Exception {
        Path src = dir.resolve("broken.asm");
        Files.writeString(src, "        section .text\n_start: mov     eax, ]\n");
        Path out = dir.resolve("broken");
        assertEquals(1, run("-o", out.toString(), src.toString()));
        String[] lines = err().split("\n");
        assertTrue(lines[0].startsWith(src + ":2:"), err());
        assertTrue(lines[0].contains(": error: "), err());
        assertEquals("_start: mov     eax, ]", lines[1]);
        assertTrue(lines[2].matches(" *\\^"), err());
        assertFalse(Files.exists(out));
    }

    @Test
    void listingIsWritten() throws Exception {
        Path src = dir.resolve("exit3.asm");
        Files.writeString(src, "        section .text\n        global _start\n_start:\n        mov     edi, 3\n"
                + "        mov     eax, 60\n        syscall\n");
        Path lst = dir.resolve("exit3.lst");
        assertEquals(0, run(src.toString(), "--listing", lst.toString(), "-o", dir.resolve("exit3").toString()), err());
        String listing = Files.readString(lst);
        assertTrue(listing.lines().anyMatch(l -> l.contains("BF03000000") && l.contains("mov     edi, 3")), listing);
    }

    @Test
    void pieAndDebugReachTheElfWriter() throws Exception {
        // the built-in program addresses its message absolutely, as the seed does; PIE code must not
        Path src = dir.resolve("pie.asm");
        Files.writeString(src, "        section .rodata\nmsg:    db `Hello!\\n`\n        section .text\n"
                + "        global _start\n_start:\n        mov edi, 1\n        lea rsi, [rel msg]\n"
                + "        mov edx, 7\n        mov eax, 1\n        syscall\n        xor edi, edi\n"
                + "        mov eax, 60\n        syscall\n");
        Path pie = dir.resolve("pie");
        assertEquals(0, run("--layout", "compact", "--pie", src.toString(), "-o", pie.toString()), err());
        byte[] bytes = Files.readAllBytes(pie);
        assertEquals(3, bytes[16], "e_type ET_DYN");
        assertArrayEquals(new String[] {"Hello!\n", "0"}, exec(pie));

        Path builtinPie = dir.resolve("builtin-pie");
        assertEquals(0, run("--layout", "standard", "--pie", "-o", builtinPie.toString()), err());
        assertEquals(3, Files.readAllBytes(builtinPie)[16], "e_type ET_DYN");
        assertArrayEquals(new String[] {"Hello!\n", "0"}, exec(builtinPie));

        Path debug = dir.resolve("debug");
        assertEquals(0, run("--layout", "standard", "-g", "-o", debug.toString()), err());
        String text = new String(Files.readAllBytes(debug), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(".debug_line"), "no .debug_line section name");
        assertArrayEquals(new String[] {"Hello!\n", "0"}, exec(debug));
    }
}
