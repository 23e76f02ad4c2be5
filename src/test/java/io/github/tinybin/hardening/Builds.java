package io.github.tinybin.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.build.TinyBin;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.elf.Layouts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds hostile sources through {@link TinyBin#build} and checks the contract every input must meet:
 * the call returns, and either bytes come back with no error or errors come back with no bytes, every
 * located diagnostic has a line, and no diagnostic admits an internal error (a crash the pipeline
 * caught and turned into text is still a crash).
 */
final class Builds {
    /** What a source can be built as: every ELF layout, then {@code nasm -f bin}. */
    static final List<String> TARGETS = targets();

    private Builds() {
    }

    private static List<String> targets() {
        List<String> t = new ArrayList<>(Layouts.names());
        t.add("bin");
        return List.copyOf(t);
    }

    /** A request for {@code source} built as {@code target} (a layout name or "bin"). */
    static BuildRequest request(Path source, String target) {
        BuildRequest request = new BuildRequest();
        request.source = source;
        request.assembler.workingDirectory = source.toAbsolutePath().getParent();
        if (target.equals("bin")) {
            request.format = OutputFormat.BIN;
        } else {
            request.layout = target;
        }
        return request;
    }

    /** Builds and checks the invariants; returns the result for more specific assertions. */
    static BuildResult build(BuildRequest request) {
        BuildResult result = TinyBin.build(request);
        checkInvariants(result, request.assembler.limits.outputBytes, sourceSays(request, INTERNAL));
        return result;
    }

    private static final String INTERNAL = "internal error";

    /**
     * Whether the source itself contains {@code words}: then a message with them may just echo the
     * user (a file name, an %error text). The fuzzer learns the words from our own check and writes
     * them into sources, which is not a crash.
     */
    private static boolean sourceSays(BuildRequest request, String words) {
        try {
            return request.source != null && Files.isRegularFile(request.source)
                    && new String(Files.readAllBytes(request.source), StandardCharsets.ISO_8859_1).contains(words);
        } catch (IOException e) {
            return false;
        }
    }

    static void checkInvariants(BuildResult result, long outputLimit, boolean sourceMentionsInternalError) {
        assertNotNull(result);
        assertNotNull(result.diagnostics());
        String shown = DiagnosticFormatter.format(result.diagnostics());
        for (Diagnostic d : result.diagnostics().all()) {
            assertNotNull(d.message(), shown);
            assertFalse(d.message().contains(INTERNAL) && !sourceMentionsInternalError, shown);
            if (d.file() != null) {
                assertTrue(d.line() >= 0 && d.column() >= 0, shown);
            }
        }
        if (result.diagnostics().hasErrors()) {
            assertTrue(result.bytes() == null, "bytes despite errors:\n" + shown);
            assertFalse(result.diagnostics().all().isEmpty(), "errors counted but none kept");
        } else {
            assertNotNull(result.bytes(), "neither bytes nor errors");
            // headers and padding come on top of the sections, never megabytes of it
            assertTrue(result.bytes().length <= outputLimit + (1 << 16),
                    "output of " + result.bytes().length + " bytes over a limit of " + outputLimit);
        }
    }

    /** Builds and asserts the build failed; returns the formatted diagnostics. */
    static String failing(BuildRequest request) {
        BuildResult result = build(request);
        assertFalse(result.succeeded(), "expected a failed build");
        assertTrue(result.diagnostics().errorCount() > 0);
        return DiagnosticFormatter.format(result.diagnostics());
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
