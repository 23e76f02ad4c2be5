package io.github.tinybin.asm;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.build.TinyBin;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random whole programs ({@link RandomProgram}) assembled by us as {@code --format bin} and by
 * {@code nasm -f bin}: the bytes must be identical, and a program nasm rejects must be rejected by us
 * with errors on the same lines. Needs nasm on the PATH (skipped without it; CI installs it).
 *
 * <p>{@code -Dtinybin.randomPrograms=N} sets how many seeds each mode runs (default 150),
 * {@code -Dtinybin.randomPrograms.firstSeed=S} where they start (default 1). Every mismatching program
 * is written to {@code target/random-programs/} for reproduction.
 */
class RandomProgramsMatchNasmTest {
    private static final int PROGRAMS = Integer.getInteger("tinybin.randomPrograms", 150);
    private static final long FIRST_SEED = Long.getLong("tinybin.randomPrograms.firstSeed", 1L);
    private static final int REPORTED = 10;
    private static final Pattern NASM_MESSAGE = Pattern.compile("^[^:]*:(\\d+): (error|warning): (.*)$",
            Pattern.MULTILINE);
    private static final Path KEPT = Paths.get("target", "random-programs");

    @TempDir
    Path scratch;

    @Test
    void validProgramsGiveNasmsBytes() throws Exception {
        compareSeeds(false);
    }

    /** Programs with lines nasm may reject: the same lines are errors for us, or both give the same bytes. */
    @Test
    void rejectedProgramsAreRejectedAtTheSameLines() throws Exception {
        compareSeeds(true);
    }

    private void compareSeeds(boolean faulty) throws Exception {
        Assumptions.assumeTrue(nasmAvailable(), "nasm not on the PATH");
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + PROGRAMS; seed++) {
            String source = RandomProgram.generate(seed, faulty);
            String name = (faulty ? "faulty-" : "valid-") + seed;
            Outcome outcome = compare(name, source);
            if (outcome.nasmRejected) {
                rejected++;
            }
            if (outcome.difference != null) {
                Files.createDirectories(KEPT);
                Path kept = KEPT.resolve(name + ".asm");
                Files.writeString(kept, source, StandardCharsets.US_ASCII);
                failures.add("seed " + seed + (faulty ? " (faulty)" : "") + ": " + outcome.difference
                        + "\n  source: " + kept.toAbsolutePath()
                        + "\n  reproduce: nasm -f bin -o nasm.bin " + kept + "; compare with --format bin");
            }
        }
        if (!faulty && rejected > PROGRAMS / 10) {
            failures.add("nasm rejected " + rejected + " of " + PROGRAMS + " programs meant to be valid:"
                    + " the generator no longer tests bytes");
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + PROGRAMS + " random programs differ from nasm (seeds " + FIRST_SEED
                    + ".." + (FIRST_SEED + PROGRAMS - 1) + "):\n"
                    + String.join("\n", failures.subList(0, Math.min(REPORTED, failures.size()))));
        }
    }

    /** What comparing one program found: null difference when both agree. */
    private record Outcome(boolean nasmRejected, String difference) {
    }

    private Outcome compare(String name, String source) throws IOException, InterruptedException {
        Path file = scratch.resolve(name + ".asm");
        Files.writeString(file, source, StandardCharsets.US_ASCII);
        Path nasmOut = scratch.resolve(name + ".bin");
        Files.deleteIfExists(nasmOut);
        Process nasm = new ProcessBuilder("nasm", "-f", "bin", "-o", nasmOut.toString(), file.getFileName().toString())
                .directory(scratch.toFile()).redirectErrorStream(true).start();
        String nasmMessages = new String(nasm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!nasm.waitFor(60, TimeUnit.SECONDS)) {
            nasm.destroyForcibly();
            return new Outcome(false, "nasm did not finish in 60 s");
        }
        TreeSet<Integer> nasmErrors = new TreeSet<>();
        TreeSet<String> nasmWarnings = new TreeSet<>();
        Matcher m = NASM_MESSAGE.matcher(nasmMessages);
        while (m.find()) {
            if (m.group(2).equals("error")) {
                nasmErrors.add(Integer.parseInt(m.group(1)));
            } else {
                nasmWarnings.add(m.group(1) + ": " + m.group(3));
            }
        }
        boolean nasmRejected = nasm.exitValue() != 0;

        BuildRequest request = new BuildRequest();
        request.source = file;
        request.sourceDisplayName = file.getFileName().toString();
        request.format = OutputFormat.BIN;
        BuildResult ours = TinyBin.build(request);
        TreeSet<Integer> ourErrors = new TreeSet<>();
        TreeSet<String> ourWarnings = new TreeSet<>();
        boolean unsettled = false;
        for (Diagnostic d : ours.diagnostics().all()) {
            unsettled |= d.isError() && d.line() == 0;
            if (!d.isError()) {
                ourWarnings.add(d.line() + ": " + d.message());
            }
            // an error about the whole program (no convergence) has no line, as nasm's has none
            if (d.isError() && d.line() > 0) {
                ourErrors.add(d.line());
            }
        }
        String ourMessages = DiagnosticFormatter.format(ours.diagnostics());

        if (nasmRejected) {
            if (ours.succeeded()) {
                return new Outcome(true, "nasm rejects it, we accept it\n" + indent(nasmMessages));
            }
            // sizes that never settle: nasm reports that, or the errors of the pass it stopped after
            // (which we find too); our lines may include what a pass over unsettled sizes finds
            boolean explained = unsettled && ourErrors.containsAll(nasmErrors);
            if (!nasmErrors.equals(ourErrors) && !explained) {
                return new Outcome(true, "errors at lines " + ourErrors + ", nasm's at " + nasmErrors
                        + "\n  nasm:\n" + indent(nasmMessages) + "\n  ours:\n" + indent(ourMessages));
            }
            return new Outcome(true, null);
        }
        if (!ours.succeeded()) {
            return new Outcome(false, "nasm accepts it, we reject it\n" + indent(ourMessages));
        }
        if (!nasmWarnings.equals(ourWarnings)) {
            TreeSet<String> missing = new TreeSet<>(nasmWarnings);
            missing.removeAll(ourWarnings);
            TreeSet<String> extra = new TreeSet<>(ourWarnings);
            extra.removeAll(nasmWarnings);
            return new Outcome(false, "warnings differ: nasm's only " + missing + ", ours only " + extra);
        }
        byte[] expected = Files.readAllBytes(nasmOut);
        byte[] actual = ours.bytes();
        int at = firstDifference(expected, actual);
        if (at >= 0) {
            return new Outcome(false, "bytes differ first at offset 0x" + Long.toHexString(at) + " (nasm "
                    + expected.length + " bytes, ours " + actual.length + ")");
        }
        return new Outcome(false, null);
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    private static String indent(String text) {
        return text.strip().replaceAll("(?m)^", "    ");
    }

    static boolean nasmAvailable() {
        try {
            Process p = new ProcessBuilder("nasm", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
