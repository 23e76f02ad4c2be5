package io.github.tinybin.asm.preprocess;

import io.github.tinybin.asm.AssemblerOptions;
import io.github.tinybin.asm.SourceText;
import io.github.tinybin.diag.Diagnostic;
import io.github.tinybin.diag.DiagnosticFormatter;
import io.github.tinybin.diag.Diagnostics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the preprocessor on a source and records its output lines and diagnostics. */
final class PreprocessorHarness {
    final List<String> lines = new ArrayList<>();
    final List<String> locations = new ArrayList<>();
    final List<LogicalLine> copies = new ArrayList<>();
    final Diagnostics diagnostics = new Diagnostics();

    static PreprocessorHarness run(String source) {
        return run(source, new AssemblerOptions(), null);
    }

    static PreprocessorHarness run(String source, AssemblerOptions options, Path path) {
        return run(source.getBytes(StandardCharsets.ISO_8859_1), options, path, "test.asm");
    }

    static PreprocessorHarness run(byte[] source, AssemblerOptions options, Path path, String name) {
        PreprocessorHarness h = new PreprocessorHarness();
        new Preprocessor(options, h.diagnostics).run(new SourceText(name, path, source), l -> {
            h.lines.add(l.textAsString());
            h.locations.add(l.file + ":" + l.line);
        });
        return h;
    }

    /** Lines as nasm -E prints them: comments gone, blanks collapsed, blank lines dropped. */
    List<String> normalized() {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String n = normalize(l);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    static String normalize(String line) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        boolean space = false;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ';') {
                break;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                space = true;
                i++;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != c) {
                    j += line.charAt(j) == '\\' && c == '`' ? 2 : 1;
                }
                j = Math.min(j + 1, line.length());
                sb.append(line, i, j);
                i = j;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    String errors() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics.all()) {
            sb.append(DiagnosticFormatter.headline(d)).append('\n');
        }
        return sb.toString();
    }
}
