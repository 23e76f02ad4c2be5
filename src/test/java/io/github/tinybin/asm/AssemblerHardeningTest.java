package io.github.tinybin.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.diag.DiagnosticFormatter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input gets diagnostics at the right place, quickly, never an exception. */
class AssemblerHardeningTest {
    @TempDir
    Path dir;

    private String run(byte[] source, AssemblerOptions options) {
        AssemblyResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new Assembler(new FakeEncoder())
                .assemble(new SourceText("h.asm", dir.resolve("h.asm"), source), options,
                        AssemblerTestSupport.sequential(0)));
        assertTrue(r.diagnostics().hasErrors(), "expected an error");
        return DiagnosticFormatter.format(r.diagnostics());
    }

    private String run(String source) {
        return run(source.getBytes(StandardCharsets.ISO_8859_1), new AssemblerOptions());
    }

    @Test
    void nulBytesAreSyntaxErrors() {
        String out = run("nop\u0000\n\u0000db 1\n");
        assertTrue(out.contains("h.asm:1:4: error: unexpected character `\\x00'"), out);
        assertTrue(out.contains("h.asm:2:1: error: parser: instruction expected"), out);
    }

    @Test
    void overlongLineIsRejected() {
        AssemblerOptions options = new AssemblerOptions();
        options.limits.lineLength = 1000;
        String out = run(("db " + "1,".repeat(600) + "1\n").getBytes(StandardCharsets.ISO_8859_1), options);
        assertTrue(out.contains("h.asm:1: error: line longer than 1000 bytes"), out);
    }

    @Test
    void deeplyNestedExpressionsHitTheLimit() {
        String out = run("dd " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n");
        assertTrue(out.contains("error: expression too deeply nested"), out);
        String minus = run("dd " + "-".repeat(100_000) + "1\n");
        assertTrue(minus.contains("error: expression too deeply nested"), minus);
    }

    @Test
    void incbinReadsRegularFilesOnly() throws Exception {
        Files.write(dir.resolve("data.bin"), new byte[] {1, 2, 3, 4, 5});
        Files.createDirectory(dir.resolve("sub"));
        String out = run("incbin \"sub\"\nincbin \"missing.bin\"\nincbin \"/dev/zero\"\nnowhere\n");
        assertTrue(out.contains("h.asm:1:8: error: `incbin': `sub' is not a regular file"), out);
        assertTrue(out.contains("h.asm:2:8: error: `incbin': unable to open file `missing.bin'"), out);
        assertTrue(out.contains("h.asm:3:8: error: `incbin': `/dev/zero' is not a regular file"), out);
        AssemblyResult ok = new Assembler(new FakeEncoder()).assemble(new SourceText("h.asm", dir.resolve("h.asm"),
                "incbin \"data.bin\", 1, 3\nincbin \"data.bin\", 4\n".getBytes(StandardCharsets.ISO_8859_1)),
                new AssemblerOptions(), AssemblerTestSupport.sequential(0));
        assertEquals("02030405", AssemblerTestSupport.hex(ok.section(".text").bytes()));
    }

    @Test
    void outputLimitIsCheckedBeforeAllocating() {
        AssemblerOptions options = new AssemblerOptions();
        options.limits.outputBytes = 1000;
        String out = run("db 1\nresb 500\ntimes 600 nop\n".getBytes(StandardCharsets.ISO_8859_1), options);
        assertTrue(out.contains("h.asm:3:7: error: output size exceeds the limit of 1000 bytes"), out);
        String res = run("section .bss\nresq 1 << 60\n".getBytes(StandardCharsets.ISO_8859_1), new AssemblerOptions());
        assertTrue(res.contains("h.asm:2:1: error: output size exceeds the limit"), res);
    }

    @Test
    void lateDiagnosticsShowTheirOwnSourceLine() {
        // line 3 is a plain file line; 4 and 5 go through the preprocessor's buffer unchanged; the
        // undefined-symbol errors come from the final pass, after every line was read
        String out = run("%define f(a) a\nnop\nmov eax, f\nmov ebx, f ; longer, into the same buffer\n");
        assertTrue(out.contains("h.asm:3:10: error: symbol `f' not defined\nmov eax, f\n"), out);
        assertTrue(out.contains("h.asm:4:10: error: symbol `f' not defined\nmov ebx, f ; longer, into the same buffer\n"),
                out);
    }

    @Test
    void outputLimitStopsTheParseAtTheLineThatCrossesIt() {
        AssemblerOptions options = new AssemblerOptions();
        options.limits.outputBytes = 10_000;
        options.limits.lines = 10_000;
        String source = "%rep 1000000\ntimes 2 db \"" + "x".repeat(50) + "\"\n%endrep\n";
        String out = run(source.getBytes(StandardCharsets.ISO_8859_1), options);
        // 100 bytes a line: the 101st copy crosses 10,000 bytes, long before 10,000 lines
        assertTrue(out.startsWith("h.asm:2:7: error: output size exceeds the limit of 10000 bytes"), out);
        assertEquals(1, out.split("error:", -1).length - 1, out);
    }

    @Test
    void passLimitStopsOscillation() {
        AssemblerOptions options = new AssemblerOptions();
        options.limits.passes = 3;
        // each pass moves x: its value depends on its own address
        String out = run("times (x & 1) + 1 nop\nx:\n".getBytes(StandardCharsets.ISO_8859_1), options);
        assertTrue(out.contains("error: non-constant argument supplied to TIMES")
                || out.contains("Can't find valid values for all labels"), out);
    }

    @Test
    void binaryJunkNeverThrows() {
        byte[] junk = new byte[64 * 1024];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 7919 >>> 3);
        }
        run(junk, new AssemblerOptions());
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() {
        String out = run("mov eax, a\nmov eax, b\nfoo bar\nmov eax, c\n");
        assertTrue(out.contains("h.asm:1:10: error: symbol `a' not defined"), out);
        assertTrue(out.contains("h.asm:2:10: error: symbol `b' not defined"), out);
        assertTrue(out.contains("h.asm:3:5: error: parser: instruction expected"), out);
        assertTrue(out.contains("h.asm:4:10: error: symbol `c' not defined"), out);
    }

    @Test
    void concurrentAssembliesGiveTheSameBytesAsSequentialOnes() throws Exception {
        java.util.List<String> sources = new java.util.ArrayList<>();
        for (int p = 0; p < 16; p++) {
            StringBuilder sb = new StringBuilder("section .data\nmsg: db `program ").append(p).append("\\n`, 0\n")
                    .append("len equ $ - msg\nsection .text\nstart:\n");
            for (int i = 0; i < 200 + p * 37; i++) {
                sb.append(".l").append(i).append(": mov eax, ").append(i * p).append("\n")
                        .append("    jmp .l").append(i % 7 == 0 ? i + 1 : i).append("\n");
            }
            sb.append(".l").append(200 + p * 37).append(": dd len, msg, 1.5\n");
            sources.add(sb.toString());
        }
        java.util.List<String> sequential = new java.util.ArrayList<>();
        for (String src : sources) {
            sequential.add(bytesOf(src));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (String src : sources) {
                futures.add(pool.submit(() -> bytesOf(src)));
            }
            for (int p = 0; p < sources.size(); p++) {
                assertEquals(sequential.get(p), futures.get(p).get(), "program " + p);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String bytesOf(String src) {
        AssemblyResult r = new Assembler(new FakeEncoder()).assemble(
                new SourceText("c.asm", null, src.getBytes(StandardCharsets.ISO_8859_1)), new AssemblerOptions(),
                AssemblerTestSupport.sequential(0x400000));
        assertTrue(!r.diagnostics().hasErrors(), () -> DiagnosticFormatter.format(r.diagnostics()));
        StringBuilder sb = new StringBuilder();
        for (Section s : r.sections()) {
            sb.append(s.name()).append('@').append(Long.toHexString(s.address())).append(':')
                    .append(AssemblerTestSupport.hex(s.bytes())).append('\n');
        }
        return sb.toString();
    }
}
