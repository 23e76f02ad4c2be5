package io.github.tinybin.programs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an {@code errors/NAME.diag} file (written by {@code tools/programs/diagnose.py}):
 * {@code error FILE:LINE: message} or {@code warning FILE:LINE: message}.
 *
 * @param file the file as nasm named it, relative to the program's folder
 */
record ExpectedDiagnostic(boolean error, String file, int line, String message) {

    /** File name without folders plus line: how a diagnostic is matched to ours. */
    String location() {
        return Path.of(file).getFileName() + ":" + line;
    }

    static List<ExpectedDiagnostic> read(Path path) throws IOException {
        List<ExpectedDiagnostic> all = new ArrayList<>();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int space = text.indexOf(' ');
            int colon1 = text.indexOf(':', space + 1);
            int colon2 = colon1 < 0 ? -1 : text.indexOf(": ", colon1 + 1);
            String kind = space < 0 ? "" : text.substring(0, space);
            if (colon2 < 0 || !(kind.equals("error") || kind.equals("warning"))) {
                throw new IllegalArgumentException(path.getFileName() + ":" + (i + 1) + ": malformed: " + text);
            }
            all.add(new ExpectedDiagnostic(kind.equals("error"), text.substring(space + 1, colon1),
                    Integer.parseInt(text.substring(colon1 + 1, colon2)), text.substring(colon2 + 2)));
        }
        return all;
    }
}
