package io.github.tinybin.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What the last build of one program used and produced, kept next to the build output so the next
 * build can tell whether anything changed. Inputs are fingerprinted conservatively: every file under
 * the directories %include can reach, not only those actually included.
 */
final class BuildState {
    private static final String INPUTS = "inputs";
    private static final String OUTPUT = "output";
    private static final String SIZE = "size";

    final String inputs;
    final String output;
    final long size;

    BuildState(String inputs, String output, long size) {
        this.inputs = inputs;
        this.output = output;
        this.size = size;
    }

    /** The recorded state, or null when there is none or it cannot be read. */
    static BuildState read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return new BuildState(p.getProperty(INPUTS), p.getProperty(OUTPUT), Long.parseLong(p.getProperty(SIZE)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        // written by hand, not Properties.store: no timestamp comment, so the file is reproducible
        String text = INPUTS + "=" + inputs + "\n" + OUTPUT + "=" + output + "\n" + SIZE + "=" + size + "\n";
        io.github.tinybin.build.ExecutableFile.writePlain(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Fingerprint builder: configuration strings, then files. */
    static final class Fingerprint {
        private final MessageDigest digest = sha256();

        Fingerprint add(String key, Object value) {
            update(key);
            update(String.valueOf(value));
            return this;
        }

        Fingerprint addFile(Path file) throws IOException {
            update(file.toAbsolutePath().normalize().toString());
            digest.update(Files.readAllBytes(file));
            return this;
        }

        /** Every regular file below {@code dir}, in a stable order; nothing when it does not exist. */
        Fingerprint addTree(Path dir) throws IOException {
            if (dir == null || !Files.isDirectory(dir)) {
                return this;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                addFile(f);
            }
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }

        private void update(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            digest.update((byte) (b.length >>> 24));
            digest.update((byte) (b.length >>> 16));
            digest.update((byte) (b.length >>> 8));
            digest.update((byte) b.length);
            digest.update(b);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
