package io.github.tinybin.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in-process (its {@code run} returns the exit status instead of exiting) on outputs it cannot
 * write and builds that fail: one clear line naming the user's file, status 1, no stack trace, no
 * temporary file left behind, and never a half-written output.
 */
class CliOutputTest {
    private static final byte[] OLD = "old bytes of an earlier build".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        try {
            Method run = Main.class.getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
            run.setAccessible(true);
            PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            return (int) NegativeCorpusTest.within(() -> {
                try {
                    return run.invoke(null, args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e.getCause() != null ? e.getCause() : e);
                }
            });
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void outputInAMissingDirectory() throws IOException {
        Path out = dir.resolve("missing/prog");
        assertEquals(1, run("-o", out.toString()));
        assertEquals("tinybin: error: cannot write " + out + ": no such file or directory\n", err());
        assertEquals(List.of(), entries());
    }

    @Test
    void outputInADirectoryNobodyCanWrite() {
        // /proc takes no new files, even from root (chmod 555 would not stop root, which CI runs as)
        assertEquals(1, run("-o", "/proc/tinybin-output"));
        assertTrue(err().startsWith("tinybin: error: cannot write /proc/tinybin-output: "), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void outputThatIsADirectory() throws IOException {
        Path out = Files.createDirectory(dir.resolve("prog"));
        assertEquals(1, run("-o", out.toString()));
        assertTrue(err().startsWith("tinybin: error: cannot write " + out + ": "), err());
        assertEquals(List.of("prog"), entries());
    }

    @Test
    void listingInAMissingDirectoryFailsTheBuildWithoutAnOutput() throws IOException {
        Path out = dir.resolve("prog");
        Files.write(out, OLD);
        Path listing = dir.resolve("missing/prog.lst");
        assertEquals(1, run("-o", out.toString(), "-l", listing.toString()));
        assertEquals("tinybin: error: cannot write " + listing + ": no such file or directory\n", err());
        List<String> left = entries();
        assertTrue(left.equals(List.of()) || left.equals(List.of("prog")) && readsOld(out), left::toString);
    }

    @Test
    void failedBuildOverAnExistingOutputRemovesIt() throws IOException {
        Path out = dir.resolve("prog");
        Files.write(out, OLD);
        Path src = Builds.write(dir, "bad.asm", "_start:\n  mov eax, nowhere\n  times 100000 nop\n");
        assertEquals(1, run("-o", out.toString(), src.toString()));
        assertEquals(src + ":2:12: error: symbol `nowhere' not defined\n  mov eax, nowhere\n           ^\n", err());
        assertEquals(List.of("bad.asm"), entries(), "the old output is removed, nothing else is left");
    }

    @Test
    void failedBuildOfAMissingSourceRemovesTheOldOutput() throws IOException {
        Path out = dir.resolve("prog");
        Files.write(out, OLD);
        assertEquals(1, run("-o", out.toString(), dir.resolve("absent.asm").toString()));
        assertEquals("tinybin: error: " + dir.resolve("absent.asm") + ": no such file\n", err());
        assertEquals(List.of(), entries());
    }

    @Test
    void runawaySourceFailsFastAndLeavesNothing() throws IOException {
        Path out = dir.resolve("prog");
        Files.write(out, OLD);
        Path src = Builds.write(dir, "big.asm", "_start:\ntimes 1000000000000000 db 0\n");
        assertEquals(1, run("-o", out.toString(), src.toString()));
        assertTrue(err().startsWith(src + ":2:"), err());
        assertEquals(List.of("big.asm"), entries());
    }

    @Test
    void successfulBuildReplacesTheOldOutputWholeAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("prog");
        Files.write(out, OLD);
        assertEquals(0, run("-o", out.toString()));
        assertEquals("", err());
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(145, bytes.length, "the built-in Hello is the seed's 145 bytes");
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, java.util.Arrays.copyOf(bytes, 4));
        assertTrue(Files.isExecutable(out));
        assertEquals(List.of("prog"), entries());
    }

    @Test
    void binaryJunkAsSourceIsOneErrorPerBadLineNotATrace() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(11).nextBytes(junk);
        Path src = Builds.write(dir, "junk.asm", junk);
        assertEquals(1, run("-o", dir.resolve("prog").toString(), src.toString()));
        assertFalse(err().contains("Exception"), err());
        assertFalse(err().contains("\tat "), err());
        assertTrue(err().startsWith(src + ":1:"), err());
    }

    @Test
    void runningOutOfMemoryIsOneClearLineAndStatus1() throws Exception {
        // nested %reps of nops within every default limit, in a JVM with a 48 MiB heap
        Path src = Builds.write(dir, "huge.asm", "_start:\n%rep 10000\n%rep 10000\nnop\n%endrep\n%endrep\n");
        Path out = dir.resolve("prog");
        Files.write(out, OLD);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "-o", out.toString(), src.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the build must end");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.startsWith("tinybin: error: out of memory: the program needs more than the "), output);
        assertEquals(1, output.lines().count(), output);
        assertEquals(List.of("huge.asm"), entries(), "the old output is removed, nothing else is left");
    }

    private static boolean readsOld(Path p) {
        try {
            return java.util.Arrays.equals(OLD, Files.readAllBytes(p));
        } catch (IOException e) {
            return false;
        }
    }
}
