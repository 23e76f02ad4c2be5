package io.github.tinybin.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the golden instruction vectors under {@code src/test/resources/vectors} (format described in
 * {@code tools/vectors/README.md}): one source line per vector with nasm's bytes or diagnostics.
 * Malformed input fails loudly with the file and line, so a broken regeneration cannot pass silently.
 */
public final class VectorFile {
    /** Classpath folder of the vector files. */
    public static final String RESOURCE_DIR = "/vectors/";
    /** Lists the group names, one per line; written by the generator. */
    public static final String INDEX = "index.txt";

    public enum Kind { ERROR, WARNING }

    /** One diagnostic nasm printed for the line; {@code tag} like {@code [-w+number-overflow]} or null. */
    public record Diagnostic(Kind kind, String message, String tag) {
    }

    /**
     * One vector.
     *
     * @param bytes nasm's output for the line; null when nasm rejected it
     */
    public record Vector(String group, int fileLine, String source, byte[] bytes, List<Diagnostic> diagnostics) {
        public boolean accepted() {
            return bytes != null;
        }

        public List<Diagnostic> warnings() {
            return diagnostics.stream().filter(d -> d.kind() == Kind.WARNING).toList();
        }

        public List<Diagnostic> errors() {
            return diagnostics.stream().filter(d -> d.kind() == Kind.ERROR).toList();
        }

        /** The two-line program the vector was recorded from. */
        public String program() {
            return "bits 64\n" + source + "\n";
        }

        /** Where the vector comes from, for assertion messages. */
        public String location() {
            return group + ".txt:" + fileLine + ": " + source;
        }
    }

    private VectorFile() {
    }

    /** The group names listed in the index, in index order. */
    public static List<String> groups() {
        List<String> groups = new ArrayList<>();
        for (String line : readLines(INDEX)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                groups.add(line.trim());
            }
        }
        return groups;
    }

    /** Every vector of every group. */
    public static List<Vector> all() {
        List<Vector> all = new ArrayList<>();
        for (String group : groups()) {
            all.addAll(load(group));
        }
        return all;
    }

    /** The vectors of one group, in file order. */
    public static List<Vector> load(String group) {
        return parse(group, readLines(group + ".txt"));
    }

    /** Parses vector lines; {@code group} names the source in messages. */
    public static List<Vector> parse(String group, List<String> lines) {
        List<Vector> vectors = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            vectors.add(parseLine(group, i + 1, line));
        }
        return vectors;
    }

    static Vector parseLine(String group, int fileLine, String line) {
        String[] cols = line.split("\t", -1);
        String where = group + ".txt:" + fileLine + ": ";
        if (cols.length < 2 || cols[0].isBlank()) {
            throw new IllegalArgumentException(where + "expected SOURCE<TAB>result: " + line);
        }
        byte[] bytes = null;
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int c = 1; c < cols.length; c++) {
            String col = cols[c];
            if (col.equals("=>") || col.startsWith("=> ")) {
                if (c != 1) {
                    throw new IllegalArgumentException(where + "'=>' must be the second column");
                }
                bytes = parseHex(col.substring(2), where);
            } else if (col.startsWith("!error ")) {
                diagnostics.add(new Diagnostic(Kind.ERROR, message(col, "!error ", where), null));
            } else if (col.startsWith("!warning ")) {
                diagnostics.add(new Diagnostic(Kind.WARNING, message(col, "!warning ", where), null));
            } else if (col.startsWith("[-w+") && col.endsWith("]")) {
                int last = diagnostics.size() - 1;
                if (last < 0 || diagnostics.get(last).kind() != Kind.WARNING || diagnostics.get(last).tag() != null) {
                    throw new IllegalArgumentException(where + "tag " + col + " does not follow a !warning");
                }
                Diagnostic w = diagnostics.get(last);
                diagnostics.set(last, new Diagnostic(Kind.WARNING, w.message(), col));
            } else {
                throw new IllegalArgumentException(where + "unknown column '" + col + "'");
            }
        }
        boolean hasError = diagnostics.stream().anyMatch(d -> d.kind() == Kind.ERROR);
        if (hasError == (bytes != null)) {
            throw new IllegalArgumentException(where + (hasError
                    ? "a rejected line cannot have bytes" : "expected '=>' bytes or an !error"));
        }
        return new Vector(group, fileLine, cols[0], bytes, List.copyOf(diagnostics));
    }

    private static String message(String col, String prefix, String where) {
        String message = col.substring(prefix.length());
        if (message.isBlank()) {
            throw new IllegalArgumentException(where + "empty " + prefix.trim());
        }
        return message;
    }

    /** Parses {@code ""} or {@code " xx xx ..."} (lowercase pairs, single spaces). */
    private static byte[] parseHex(String text, String where) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        if (text.length() % 3 != 0) {
            throw new IllegalArgumentException(where + "malformed hex '" + text + "'");
        }
        byte[] bytes = new byte[text.length() / 3];
        for (int i = 0; i < bytes.length; i++) {
            int p = i * 3;
            int hi = hexDigit(text.charAt(p + 1));
            int lo = hexDigit(text.charAt(p + 2));
            if (text.charAt(p) != ' ' || hi < 0 || lo < 0) {
                throw new IllegalArgumentException(where + "malformed hex '" + text + "'");
            }
            bytes[i] = (byte) (hi << 4 | lo);
        }
        return bytes;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** Writes a vector back in the file format (inverse of {@link #parseLine}). */
    public static String format(Vector v) {
        StringBuilder sb = new StringBuilder(v.source());
        if (v.bytes() != null) {
            sb.append("\t=>");
            for (byte b : v.bytes()) {
                sb.append(' ').append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
        }
        for (Diagnostic d : v.diagnostics()) {
            sb.append('\t').append(d.kind() == Kind.ERROR ? "!error " : "!warning ").append(d.message());
            if (d.tag() != null) {
                sb.append('\t').append(d.tag());
            }
        }
        return sb.toString();
    }

    private static List<String> readLines(String name) {
        try (InputStream in = VectorFile.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE_DIR + name
                        + " (run tools/vectors/generate.py)");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
