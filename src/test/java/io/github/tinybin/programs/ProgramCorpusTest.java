package io.github.tinybin.programs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.build.TinyBin;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.diag.Severity;
import io.github.tinybin.elf.Layouts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program corpus (src/test/resources/programs): every {@code NAME.asm} is built by us into an
 * ELF executable, run with the arguments and stdin recorded in {@code NAME.expect}, and its stdout
 * and exit status compared with what the nasm + ld build did. Every {@code bin/NAME.asm} is built
 * with {@code --format bin} and compared byte for byte with nasm's {@code bin/NAME.bin}. Every
 * {@code errors/NAME.asm} must fail with errors exactly where nasm reports them ({@code errors/NAME.diag}).
 * Expectations come from {@code tools/programs/record.sh}.
 */
@EnabledOnOs(value = OS.LINUX, architectures = {"amd64", "x86_64"})
class ProgramCorpusTest {
    private static final long RUN_TIMEOUT_SECONDS = 10;
    /** The layouts issue 4 gives a pie option. */
    private static final List<String> PIE_LAYOUTS = List.of("compact", "standard");
    /**
     * {@code smallest} loads programs at 0x500000000 or 0x700000000, where 32-bit absolute addresses
     * ({@code mov esi, msg}, {@code [table+rbx*8]}, {@code dd msg}) do not fit, as ld would say. These
     * programs take none and must run; every other program must run or be refused for exactly that.
     */
    private static final Set<String> RUN_UNDER_SMALLEST = Set.of("argc", "cat", "crlf_latin1", "exit", "hello",
            "include", "local_labels", "macros", "rip_relative", "struc");
    /** Programs whose .bss is larger than what smallest's last file page leaves: refused for that too. */
    private static final Set<String> BSS_TOO_LARGE_FOR_SMALLEST = Set.of("reverse_lines", "wc");

    @TempDir
    static Path scratch;

    @TestFactory
    Stream<DynamicNode> elfProgramsRunAsNasmAndLdBuilt() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path source : sources(corpus())) {
            nodes.add(DynamicTest.dynamicTest(name(source), source.toUri(),
                    () -> buildAndRun(source, Layouts.DEFAULT)));
        }
        return nodes.stream();
    }

    /** Every other registered layout must run the same programs the same way. */
    @TestFactory
    Stream<DynamicNode> elfProgramsRunInEveryOtherLayout() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        for (String layout : Layouts.names()) {
            if (layout.equals(Layouts.DEFAULT)) {
                continue;
            }
            List<DynamicNode> tests = new ArrayList<>();
            for (Path source : sources(corpus())) {
                tests.add(DynamicTest.dynamicTest(name(source) + " [" + layout + "]", source.toUri(),
                        layout.equals("smallest") ? () -> runsUnderSmallestOrIsRefused(source)
                                : () -> buildAndRun(source, layout)));
            }
            containers.add(DynamicContainer.dynamicContainer("layout " + layout, tests));
        }
        return containers.stream();
    }

    /** Programs marked {@code ; pie} run as position-independent executables in the layouts that offer it. */
    @TestFactory
    Stream<DynamicNode> positionIndependentProgramsRunAsPie() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        for (String layout : PIE_LAYOUTS) {
            if (Layouts.byName(layout) == null) {
                continue;
            }
            List<DynamicNode> tests = new ArrayList<>();
            for (Path source : sources(corpus())) {
                if (header(source).contains("; pie")) {
                    tests.add(DynamicTest.dynamicTest(name(source) + " [" + layout + " pie]", source.toUri(),
                            () -> buildAndRun(source, layout, true)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer("pie " + layout, tests));
        }
        return containers.stream();
    }

    /**
     * Programs in {@code pie_errors/} take absolute addresses: they build as plain executables, and
     * as pie they fail with nothing written and an error exactly at each line marked
     * {@code ; <- pie error}, telling to use RIP-relative addressing.
     */
    @TestFactory
    Stream<DynamicNode> positionDependentProgramsAreRefusedAsPie() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path source : sources(corpus().resolve("pie_errors"))) {
            for (String layout : PIE_LAYOUTS) {
                nodes.add(DynamicTest.dynamicTest("pie_errors/" + name(source) + " [" + layout + " pie]",
                        source.toUri(), () -> refusedAsPie(source, layout)));
            }
        }
        return nodes.stream();
    }

    private static void refusedAsPie(Path source, String layout) throws IOException {
        BuildRequest request = request(source);
        request.layout = layout;
        assertNotNull(build(request), "position-dependent code is fine without pie");
        request = request(source);
        request.layout = layout;
        request.pie = true;
        BuildResult result = TinyBin.build(request);
        String report = "\n" + DiagnosticFormatter.format(result.diagnostics());
        assertNull(result.bytes(), "no file is written" + report);
        assertEquals(0, result.diagnostics().warningCount(), "warnings" + report);
        List<String> lines = Files.readAllLines(source, StandardCharsets.ISO_8859_1);
        Set<Integer> marked = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(";") && lines.get(i).endsWith("; <- pie error")) {
                marked.add(i + 1);
            }
        }
        Set<Integer> reported = new TreeSet<>();
        for (Diagnostic d : result.diagnostics().all()) {
            assertEquals(source.getFileName().toString(), d.file(), report);
            assertEquals(lines.get(d.line() - 1), d.sourceLine(), "the source line is shown" + report);
            assertTrue(d.column() >= 1 && d.column() <= d.sourceLine().length(), "column" + report);
            assertTrue(d.message().matches("absolute address of `(\\w+)' (as an immediate|as a displacement|in data "
                    + "\\(d[bwdq]\\)) in a position-independent executable, which the kernel loads at a random "
                    + "address: use `\\[rel \\1\\]' or `lea reg, \\[rel \\1\\]' \\(or `default rel'\\)"),
                    d.message() + report);
            reported.add(d.line());
        }
        assertEquals(marked, reported, "error lines" + report);
    }

    @TestFactory
    Stream<DynamicNode> flatBinariesMatchNasmByteForByte() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path source : sources(corpus().resolve("bin"))) {
            nodes.add(DynamicTest.dynamicTest("bin/" + name(source), source.toUri(), () -> {
                Path golden = sibling(source, ".bin");
                BuildRequest request = request(source);
                request.format = OutputFormat.BIN;
                BuildResult result = TinyBin.build(request);
                if (!result.succeeded()) {
                    fail("build failed:\n" + DiagnosticFormatter.format(result.diagnostics()));
                }
                byte[] bytes = result.bytes();
                assertArrayEquals(Files.readAllBytes(golden), bytes,
                        "bytes differ from nasm -f bin " + golden.getFileName());
                Path warnings = sibling(source, ".warnings");
                List<String> nasmWarnings = Files.exists(warnings)
                        ? Files.readAllLines(warnings, StandardCharsets.ISO_8859_1) : List.of();
                assertEquals(nasmWarnings, nasmStyleWarnings(result, source),
                        "warnings differ from nasm's (" + warnings.getFileName() + ")");
                Path expect = sibling(source, ".expect");
                if (Files.exists(expect)) {
                    assertRuns(bytes, Expectation.read(expect), name(source));
                }
            }));
        }
        return nodes.stream();
    }

    /**
     * Programs with mistakes: the build fails, and the errors are exactly at the lines (and included
     * files) where nasm finds them, each with a column; where nasm only warns, we warn.
     */
    @TestFactory
    Stream<DynamicNode> erroneousProgramsAreRejectedAtEveryMistake() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path source : sources(corpus().resolve("errors"))) {
            nodes.add(DynamicTest.dynamicTest("errors/" + name(source), source.toUri(), () -> {
                List<ExpectedDiagnostic> expected = ExpectedDiagnostic.read(sibling(source, ".diag"));
                BuildResult result = TinyBin.build(request(source));
                String report = DiagnosticFormatter.format(result.diagnostics());
                String nasm = expected.stream().map(d -> (d.error() ? "error " : "warning ") + d.file() + ":"
                        + d.line() + ": " + d.message()).collect(Collectors.joining("\n"));
                String context = "\nours:\n" + report + "\nnasm:\n" + nasm;
                assertNull(result.bytes(), "a program with errors must produce no output" + context);
                Set<String> ourErrors = new TreeSet<>();
                Set<String> ourWarnings = new TreeSet<>();
                for (Diagnostic d : result.diagnostics().all()) {
                    assertNotNull(d.file(), () -> "error without a file: " + d.message() + context);
                    String where = Path.of(d.file()).getFileName() + ":" + d.line();
                    (d.isError() ? ourErrors : ourWarnings).add(where);
                    assertTrue(d.line() > 0 && d.column() > 0, () -> "no line:column for " + where + context);
                }
                Set<String> nasmErrors = expected.stream().filter(ExpectedDiagnostic::error)
                        .map(ExpectedDiagnostic::location).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(nasmErrors, ourErrors, "error locations" + context);
                for (ExpectedDiagnostic d : expected) {
                    if (!d.error() && !nasmErrors.contains(d.location())) {
                        assertTrue(ourWarnings.contains(d.location()), "missing warning at " + d.location() + context);
                    }
                }
            }));
        }
        return nodes.stream();
    }

    /**
     * Under smallest a program runs as nasm + ld built it, or (unless it is one that must run) fails
     * with nothing written and only errors saying why smallest cannot load it: each absolute
     * address that does not fit its field, at the line and column that wrote it.
     */
    private static void runsUnderSmallestOrIsRefused(Path source) throws Exception {
        String name = name(source);
        BuildRequest request = request(source);
        request.layout = "smallest";
        BuildResult result = TinyBin.build(request);
        if (RUN_UNDER_SMALLEST.contains(name) || result.succeeded()) {
            buildAndRun(source, "smallest");
            return;
        }
        String report = "\n" + DiagnosticFormatter.format(result.diagnostics());
        assertNull(result.bytes(), "no file is written" + report);
        assertEquals(0, result.diagnostics().warningCount(), "warnings" + report);
        assertTrue(result.diagnostics().errorCount() > 0, report);
        List<String> lines = Files.readAllLines(source, StandardCharsets.ISO_8859_1);
        for (Diagnostic d : result.diagnostics().all()) {
            if (BSS_TOO_LARGE_FOR_SMALLEST.contains(name) && d.file() == null
                    && d.message().startsWith("layout 'smallest' has room for ")
                    && d.message().endsWith("; use layout 'tiny'")) {
                continue;
            }
            assertEquals(source.getFileName().toString(), d.file(), "error at a line of the program" + report);
            assertTrue(d.message().matches("relocation truncated to fit: address 0x[57][0-9a-f]{8} of `[^']+' does "
                    + "not fit the (un)?signed (8|16|32)-bit (immediate|displacement|field \\(d[bwd]\\)); "
                    + "layout 'smallest' loads the program at 0x[57]00000000: .*"), d.message() + report);
            assertEquals(lines.get(d.line() - 1), d.sourceLine(), "the source line is shown" + report);
            assertTrue(d.column() >= 1 && d.column() <= d.sourceLine().length(), "column" + report);
        }
    }

    private static void buildAndRun(Path source, String layout) throws Exception {
        buildAndRun(source, layout, false);
    }

    private static void buildAndRun(Path source, String layout, boolean pie) throws Exception {
        BuildRequest request = request(source);
        request.layout = layout;
        request.pie = pie;
        byte[] executable = build(request);
        assertRuns(executable, Expectation.read(sibling(source, ".expect")),
                name(source) + "-" + layout + (pie ? "-pie" : ""));
    }

    /** The comment lines at the top of a source, where its test markers live. */
    private static List<String> header(Path source) throws IOException {
        List<String> header = new ArrayList<>();
        for (String line : Files.readAllLines(source, StandardCharsets.ISO_8859_1)) {
            if (!line.startsWith(";")) {
                break;
            }
            header.add(line.strip());
        }
        return header;
    }

    private static BuildRequest request(Path source) {
        BuildRequest request = new BuildRequest();
        request.source = source;
        request.sourceDisplayName = source.getFileName().toString();
        // record.sh runs nasm in the source's folder; relative %include/incbin must resolve alike
        request.assembler.workingDirectory = source.getParent();
        return request;
    }

    /** Our warnings as nasm prints them: {@code file:line: warning: message}, no column. */
    private static List<String> nasmStyleWarnings(BuildResult result, Path source) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : result.diagnostics().all()) {
            if (d.severity() == Severity.WARNING) {
                out.add(source.getFileName() + ":" + d.line() + ": warning: " + d.message());
            }
        }
        return out;
    }

    private static byte[] build(BuildRequest request) {
        BuildResult result = TinyBin.build(request);
        if (!result.succeeded()) {
            fail("build failed:\n" + DiagnosticFormatter.format(result.diagnostics()));
        }
        assertEquals(0, result.diagnostics().warningCount(),
                () -> "unexpected warnings:\n" + DiagnosticFormatter.format(result.diagnostics()));
        return result.bytes();
    }

    static void assertRuns(byte[] executable, Expectation expected, String fileName) throws Exception {
        Path file = scratch.resolve(fileName);
        Files.write(file, executable);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>();
        command.add(file.toString());
        command.addAll(expected.args());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(expected.stdin());
        } catch (IOException ignoredBecauseTheProgramNeedNotReadStdin) {
            // a program that exits without reading closes the pipe early
        }
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("did not exit within " + RUN_TIMEOUT_SECONDS + " s");
        }
        byte[] actual = stdout.get(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertEquals(new String(expected.stdout(), StandardCharsets.ISO_8859_1),
                new String(actual, StandardCharsets.ISO_8859_1), "stdout");
        assertEquals(expected.exitStatus(), process.exitValue(), "exit status");
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path corpus() {
        try {
            return Path.of(ProgramCorpusTest.class.getResource("/programs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sources = files.filter(p -> p.getFileName().toString().endsWith(".asm")).sorted().toList();
            assertTrue(!sources.isEmpty(), "no programs in " + dir);
            return sources;
        }
    }

    private static String name(Path source) {
        String file = source.getFileName().toString();
        return file.substring(0, file.length() - ".asm".length());
    }

    private static Path sibling(Path source, String extension) {
        return source.resolveSibling(name(source) + extension);
    }
}
