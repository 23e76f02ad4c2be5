package io.github.tinybin.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.asm.x86.X86Encoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sizing passes in delta form ({@link DeltaSizing}) against the full walk they replace: the
 * same bytes, label values, diagnostics and number of passes, on random programs of branches and
 * labels whose distances sit around the short-branch limit (so lengths flip back and forth for
 * many passes), and the same programs and nasm's golden chains against nasm.
 */
class DeltaSizingTest {
    private static final String[] BRANCHES = {"jmp", "jz", "jnz", "jc", "jg", "js", "call", "jmp near", "o64 jmp",
        "jle", "jmp short", "loop", "jrcxz", "jnz", "jmp", "ja"};

    @Test
    void randomBranchProgramsSizeAsTheWalkDoes() {
        int delta = 0;
        int manyPasses = 0;
        int maxPasses = 0;
        for (int seed = 0; seed < 400; seed++) {
            String source = program(new Random(seed));
            Run walked = run(source, false);
            Run sized = run(source, true);
            String what = "seed " + seed + ":\n" + source;
            assertEquals(walked.diagnostics, sized.diagnostics, what);
            assertArrayEquals(walked.bytes, sized.bytes, what);
            assertEquals(walked.labels, sized.labels, what);
            assertEquals(walked.passes, sized.passes, what);
            assertFalse(walked.delta, what);
            delta += sized.delta ? 1 : 0;
            manyPasses += walked.passes >= 6 ? 1 : 0;
            maxPasses = Math.max(maxPasses, walked.passes);
        }
        // the generator is meant for the delta form, with long chains of flips
        assertTrue(delta >= 390, "delta form used in " + delta + " of 400");
        assertTrue(manyPasses >= 100, "6 or more passes in " + manyPasses + " of 400, at most " + maxPasses);
    }

    /** The same programs (those of one section) against nasm itself, where nasm is installed (CI installs it). */
    @Test
    void randomBranchProgramsGiveNasmsBytes(@TempDir Path scratch) throws Exception {
        Assumptions.assumeTrue(RandomProgramsMatchNasmTest.nasmAvailable(), "nasm not on the PATH");
        int compared = 0;
        for (int seed = 0; seed < 400 && compared < 80; seed++) {
            String source = program(new Random(seed));
            if (source.contains("section")) {
                continue; // nasm -f bin lays sections out its own way; the walk comparison covers them
            }
            Run sized = run(source, true);
            Path file = scratch.resolve("p" + seed + ".asm");
            Path out = scratch.resolve("p" + seed + ".bin");
            Files.writeString(file, source, StandardCharsets.ISO_8859_1);
            Process nasm = new ProcessBuilder("nasm", "-f", "bin", "-o", out.toString(), file.toString())
                    .redirectErrorStream(true).start();
            String messages = new String(nasm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(nasm.waitFor(60, TimeUnit.SECONDS), "nasm did not finish");
            String what = "seed " + seed + ": nasm says " + messages + "\n" + source;
            if (nasm.exitValue() != 0) {
                assertTrue(sized.bytes == null, what); // a short branch out of range: both reject it
                continue;
            }
            assertTrue(sized.delta, what);
            assertArrayEquals(Files.readAllBytes(out), sized.bytes, what);
            compared++;
        }
        assertTrue(compared >= 80, "compared " + compared);
    }

    @Test
    void goldenBranchChainsRunInDeltaForm() throws Exception {
        byte[] source = getClass().getResourceAsStream("/programs/bin/relaxation_branch_shapes.asm").readAllBytes();
        byte[] nasm = getClass().getResourceAsStream("/programs/bin/relaxation_branch_shapes.bin").readAllBytes();
        // org is for the bin format; relative branches give the same bytes anywhere
        Run sized = run(new String(source, StandardCharsets.ISO_8859_1).replace("org     0x1000", ""), true);
        assertTrue(sized.delta);
        assertArrayEquals(nasm, sized.bytes);
    }

    @Test
    void programsWithOtherStatementsKeepTheWalk() {
        String[] others = {
            "bits 64\nstart: jmp end\nmov eax, end\ntimes 200 nop\nend: ret\n",
            "bits 64\nstart: jmp end\nsection .data\nd: jmp d\nsection .text\nend: ret\n",
            "bits 64\nstart: jmp end\nx equ end - start\ntimes 200 nop\nend: ret\n",
            "bits 64\nstart: jmp end\ntimes 300 - ($ - start) nop\nend: ret\n",
        };
        for (String source : others) {
            Run sized = run(source, true);
            assertFalse(sized.delta, source);
            Run walked = run(source, false);
            assertEquals(walked.diagnostics, sized.diagnostics, source);
            assertArrayEquals(walked.bytes, sized.bytes, source);
        }
    }

    /**
     * Labels with gaps between them and branches to labels nearby, either way, and in a third of
     * the programs bytes and labels of a data section in between; half the programs make chains
     * (forward branches over a few labels with gaps that keep them near the short limit, where one
     * growing branch pushes the ones before it out of range, a pass at a time).
     */
    private static String program(Random r) {
        boolean chains = r.nextBoolean();
        boolean data = r.nextInt(3) == 0;
        // chains: each branch jumps `reach' labels ahead over gaps that add up to about the limit
        int reach = 2 + r.nextInt(3);
        int chainGap = 124 / reach - 2;
        StringBuilder sb = new StringBuilder("bits 64\n");
        int labels = 20 + r.nextInt(chains ? 120 : 60);
        for (int i = 0; i < labels; i++) {
            // the label alone on its line, or on the line of what follows it
            sb.append("L").append(i).append(':').append(r.nextBoolean() ? "\n" : "");
            int branches = chains ? 1 : r.nextInt(3);
            for (int b = 0; b < branches; b++) {
                String mnemonic = BRANCHES[r.nextInt(BRANCHES.length)];
                // short-only forms mostly jump to a neighbour, so that most programs assemble
                boolean shortOnly = mnemonic.equals("jmp short") || mnemonic.equals("loop") || mnemonic.equals("jrcxz");
                int distance = shortOnly && r.nextInt(4) > 0 ? 1 : chains ? reach : 1 + r.nextInt(4);
                boolean ahead = chains ? r.nextInt(8) > 0 : r.nextBoolean();
                int to = ahead ? i + distance : i - distance + 1;
                to = Math.floorMod(to, labels);
                sb.append(' ').append(mnemonic).append(" L").append(to).append('\n');
            }
            int gap = chains ? chainGap - 2 + r.nextInt(5) : r.nextInt(70);
            if (gap > 0) {
                sb.append(" times ").append(gap).append(" nop\n");
            }
            if (!chains && r.nextInt(4) == 0) {
                sb.append(" add eax, ").append(r.nextInt(1000)).append('\n');
            }
            if (data && r.nextInt(5) == 0) {
                // labels and bytes of another section, between the branches
                sb.append("section .data\nD").append(i).append(": db ").append(r.nextInt(256))
                        .append("\n times ").append(r.nextInt(40)).append(" dw 7\nsection .text\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private record Run(byte[] bytes, Map<String, Long> labels, String diagnostics, int passes, boolean delta) {
    }

    private static Run run(String source, boolean deltaSizing) {
        AssemblerOptions options = new AssemblerOptions();
        options.deltaSizing = deltaSizing;
        Passes[] passes = new Passes[1];
        AssemblyResult result = new Assembler(new X86Encoder()).assemble(
                new SourceText("t.asm", null, source.getBytes(StandardCharsets.ISO_8859_1)), options,
                AssemblerTestSupport.sequential(0), p -> passes[0] = p);
        List<Section> sections = result.sections();
        byte[] bytes = result.diagnostics().hasErrors() || sections.isEmpty() ? null : sections.get(0).bytes();
        Map<String, Long> labels = result.symbols().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
        return new Run(bytes, labels, result.diagnostics().all().toString(), passes[0].sizingPasses(), passes[0].deltaSized());
    }
}
