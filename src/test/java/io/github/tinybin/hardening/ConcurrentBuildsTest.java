package io.github.tinybin.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tinybin.build.BuildRequest;
import io.github.tinybin.build.BuildResult;
import io.github.tinybin.build.TinyBin;
import io.github.tinybin.diag.DiagnosticFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Mojo is threadSafe, so Maven may run many builds in one JVM at once: each must give the bytes
 * and diagnostics it gives alone. Sixteen different builds (corpus programs on several layouts, bin,
 * the built-in program with different messages, a failing one) run on a thread pool, repeatedly,
 * all released at once, and are compared with single-threaded results.
 */
class ConcurrentBuildsTest {
    private static final int THREADS = 16;

    @Test
    void sixteenDifferentBuildsAtOnceGiveTheSingleThreadedBytes() throws Exception {
        List<Supplier<BuildRequest>> builds = builds();
        assertEquals(THREADS, builds.size());
        List<String> expected = new ArrayList<>();
        for (Supplier<BuildRequest> b : builds) {
            expected.add(fingerprint(TinyBin.build(b.get())));
        }
        assertTrue(expected.stream().filter(e -> e.startsWith("bytes")).count() >= THREADS - 3,
                "most builds succeed, so the comparison is about bytes: " + expected);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 4; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    // each round shifts which thread gets which build
                    Supplier<BuildRequest> b = builds.get((i + round * 5) % THREADS);
                    Callable<String> task = () -> {
                        start.await();
                        return fingerprint(TinyBin.build(b.get()));
                    };
                    results.add(pool.submit(task));
                }
                start.countDown();
                for (int i = 0; i < THREADS; i++) {
                    int which = (i + round * 5) % THREADS;
                    assertEquals(expected.get(which), results.get(i).get(60, TimeUnit.SECONDS),
                            "build " + which + " in round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Bytes as hex plus every diagnostic: two results are the same build only if both agree. */
    private static String fingerprint(BuildResult r) {
        StringBuilder sb = new StringBuilder(r.bytes() != null ? "bytes " : "failed ");
        if (r.bytes() != null) {
            sb.append(r.bytes().length).append(':').append(java.util.HexFormat.of().formatHex(r.bytes()));
        }
        return sb.append('\n').append(DiagnosticFormatter.format(r.diagnostics())).toString();
    }

    private static List<Supplier<BuildRequest>> builds() throws IOException {
        Path programs = Path.of("src/test/resources/programs");
        List<Path> sources;
        try (Stream<Path> s = Files.list(programs)) {
            sources = s.filter(p -> p.toString().endsWith(".asm")).sorted().toList();
        }
        List<Supplier<BuildRequest>> out = new ArrayList<>();
        // 'smallest' loads at 0x700000000, where these programs' absolute addresses do not fit
        List<String> targets = Builds.TARGETS.stream().filter(t -> !t.equals("smallest")).toList();
        for (int i = 0; i < 11 && i < sources.size(); i++) {
            Path source = sources.get(i * sources.size() / 11);
            String target = targets.get(i % targets.size());
            out.add(() -> Builds.request(source, target));
        }
        for (String message : List.of("Hello!\n", "Grüße aus Java\n", "", "x".repeat(5000))) {
            out.add(() -> {
                BuildRequest r = new BuildRequest();
                r.message = message;
                return r;
            });
        }
        Path missing = programs.resolve("no-such-program.asm");
        out.add(() -> Builds.request(missing, "tiny"));
        return out;
    }
}
