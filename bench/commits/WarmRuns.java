import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.OutputFormat;
import io.github.tinybin.build.TinyBin;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Assembles one source RUNS times in this JVM (as {@code java -jar ... --format bin} would, minus
 * start-up) and prints the thread CPU time of the best of the last five runs, in milliseconds.
 * Thread CPU rather than wall time, so that a busy second core does not count. Uses only the
 * build API that every commit since session 2 has, so bench/commits/compare.sh can run old commits.
 * Usage: java -cp CLASSES:DIR WarmRuns SOURCE RUNS
 */
public final class WarmRuns {
    public static void main(String[] args) {
        Path source = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            BuildRequest request = new BuildRequest();
            request.source = source;
            request.format = OutputFormat.BIN;
            BuildResult result = TinyBin.build(request);
            long cpu = threads.getCurrentThreadCpuTime() - start;
            if (result.bytes() == null) {
                throw new IllegalStateException(source + " does not assemble: " + result.diagnostics());
            }
            if (i >= runs - 5) {
                best = Math.min(best, cpu);
            }
        }
        System.out.println(best / 1_000_000);
    }
}
