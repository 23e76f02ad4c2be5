package io.github.tinybin.bench;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.build.TinyBin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core in-process: read, preprocess, parse, relax and encode one generated source
 * (bench/generate.py) into nasm -f bin's bytes, i.e. what {@code java -jar ... --format bin} does
 * minus JVM start-up and writing the file. The score is the time of one whole source;
 * bench/jmh-table.py divides by the line count for lines per second and, from {@code -prof gc}'s
 * {@code gc.alloc.rate.norm}, bytes allocated per line.
 *
 * <p>Sources come from {@code -Dtinybin.bench.dir} (default {@code target/bench}), named
 * {@code src-LINES.asm}; bench/jmh.sh generates them first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssemblerBenchmark {
    @Param({"10000", "100000", "1000000"})
    public int lines;

    private Path source;
    private int expectedLength;

    @Setup(Level.Trial)
    public void load() {
        Path dir = Path.of(System.getProperty("tinybin.bench.dir", "target/bench"));
        source = dir.resolve("src-" + lines + ".asm").toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException(source + " missing: run bench/jmh.sh, which generates it");
        }
        BuildResult first = build();
        if (!first.succeeded()) {
            throw new IllegalStateException(source + " does not assemble: " + first.diagnostics());
        }
        expectedLength = first.bytes().length;
    }

    private BuildResult build() {
        BuildRequest request = new BuildRequest();
        request.source = source;
        request.format = OutputFormat.BIN;
        return TinyBin.build(request);
    }

    @Benchmark
    public byte[] assembleSource() {
        BuildResult result = build();
        // keeps the JIT honest and catches a benchmark that silently stopped assembling
        if (result.bytes() == null || result.bytes().length != expectedLength) {
            throw new IllegalStateException("output changed between runs: " + result.diagnostics());
        }
        return result.bytes();
    }
}
