package io.github.tinybin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpGoesToStdoutAndListsEveryOption() {
        assertEquals(0, run("--help"));
        assertEquals("", err());
        for (String option : new String[] {"--format", "--layout", "--entry", "-D NAME[=VALUE]", "-I DIR",
                "--listing", "--message", "-o, --output", "--version", "--base-address", "--pie", "--debug"}) {
            assertTrue(out().contains(option), option);
        }
    }

    @Test
    void versionPrintsTheProjectVersion() {
        assertEquals(0, run("--version"));
        // surefire runs against target/classes, where Maven has filtered the version in
        assertTrue(out().matches("tinybin \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), out());
    }

    @Test
    void usageErrorIsOneLineOnStderrWithStatus2() {
        assertEquals(2, run("a.asm", "b.asm", "-o", "x"));
        assertEquals("", out());
        assertEquals("tinybin: error: more than one SOURCE: 'a.asm' and 'b.asm'" + System.lineSeparator(), err());
    }

    @Test
    void missingSourceFailsWithStatus1AndRemovesAStaleOutput() throws IOException {
        Path output = dir.resolve("prog");
        Files.write(output, new byte[] {1, 2, 3});
        String missing = dir.resolve("nope.asm").toString();
        assertEquals(1, run("-o", output.toString(), missing));
        assertEquals("tinybin: error: " + missing + ": no such file\n", err());
        assertFalse(Files.exists(output), "a failed build must not leave the previous output behind");
    }

    @Test
    void directoryAsSourceIsAnError() {
        assertEquals(1, run("-o", dir.resolve("x").toString(), dir.toString()));
        assertEquals("tinybin: error: " + dir + ": not a regular file\n", err());
    }
}
