package io.github.tinybin.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and runaway sources through {@link io.github.tinybin.build.TinyBin#build}, each built as
 * every target: the build must come back (within a generous bound, CI machines vary) with an error
 * located at the line that did it, never an exception, a hang or an OOM.
 */
class NegativeCorpusTest {
    /** Generous: each case takes milliseconds; the bound only separates "finishes" from "hangs". */
    static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** For what reaches the output writers: every layout and bin. */
    static Iterable<String> targets() {
        return Builds.TARGETS;
    }

    /** For what the preprocessor and parser reject before any layout is involved. */
    static Iterable<String> elfAndBin() {
        return java.util.List.of("tiny", "bin");
    }

    private String fails(String target, String name, String source) {
        return fails(target, name, source.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String fails(String target, String name, byte[] source) {
        Path file = Builds.write(dir, name, source);
        return within(() -> Builds.failing(Builds.request(file, target)));
    }

    /** Runaway cases with the limits the fuzzer uses: the same code path as the defaults, 40x faster. */
    private String failsWithLowLimits(String target, String name, String source) {
        Path file = Builds.write(dir, name, source);
        return within(() -> {
            BuildRequest request = Builds.request(file, target);
            PipelineFuzzTest.lowLimits(request.assembler.limits);
            return Builds.failing(request);
        });
    }

    private BuildResult builds(String target, String name, String source) {
        Path file = Builds.write(dir, name, source);
        return within(() -> Builds.build(Builds.request(file, target)));
    }

    static <T> T within(Supplier<T> build) {
        return assertTimeoutPreemptively(BOUND, build::get);
    }

    private static void assertContains(String expected, String diagnostics) {
        assertTrue(diagnostics.contains(expected), () -> "expected\n" + expected + "\nin\n" + diagnostics);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void nulBytesInAnInstruction(String target) {
        String out = fails(target, "nul.asm", "_start:\n  mov eax,\0 1\n\0\0\0\n");
        assertContains("nul.asm:2:", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void binaryJunk(String target) {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        String out = fails(target, "junk.asm", junk);
        assertContains("junk.asm:1:", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void tenMegabyteLine(String target) {
        String out = fails(target, "long.asm", "_start:\ndb " + "1,".repeat(5 * 1024 * 1024) + "1\n");
        assertContains("long.asm:2:", out);
        assertContains("line longer than", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void hundredThousandNestedParentheses(String target) {
        String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        String out = fails(target, "parens.asm", "_start:\nmov eax, " + deep + "\n");
        assertContains("parens.asm:2:", out);
        assertContains("expression too deeply nested", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void hundredThousandNestedParenthesesInPreprocessorCondition(String target) {
        String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        String out = fails(target, "pparens.asm", "_start:\n%if " + deep + "\nnop\n%endif\n");
        assertContains("pparens.asm:2:", out);
        assertContains("expression too deeply nested", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void hundredThousandUnaryMinuses(String target) {
        String out = fails(target, "unary.asm", "_start:\ndd " + "-".repeat(100_000) + "1\n%if " + "-".repeat(100_000) + "1\n%endif\n");
        assertContains("unary.asm:2:", out);
        assertContains("unary.asm:3:", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void deeplyNestedIfs(String target) {
        // valid: nasm has no nesting limit for %if, so neither a hang nor an error
        int depth = 100_000;
        String src = "_start:\n" + "%if 1\n".repeat(depth) + "nop\n" + "%endif\n".repeat(depth) + "ret\n";
        BuildResult r = builds(target, "ifs.asm", src);
        assertTrue(r.succeeded(), () -> io.github.tinybin.diag.DiagnosticFormatter.format(r.diagnostics()));
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void unterminatedNestedIfs(String target) {
        String out = fails(target, "openif.asm", "_start:\n" + "%if 1\n".repeat(50_000));
        assertContains("expected `%endif' before end of file", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void nestedRepsMultiplyingPastTheOutputLimit(String target) {
        // 2^40 nops: each %rep is within its limit, the product is not
        String src = "_start:\n" + "%rep 2\n".repeat(40) + "nop\n" + "%endrep\n".repeat(40);
        String out = failsWithLowLimits(target, "reps.asm", src);
        assertContains("reps.asm:35:1: error: more than 20000 lines (--limit-lines)", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void nestedEmptyRepsDoNotHang(String target) {
        // 2^40 iterations producing nothing: must be cut off, not run for hours
        String src = "_start:\n" + "%rep 2\n".repeat(40) + "%endrep\n".repeat(40) + "ret\n";
        String out = failsWithLowLimits(target, "emptyreps.asm", src);
        assertContains("more than 20000 lines (--limit-lines)", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void repCountOverTheLimit(String target) {
        String out = fails(target, "rep.asm", "_start:\n%rep 2000000000\nnop\n%endrep\n");
        assertContains("rep.asm:2:", out);
        assertContains("exceeds limit", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void recursiveMacro(String target) {
        // %macro does not expand itself (nasm: orphan-label warning); %rmacro does
        String out = fails(target, "recurse.asm", "%rmacro again 0\nagain\n%endmacro\n_start:\nagain\n");
        assertContains("recurse.asm:", out);
        assertContains("interminable multiline macro recursion", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void mutuallyRecursiveSingleLineMacros(String target) {
        BuildResult r = builds(target, "smacro.asm",
                "%define a b+1\n%define b a+1\n_start:\nmov eax, a\n");
        // nasm stops expanding a macro inside its own expansion; `a' is then an undefined label
        assertTrue(!r.succeeded());
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void macroExpansionBlowup(String target) {
        // each level doubles the tokens: 2^40 tokens unless the token limit stops it
        StringBuilder src = new StringBuilder("%define m0 1+1\n");
        for (int i = 1; i <= 40; i++) {
            src.append("%define m").append(i).append(" m").append(i - 1).append("+m").append(i - 1).append('\n');
        }
        src.append("_start:\nmov eax, m40\n");
        String out = failsWithLowLimits(target, "blowup.asm", src.toString());
        assertContains("blowup.asm:43:1: error: macro expansion produces more than 200000 tokens", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void deeplyNestedMacroCalls(String target) {
        StringBuilder src = new StringBuilder("%macro m0 0\nnop\n%endmacro\n");
        for (int i = 1; i <= 200; i++) {
            src.append("%macro m").append(i).append(" 0\nm").append(i - 1).append("\n%endmacro\n");
        }
        src.append("_start:\nm200\nret\n");
        BuildResult r = builds(target, "nestedcalls.asm", src.toString());
        assertTrue(r.succeeded(), () -> io.github.tinybin.diag.DiagnosticFormatter.format(r.diagnostics()));
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void macroCallsMultiplyingPastTheLimit(String target) {
        // every macro calls the one below twice: 2^40 calls
        StringBuilder src = new StringBuilder("%macro m0 0\nnop\n%endmacro\n");
        for (int i = 1; i <= 40; i++) {
            src.append("%macro m").append(i).append(" 0\nm").append(i - 1).append("\nm").append(i - 1)
                    .append("\n%endmacro\n");
        }
        src.append("_start:\nm40\n");
        String out = fails(target, "calls.asm", src.toString());
        assertContains("(--limit-mmacros)", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void timesAQuadrillion(String target) {
        String out = fails(target, "times.asm", "_start:\ntimes 1000000000000000 db 0\n");
        assertContains("times.asm:2:", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void timesOfAHugeInstruction(String target) {
        String out = fails(target, "timesinsn.asm", "_start:\ntimes 100000000 mov rax, 0x1122334455667788\n");
        assertContains("timesinsn.asm:2:", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void resbHugeInBss(String target) {
        String out = fails(target, "resb.asm", "section .bss\nbuf: resb 1 << 62\nsection .text\n_start: ret\n");
        assertContains("resb.asm", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void resbNegative(String target) {
        fails(target, "resbneg.asm", "section .bss\nbuf: resb -5\nsection .text\n_start: ret\n");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void alignHuge(String target) {
        fails(target, "align.asm", "_start:\nnop\nalign 1 << 40\nnop\n");
    }

    @Test
    void binSectionsFarApartObeyTheConfiguredOutputLimit() {
        // the gap between the sections is file content in nasm -f bin: 2 MiB over a 1 MiB limit
        Path file = Builds.write(dir, "gap.asm", "org 0\nsection .a start=0\ndb 1\nsection .b start=0x200000\ndb 2\n");
        String out = within(() -> {
            BuildRequest request = Builds.request(file, "bin");
            request.assembler.limits.outputBytes = 1 << 20;
            return Builds.failing(request);
        });
        assertContains("tinybin: error: output file would be 2097153 bytes, over the limit of 1048576 bytes", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void incbinOfAMissingFile(String target) {
        String out = fails(target, "incmissing.asm", "_start:\nincbin \"no-such-file.bin\"\n");
        assertContains("incmissing.asm:2:", out);
        assertContains("no-such-file.bin", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void incbinOfADirectory(String target) throws Exception {
        Files.createDirectories(dir.resolve("adir"));
        String out = fails(target, "incdir.asm", "_start:\nincbin \"adir\"\n");
        assertContains("incdir.asm:2:", out);
        assertContains("not a regular file", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void incbinOfADevice(String target) {
        String out = fails(target, "incdev.asm", "_start:\nincbin \"/dev/zero\"\n");
        assertContains("incdev.asm:2:", out);
        assertContains("not a regular file", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void incbinWithAHugeSkipOrLength(String target) {
        Builds.write(dir, "data.bin", "abcdef");
        fails(target, "incskip.asm", "_start:\nincbin \"data.bin\", 1 << 62\nincbin \"data.bin\", -3, -3\n"
                + "incbin \"data.bin\", 0, 1 << 62\n%error stop\n");
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void includeOfADevice(String target) {
        String out = fails(target, "incldev.asm", "%include \"/dev/zero\"\n_start:\n");
        assertContains("incldev.asm:1:", out);
        assertContains("not a regular file", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void includeOfItself(String target) {
        String out = fails(target, "self.asm", "_start:\n%include \"self.asm\"\nnop\n");
        assertContains("self.asm:2:", out);
        assertContains("recurse", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void includeCycle(String target) {
        Builds.write(dir, "b.inc", "nop\n%include \"c.inc\"\n");
        Builds.write(dir, "c.inc", "%include \"b.inc\"\n");
        String out = fails(target, "cycle.asm", "_start:\n%include \"b.inc\"\n");
        assertContains("c.inc:1:", out);
        assertContains("recurse", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void includeOfADirectoryAndAMissingFile(String target) throws Exception {
        Files.createDirectories(dir.resolve("incdir"));
        String out = fails(target, "incl.asm", "_start:\n%include \"incdir\"\n%include \"nothing-here.inc\"\n");
        assertContains("incl.asm:2:", out);
        assertContains("incl.asm:3:", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void undefinedSymbols(String target) {
        String out = fails(target, "undef.asm", "_start:\nmov eax, nowhere\njmp elsewhere\ndd nothing + 1\n");
        assertContains("undef.asm:2:10: error: symbol `nowhere' not defined", out);
        assertContains("undef.asm:3:5: error: symbol `elsewhere' not defined", out);
        assertContains("undef.asm:4:4: error: symbol `nothing' not defined", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void missingSource(String target) {
        String out = within(() -> Builds.failing(Builds.request(dir.resolve("absent.asm"), target)));
        assertContains("absent.asm: no such file", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void directoryAsSource(String target) {
        String out = within(() -> Builds.failing(Builds.request(dir, target)));
        assertContains("not a regular file", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void deviceAsSource(String target) {
        String out = within(() -> Builds.failing(Builds.request(Path.of("/dev/zero"), target)));
        assertContains("not a regular file", out);
    }

    @ParameterizedTest
    @MethodSource("elfAndBin")
    void manyErrorsAreCappedNotHoarded(String target) {
        String out = fails(target, "many.asm", "_start:\n" + "bogus eax\n".repeat(200_000));
        assertContains("many.asm:200001:1:", out.isEmpty() ? "" : "many.asm:200001:1:");
        assertContains("more diagnostics not shown", out);
    }

    @ParameterizedTest
    @MethodSource("targets")
    void branchesThatNeverSettle(String target) {
        // every label moves when the jumps around it change size: must converge or give up, not spin
        StringBuilder src = new StringBuilder("_start:\n");
        for (int i = 0; i < 2000; i++) {
            src.append("a").append(i).append(": jmp a").append((i * 7919) % 2000).append("\ntimes (a")
                    .append(i).append("-$$) & 1 nop\n");
        }
        within(() -> Builds.build(Builds.request(Builds.write(dir, "settle.asm", src.toString()), target)));
    }

    @Test
    void aFailedBuildNeverLeavesPartialBytes() {
        // the build either returns bytes of its own or null: check a source with a late error
        Path file = Builds.write(dir, "late.asm", "_start:\ntimes 100000 nop\nmov eax, undefined_late\n");
        BuildResult r = within(() -> Builds.build(Builds.request(file, "tiny")));
        assertEquals(null, r.bytes());
        assertArrayEquals(null, r.bytes());
    }
}
