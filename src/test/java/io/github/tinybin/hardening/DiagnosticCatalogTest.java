package io.github.tinybin.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagnostic we can emit, triggered by a source in {@code hardening/diagnostics.txt} and found
 * at its {@code file:line:column} with its exact text; the build fails when an error is expected.
 */
class DiagnosticCatalogTest {
    private static final String HEADER = "; catalog:";

    @TempDir
    Path dir;

    record Case(int number, String source, List<String> expected) {
        @Override
        public String toString() {
            return "#" + number + " " + expected.get(0);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        String text;
        try (InputStream in = DiagnosticCatalogTest.class.getResourceAsStream("/hardening/diagnostics.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        List<Arguments> out = new ArrayList<>();
        String[] blocks = text.split("%%%\n", -1);
        for (int i = 1; i < blocks.length; i++) {
            StringBuilder source = new StringBuilder();
            List<String> expected = new ArrayList<>();
            // each line of a block ends with a newline: split without keeping the empty tail
            for (String line : blocks[i].split("\n")) {
                if (line.startsWith("=== ")) {
                    expected.add(line.substring(4));
                } else {
                    source.append(line).append('\n');
                }
            }
            if (!expected.isEmpty()) {
                out.add(Arguments.of(new Case(i, source.toString(), expected)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosticAtItsLineAndColumn(Case c) {
        Path file = Builds.write(dir, "case.asm", c.source());
        BuildRequest request = Builds.request(file, "tiny");
        request.sourceDisplayName = "case.asm";
        request.assembler.limits.outputBytes = 1 << 20;
        String header = c.source().startsWith(HEADER) ? c.source().substring(0, c.source().indexOf('\n')) : "";
        for (String word : header.substring(Math.min(header.length(), HEADER.length())).trim().split(" ")) {
            if (word.startsWith("target=")) {
                BuildRequest other = Builds.request(file, word.substring("target=".length()));
                request.format = other.format;
                request.layout = other.layout;
            } else if (word.equals("pie")) {
                request.pie = true;
            } else if (word.equals("debug")) {
                request.debug = true;
            }
        }
        BuildResult result = NegativeCorpusTest.within(() -> Builds.build(request));
        List<String> headlines = new ArrayList<>();
        for (Diagnostic d : result.diagnostics().all()) {
            headlines.add(DiagnosticFormatter.headline(d));
        }
        for (String e : c.expected()) {
            // "error: ..." alone: blamed on the file, no line (line 0)
            String want = e.startsWith("tinybin: ") ? e : e.startsWith("error: ") ? "case.asm: " + e : "case.asm:" + e;
            assertTrue(headlines.contains(want), () -> "expected\n" + want + "\namong\n" + String.join("\n", headlines));
        }
        if (c.expected().stream().anyMatch(e -> e.contains(": error: "))) {
            assertFalse(result.succeeded(), "an error must fail the build");
        }
    }
}
