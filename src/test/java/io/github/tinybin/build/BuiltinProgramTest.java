package io.github.tinybin.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.elf.Layouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in Hello under every layout: built through {@link TinyBin}, executed, output and status checked. */
class BuiltinProgramTest {
    private static final String FORTY = "0123456789 abcdefghijklmnopqrstuvwxyz!?\n";

    @TempDir
    Path dir;

    static Iterable<String> layouts() {
        return Layouts.names();
    }

    private static byte[] build(String layout, boolean pie, String message) {
        BuildRequest request = new BuildRequest();
        request.layout = layout;
        request.pie = pie;
        request.message = message;
        BuildResult result = TinyBin.build(request);
        assertTrue(result.succeeded(), () -> layout + (pie ? " pie" : "") + ":\n"
                + DiagnosticFormatter.format(result.diagnostics()));
        assertEquals("", DiagnosticFormatter.format(result.diagnostics()), "no warnings");
        return result.bytes();
    }

    /** Runs {@code bytes} and checks it printed exactly {@code expected} and exited 0. */
    private void assertPrints(String expected, byte[] bytes, String what) throws IOException, InterruptedException {
        Path exe = dir.resolve("hello-" + Math.abs(what.hashCode()));
        Files.write(exe, bytes);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = new ProcessBuilder(exe.toString()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), what + " did not finish");
        assertEquals(expected, new String(out, StandardCharsets.UTF_8), what + ": stdout");
        assertEquals(0, err.length, what + ": stderr");
        assertEquals(0, p.exitValue(), what + ": exit status");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void defaultMessageRunsUnderEveryLayout(String layout) throws Exception {
        assertPrints("Hello!\n", build(layout, false, BuiltinProgram.DEFAULT_MESSAGE), layout);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void fortyCharacterMessageRunsUnderEveryLayout(String layout) throws Exception {
        assertEquals(40, FORTY.length());
        assertPrints(FORTY, build(layout, false, FORTY), layout + " 40 chars");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void messageOfMoreThan255BytesRunsUnderEveryLayout(String layout) throws Exception {
        // 300 bytes: the smallest variant needs `mov edx` instead of `mov dl` for its length
        String message = "x".repeat(299) + "\n";
        assertPrints(message, build(layout, false, message), layout + " 300 bytes");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void messageWithBackquoteBackslashAndUtf8(String layout) throws Exception {
        String message = "`tick` \\ caf\u00e9 \u2713\n";
        assertPrints(message, build(layout, false, message), layout + " escapes");
    }

    @Test
    void tinyIsTheSeeds145Bytes() {
        byte[] bytes = build("tiny", false, BuiltinProgram.DEFAULT_MESSAGE);
        assertEquals(145, bytes.length);
        assertArrayEquals("Hello!\n".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(bytes, 8, 15),
                "the message in e_ident's padding, as in the seed");
    }

    @Test
    void smallestIsStitchedThroughTheHeaderHolesIn86Bytes() {
        byte[] bytes = build("smallest", false, BuiltinProgram.DEFAULT_MESSAGE);
        assertEquals(86, bytes.length, "at most 96 is the issue's bound");
        // code in e_ident after the magic and the NOP that takes the "ELF" REX prefixes
        assertEquals(0x90, bytes[4] & 0xff);
        assertEquals(0xb0, bytes[5] & 0xff, "mov al, 1 is the first instruction");
        // each hole ends in the jump the layout inserted to the next one: e_ident, e_version, e_flags
        assertEquals(0xeb, bytes[0x0e] & 0xff);
        assertEquals(0x14 - 0x10, bytes[0x0f]);
        assertEquals(0xeb, bytes[0x16] & 0xff);
        assertEquals(0x30 - 0x18, bytes[0x17]);
        assertEquals(0xeb, bytes[0x34] & 0xff);
        assertEquals(0x48 - 0x36, bytes[0x35]);
        // the exit code fills p_align (0x48..0x4f), the message follows it
        assertArrayEquals("Hello!\n".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(bytes, 0x4f, 0x56));
    }

    @Test
    void smallestVariantIsChosenOnlyForSmallest() {
        assertNotNull(BuiltinProgram.source());
        assertEquals(BuiltinProgram.DISPLAY_NAME, BuiltinProgram.source("tiny").displayName());
        assertEquals(BuiltinProgram.DISPLAY_NAME, BuiltinProgram.source("standard").displayName());
        assertEquals("<builtin>/hello-smallest.asm", BuiltinProgram.source("smallest").displayName());
    }

    @ParameterizedTest
    @MethodSource("pieLayouts")
    void pieBuiltinRuns(String layout) throws Exception {
        assertPrints("Hello!\n", build(layout, true, BuiltinProgram.DEFAULT_MESSAGE), layout + " pie");
        assertPrints(FORTY, build(layout, true, FORTY), layout + " pie 40 chars");
    }

    static Iterable<String> pieLayouts() {
        return java.util.List.of("compact", "standard");
    }
}
