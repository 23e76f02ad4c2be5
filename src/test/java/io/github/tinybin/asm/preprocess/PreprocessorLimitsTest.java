package io.github.tinybin.asm.preprocess;

import io.github.tinybin.asm.AssemblerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runaway input ends in an error at the offending line: never a hang, an OOM or a StackOverflowError. */
@Timeout(20)
class PreprocessorLimitsTest {

    private static AssemblerOptions options() {
        return new AssemblerOptions();
    }

    @Test
    void repCountOverLimit() {
        PreprocessorHarness h = PreprocessorHarness.run("nop\n%rep 2000000\nnop\n%endrep\nafter\n");
        assertEquals("test.asm:2:1: error: `%rep' count 2000000 exceeds limit (currently 1000000)\n", h.errors());
        assertEquals(List.of("nop", "after"), h.normalized());
    }

    @Test
    void negativeRepCountWarns() {
        PreprocessorHarness h = PreprocessorHarness.run("%rep -3\nnop\n%endrep\n");
        assertEquals("test.asm:1:1: warning: negative `%rep' count: -3 [-w+pp-rep-negative]\n", h.errors());
        assertTrue(h.normalized().isEmpty());
    }

    @Test
    void recursiveMacroStopsAtNestingLimit() {
        AssemblerOptions o = options();
        o.limits.macroLevels = 100;
        PreprocessorHarness h = PreprocessorHarness.run("%rmacro r 0\n  r\n%endmacro\nr\n", o, null);
        assertEquals("test.asm:4:1: error: interminable multiline macro recursion (more than 100 levels,"
            + " --limit-macro-levels)\n", h.errors());
    }

    @Test
    void plainMacroIsNotCalledInsideItself() {
        PreprocessorHarness h = PreprocessorHarness.run("%macro a 0\n b\n%endmacro\n%macro b 0\n a\n%endmacro\na\n");
        assertEquals("", h.errors());
        assertEquals(List.of("a"), h.normalized());
    }

    @Test
    void deeplyNestedConditionalsUseNoJavaStack() {
        int depth = 200000;
        String src = "%if 1\n".repeat(depth) + "core\n" + "%endif\n".repeat(depth);
        PreprocessorHarness h = PreprocessorHarness.run(src);
        assertEquals("", h.errors());
        assertEquals(List.of("core"), h.normalized());
    }

    @Test
    void deeplyNestedRepsAndConditionalsUseNoJavaStack() {
        // nested %rep bodies are collected per level, as in nasm: quadratic in the depth, so a few thousand
        StringBuilder sb = new StringBuilder();
        int depth = 1000;
        for (int i = 0; i < depth; i++) {
            sb.append("%if 1\n%rep 1\n");
        }
        sb.append("core\n");
        for (int i = 0; i < depth; i++) {
            sb.append("%endrep\n%endif\n");
        }
        PreprocessorHarness h = PreprocessorHarness.run(sb.toString());
        assertEquals("", h.errors());
        assertEquals(List.of("core"), h.normalized());
    }

    @Test
    void deeplyNestedParenthesesAreLimited() {
        String expr = "(".repeat(100000) + "1" + ")".repeat(100000);
        PreprocessorHarness h = PreprocessorHarness.run("%if " + expr + "\nyes\n%endif\nafter\n");
        assertEquals("test.asm:1:1: error: expression too deeply nested (limit 8192)\n", h.errors());
        assertEquals(List.of("after"), h.normalized());
        PreprocessorHarness ok = PreprocessorHarness.run("%if " + "(".repeat(8000) + "1" + ")".repeat(8000)
            + "\nyes\n%endif\n");
        assertEquals(List.of("yes"), ok.normalized());
    }

    @Test
    void exponentialSingleLineMacrosAreCut() {
        StringBuilder sb = new StringBuilder("%define a0 x x\n");
        for (int i = 1; i <= 40; i++) {
            sb.append("%define a").append(i).append(" a").append(i - 1).append(" a").append(i - 1).append('\n');
        }
        sb.append("db a40\nafter\n");
        PreprocessorHarness h = PreprocessorHarness.run(sb.toString());
        assertTrue(h.errors().startsWith("test.asm:42:1: error: "), h.errors());
        assertEquals(List.of("after"), h.normalized());
    }

    @Test
    void exponentialStringsAreCut() {
        PreprocessorHarness h = PreprocessorHarness.run(
            "%strcat s 'abcdefgh'\n%rep 100\n%strcat s s, s\n%endrep\ndb 1\n");
        assertTrue(h.errors().startsWith("test.asm:3:1: error: line longer than 1048576 bytes after macro expansion"),
            h.errors());
        assertEquals(List.of("db 1"), h.normalized());
    }

    @Test
    void multiLineMacroCallsAreCounted() {
        AssemblerOptions o = options();
        o.limits.multiLineMacros = 50;
        PreprocessorHarness h = PreprocessorHarness.run("%macro m 0\nnop\n%endmacro\n%rep 100\nm\n%endrep\n", o, null);
        assertEquals("test.asm:5:1: error: more than 50 multi-line macro calls (--limit-mmacros)\n", h.errors());
        assertEquals(50, h.normalized().size());
    }

    @Test
    void pasteLoopsAreCut() {
        PreprocessorHarness h = PreprocessorHarness.run("%define a b %+ c\n%define bc a\na\n");
        assertTrue(h.errors().contains("error: interminable macro recursion"), h.errors());
    }

    @Test
    void pastingThatRegrowsTheLineIsCut() {
        // found by fuzzing: each %+ round re-expands a doubled line; the budget spans all rounds
        PreprocessorHarness h = PreprocessorHarness.run(
            "%define sq(x) ((x)*(x)efine sq(x) (( %+ x)*(x))\n        dd sq(sq(2))\nafter\n");
        assertEquals("test.asm:2:9: error: macro expansion takes more than 4194304 steps (--limit-macro-tokens)\n",
            h.errors());
        assertEquals(List.of("after"), h.normalized());
    }

    @Test
    void overlongLinesAreRejected() {
        AssemblerOptions o = options();
        String longLine = "db " + "1,".repeat(600000) + "1\n";
        PreprocessorHarness h = PreprocessorHarness.run(longLine + "after\n", o, null);
        assertEquals("test.asm:1: error: line longer than 1048576 bytes\n", h.errors());
        assertEquals(List.of("after"), h.normalized());
    }

    @Test
    void lineLimitStopsProcessing() {
        AssemblerOptions o = options();
        o.limits.lines = 1000;
        PreprocessorHarness h = PreprocessorHarness.run("nop\n".repeat(2000), o, null);
        assertEquals("test.asm:1001:1: error: more than 1000 lines (--limit-lines)\n", h.errors());
        assertEquals(1000, h.lines.size());
    }

    @Test
    void lineLimitCountsRepeatedLines() {
        AssemblerOptions o = options();
        o.limits.lines = 100000;
        PreprocessorHarness h = PreprocessorHarness.run(
            "%rep 1000000\n%rep 1000000\n%if 0\n%endif\n%endrep\n%endrep\nafter\n", o, null);
        assertEquals("test.asm:3:1: error: more than 100000 lines (--limit-lines)\n", h.errors());
        assertTrue(h.lines.isEmpty());
    }

    @Test
    void garbageNeverThrows() {
        java.util.Random r = new java.util.Random(42);
        String alphabet = "%$@.?_abcdefxyz0123456789(){}[],+-*/<>=!&|^~'\"`\\;: \t\n%%%macro%endmacro%rep%endrep"
            + "%if%endif%define%assign%push%pop%rotate%1%0%{1}";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(300);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            AssemblerOptions o = options();
            o.limits.repIterations = 100;
            o.limits.lines = 100000;
            PreprocessorHarness.run(sb.toString(), o, null);
        }
    }
}
