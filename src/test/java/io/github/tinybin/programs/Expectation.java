package io.github.tinybin.programs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What running a corpus program must do, read from its {@code NAME.expect} sidecar (written by
 * {@code tools/programs/record.sh} from nasm + ld; format in {@code tools/programs/README.md}).
 */
record Expectation(List<String> args, byte[] stdin, byte[] stdout, int exitStatus) {

    static Expectation read(Path file) throws IOException {
        List<String> args = List.of();
        byte[] stdin = new byte[0];
        byte[] stdout = null;
        Integer exit = null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1);
            switch (key) {
                case "args" -> {
                    List<String> list = new ArrayList<>();
                    for (byte[] arg : unquoteAll(rest, where)) {
                        list.add(new String(arg, StandardCharsets.UTF_8));
                    }
                    args = List.copyOf(list);
                }
                case "stdin" -> stdin = single(unquoteAll(rest, where), where);
                case "stdout" -> stdout = single(unquoteAll(rest, where), where);
                case "exit" -> exit = Integer.parseInt(rest.trim());
                default -> throw new IllegalArgumentException(where + ": unknown key '" + key + "'");
            }
        }
        if (stdout == null || exit == null) {
            throw new IllegalArgumentException(file + ": needs 'stdout' and 'exit'");
        }
        return new Expectation(args, stdin, stdout, exit);
    }

    private static byte[] single(List<byte[]> values, String where) {
        if (values.size() != 1) {
            throw new IllegalArgumentException(where + ": expected one quoted string");
        }
        return values.get(0);
    }

    /** Quoted strings separated by blanks; escapes {@code \\ \" \n \t \r \xNN}. */
    static List<byte[]> unquoteAll(String text, String where) {
        List<byte[]> values = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i == n) {
                return values;
            }
            if (text.charAt(i) != '"') {
                throw new IllegalArgumentException(where + ": expected a quoted string");
            }
            i++;
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            while (true) {
                if (i >= n) {
                    throw new IllegalArgumentException(where + ": unterminated string");
                }
                char c = text.charAt(i);
                if (c == '"') {
                    i++;
                    break;
                }
                if (c != '\\') {
                    value.write(c);
                    i++;
                    continue;
                }
                char e = i + 1 < n ? text.charAt(i + 1) : '?';
                switch (e) {
                    case 'n' -> value.write('\n');
                    case 't' -> value.write('\t');
                    case 'r' -> value.write('\r');
                    case '\\' -> value.write('\\');
                    case '"' -> value.write('"');
                    case 'x' -> {
                        if (i + 3 >= n) {
                            throw new IllegalArgumentException(where + ": bad \\x escape");
                        }
                        value.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                        i += 2;
                    }
                    default -> throw new IllegalArgumentException(where + ": bad escape \\" + e);
                }
                i += 2;
            }
            values.add(value.toByteArray());
        }
    }
}
