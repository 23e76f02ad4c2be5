package io.github.tinybin.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.build.TinyBin;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Absolute addresses that the loaded program cannot hold are errors at the line that wrote them,
 * as ld's "relocation truncated to fit" and ld -pie's refusal of absolute relocations are.
 */
class AbsoluteAddressesTest {
    private static final String SOURCE = """
                    global  _start
                    section .text
            _start: lea     rsi, [rel msg]
                    mov     esi, msg
                    push    msg
                    mov     eax, [table + rbx*8]
                    mov     rax, msg
                    mov     ecx, msg_end - msg
                    section .data
            table:  dq      msg
            short:  dd      msg
            msg:    db      "hi"
            msg_end:
            """;

    @TempDir
    Path dir;

    private BuildRequest request(String source) throws IOException {
        Path file = dir.resolve("a.asm");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        BuildRequest request = new BuildRequest();
        request.source = file;
        request.sourceDisplayName = "a.asm";
        return request;
    }

    private static Diagnostic error(int line, int column, String message, String sourceLine) {
        return new Diagnostic("a.asm", line, column, Severity.ERROR, message, sourceLine);
    }

    private static String truncated(String value, String symbol, String field, String layout, String base) {
        return "relocation truncated to fit: address " + value + " of `" + symbol + "' does not fit the " + field
                + "; layout '" + layout + "' loads the program at " + base + ": "
                + (field.contains("(dd)") ? "use `dq' to store an address"
                : "use RIP-relative addressing: `default rel', or `lea reg, [rel " + symbol + "]'");
    }

    private static BuildResult failed(BuildRequest request) {
        BuildResult result = TinyBin.build(request);
        assertNull(result.bytes(), () -> "no file is written:\n" + DiagnosticFormatter.format(result.diagnostics()));
        return result;
    }

    @Test
    void aboveFourGigabytesOnlyTheThirtyTwoBitFieldsFail() throws IOException {
        BuildRequest request = request(SOURCE);
        request.layout = "smallest";
        BuildResult result = failed(request);
        // smallest: .data makes the segment writable, so the base is PF_R|PF_W|PF_X << 32; .text is
        // stitched (the lea in e_ident, the rest from p_align at 0x48 on: 32 bytes), .data follows at 0x68
        assertEquals(List.of(
                error(4, 22, truncated("0x700000074", "msg", "unsigned 32-bit immediate", "smallest", "0x700000000"),
                        "        mov     esi, msg"),
                error(5, 17, truncated("0x700000074", "msg", "signed 32-bit immediate", "smallest", "0x700000000"),
                        "        push    msg"),
                error(6, 22, truncated("0x700000068", "table", "signed 32-bit displacement", "smallest",
                        "0x700000000"), "        mov     eax, [table + rbx*8]"),
                error(11, 17, truncated("0x700000074", "msg", "unsigned 32-bit field (dd)", "smallest", "0x700000000"),
                        "short:  dd      msg")), result.diagnostics().all());
    }

    @Test
    void theFieldsSignednessDecidesAtTwoGigabytes() throws IOException {
        BuildRequest request = request(SOURCE);
        request.baseAddress = 0x80000000L;
        BuildResult result = failed(request);
        assertEquals(List.of(
                error(5, 17, truncated("0x800000a4", "msg", "signed 32-bit immediate", "tiny", "0x80000000"),
                        "        push    msg"),
                error(6, 22, truncated("0x80000098", "table", "signed 32-bit displacement", "tiny", "0x80000000"),
                        "        mov     eax, [table + rbx*8]")), result.diagnostics().all(),
                "mov esi and dd zero-extend, so 0x800000a4 fits them");
    }

    @Test
    void belowTwoGigabytesEverythingFits() throws IOException {
        BuildRequest request = request(SOURCE);
        request.layout = "standard";
        request.baseAddress = 0x7fff0000L;
        BuildResult result = TinyBin.build(request);
        assertNotNull(result.bytes(), () -> DiagnosticFormatter.format(result.diagnostics()));
        assertTrue(result.diagnostics().all().isEmpty());
    }

    @Test
    void pieRejectsEveryAbsoluteAddressButNotRipRelativeOrDifferences() throws IOException {
        for (String layout : List.of("compact", "standard")) {
            BuildRequest request = request(SOURCE);
            request.layout = layout;
            request.pie = true;
            BuildResult result = failed(request);
            assertEquals(List.of(
                    error(4, 22, pie("msg", "as an immediate"), "        mov     esi, msg"),
                    error(5, 17, pie("msg", "as an immediate"), "        push    msg"),
                    error(6, 22, pie("table", "as a displacement"), "        mov     eax, [table + rbx*8]"),
                    error(7, 22, pie("msg", "as an immediate"), "        mov     rax, msg"),
                    error(10, 17, pie("msg", "in data (dq)"), "table:  dq      msg"),
                    error(11, 17, pie("msg", "in data (dd)"), "short:  dd      msg")),
                    result.diagnostics().all(), layout);
        }
    }

    private static String pie(String symbol, String where) {
        return "absolute address of `" + symbol + "' " + where + " in a position-independent executable, which the "
                + "kernel loads at a random address: use `[rel " + symbol + "]' or `lea reg, [rel " + symbol
                + "]' (or `default rel')";
    }

    @Test
    void aFlatBinaryTruncatesSilentlyAsNasmDoes() throws IOException {
        BuildRequest request = request("""
                        bits    64
                        org     0x500000000
                        mov     esi, msg
                        dw      msg
                msg:    dq      msg
                """);
        request.format = OutputFormat.BIN;
        BuildResult result = TinyBin.build(request);
        assertEquals(List.of(), result.diagnostics().all(), "nasm -f bin prints nothing here");
        assertEquals("be07000000" + "0700" + "0700000005000000", hex(result.bytes()),
                "the low bytes, as nasm -f bin writes them");
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
