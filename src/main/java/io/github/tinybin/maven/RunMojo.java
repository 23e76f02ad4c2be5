package io.github.tinybin.maven;

import io.github.tinybin.build.BuiltinProgram;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the executables {@code tinybin:build} produced and checks their output and exit status, so a
 * project can test its tiny programs in its own build. Runs only on a Linux x86-64 host; elsewhere it
 * says so and skips.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class RunMojo extends AbstractTinybinMojo {
    /** Arguments passed to each program. */
    @Parameter
    private List<String> arguments;

    /** A file fed to each program's standard input; without it, standard input is empty. */
    @Parameter(property = "tinybin.run.stdin")
    private File stdin;

    /**
     * The exact standard output expected; {@code \n}, {@code \t} and {@code \\} are expanded as in
     * {@code message}. Not checked when neither this nor {@code expectedOutputFile} is set.
     */
    @Parameter(property = "tinybin.run.expectedOutput")
    private String expectedOutput;

    /** A file holding the exact standard output expected. */
    @Parameter(property = "tinybin.run.expectedOutputFile")
    private File expectedOutputFile;

    /** The exit status expected. */
    @Parameter(property = "tinybin.run.expectedExitCode", defaultValue = "0")
    private int expectedExitCode;

    /** Seconds a program may run before it is killed and the build fails. */
    @Parameter(property = "tinybin.run.timeout", defaultValue = "10")
    private int timeout;

    /** Runs only the program of this name; default: every program. */
    @Parameter(property = "tinybin.run.program")
    private String program;

    /** Skips running the programs (the build goal still runs). */
    @Parameter(property = "tinybin.run.skip", defaultValue = "false")
    private boolean skipRun;

    /** Bytes of output kept per stream; more is read and dropped, so a chatty program cannot fill memory. */
    private static final int MAX_CAPTURE = 1 << 20;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipRun) {
            getLog().info("Skipping tinybin:run (" + (skip ? "tinybin.skip" : "tinybin.run.skip") + ")");
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            getLog().info("Skipping tinybin:run: the programs are Linux x86-64 executables and this host is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            return;
        }
        if (timeout <= 0) {
            throw new MojoFailureException("Invalid value '" + timeout + "' for parameter 'timeout' "
                    + "(property tinybin.run.timeout): a positive number of seconds is required");
        }
        byte[] expected = expectedBytes();
        byte[] input = readInput();
        List<Program> programs = planPrograms();
        if (program != null && programs.stream().noneMatch(p -> p.name().equals(program))) {
            List<String> names = programs.stream().map(Program::name).toList();
            throw new MojoFailureException(ConfigurationProblem.invalid("program", "tinybin.run.program", program,
                    "allowed values are the programs' names: " + String.join(", ", names)).getMessage());
        }
        for (Program p : programs) {
            if (program == null || p.name().equals(program)) {
                runOne(p, input, expected);
            }
        }
    }

    private void runOne(Program p, byte[] input, byte[] expected) throws MojoExecutionException, MojoFailureException {
        Path exe = outputFile(p);
        if (!Files.isRegularFile(exe)) {
            throw new MojoFailureException("Cannot run " + p.name() + ": " + exe
                    + " does not exist; bind tinybin:build before tinybin:run (it runs at package)");
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toAbsolutePath().toString());
        if (arguments != null) {
            command.addAll(arguments);
        }
        Process process;
        try {
            process = new ProcessBuilder(command).directory(project.getBasedir()).start();
        } catch (IOException e) {
            throw new MojoFailureException("Cannot run " + exe + ": " + e.getMessage());
        }
        Capture out = new Capture(process.getInputStream());
        Capture err = new Capture(process.getErrorStream());
        out.start();
        err.start();
        // fed from its own thread: a program that never reads its input must still meet the timeout
        Thread feeder = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // the program exited without reading all its input: not an error by itself
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            // bounded: a process the program started may still hold the pipes open
            out.join(5000);
            err.join(5000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while running " + p.name(), e);
        }
        if (!finished) {
            throw new MojoFailureException(p.name() + " did not finish within " + timeout
                    + " s (parameter 'timeout', property tinybin.run.timeout) and was killed");
        }
        int status = process.exitValue();
        byte[] actual = out.bytes();
        List<String> problems = new ArrayList<>();
        if (expected != null) {
            String mismatch = OutputComparison.describe(expected, actual, out.truncated);
            if (mismatch != null) {
                problems.add("standard output differs: " + mismatch);
            }
        }
        if (status != expectedExitCode) {
            problems.add("exit status " + status + ", expected " + expectedExitCode);
        }
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder(p.name() + " failed its check: " + String.join("; ", problems));
            if (err.bytes().length > 0) {
                sb.append("\nstandard error: ").append(OutputComparison.escape(err.bytes(), 0, 200));
            }
            throw new MojoFailureException(sb.toString());
        }
        getLog().info(p.name() + ": ran, exit status " + status + ", " + actual.length + " bytes of output"
                + (expected != null ? " as expected" : ""));
    }

    private byte[] expectedBytes() throws MojoFailureException {
        if (expectedOutput != null && expectedOutputFile != null) {
            throw new MojoFailureException("Parameters 'expectedOutput' and 'expectedOutputFile' are both set: "
                    + "use one");
        }
        if (expectedOutputFile != null) {
            try {
                return Files.readAllBytes(expectedOutputFile.toPath());
            } catch (IOException e) {
                throw new MojoFailureException("Invalid value '" + expectedOutputFile
                        + "' for parameter 'expectedOutputFile': cannot read it (" + e.getMessage() + ")");
            }
        }
        return expectedOutput == null ? null
                : BuiltinProgram.expandEscapes(expectedOutput).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] readInput() throws MojoFailureException {
        if (stdin == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(stdin.toPath());
        } catch (IOException e) {
            throw new MojoFailureException("Invalid value '" + stdin + "' for parameter 'stdin' "
                    + "(property tinybin.run.stdin): cannot read it (" + e.getMessage() + ")");
        }
    }

    /** Reads one output stream of the program to its end, keeping the first {@link #MAX_CAPTURE} bytes. */
    private static final class Capture extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean truncated;

        Capture(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    int room = MAX_CAPTURE - kept.size();
                    if (room > 0) {
                        kept.write(buffer, 0, Math.min(n, room));
                    }
                    if (n > room) {
                        truncated = true;
                    }
                }
            } catch (IOException e) {
                // the stream closes when the process is killed
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
