package io.github.tinybin.asm.preprocess;

import java.nio.file.Path;
import java.util.List;

/** The preprocessor's input stack: files, macro expansions and %rep loops, innermost on top. */
final class Frames {
    private Frames() {
    }

    abstract static class Frame {
        /** Depth of the conditional stack when this frame began; conditionals left open are cut back to it. */
        int condBase;
        /** Depth of the context stack when this frame began (for nothing but diagnostics). */
        int contextBase;
    }

    /** A file being read line by line (bytes, LF or CRLF, backslash-newline joins lines). */
    static final class FileFrame extends Frame {
        final byte[] bytes;
        final String name;
        /** The file on disk (null for text without one); its folder is searched first by %include. */
        final Path path;
        /** Canonical identity, for include-cycle detection; null without a file. */
        final Path realPath;
        int pos;
        /** Physical lines consumed so far. */
        int physical;
        // %line mapping: reported = lineBase + (physical - physicalBase) * lineStep
        int lineBase;
        int physicalBase;
        int lineStep = 1;
        String reportedName;

        FileFrame(byte[] bytes, String name, Path path, Path realPath) {
            this.bytes = bytes;
            this.name = name;
            this.reportedName = name;
            this.path = path;
            this.realPath = realPath;
        }

        int reportedLine(int physicalLine) {
            return lineBase + (physicalLine - physicalBase) * lineStep;
        }
    }

    /** One invocation of a multi-line macro. */
    static final class MacroFrame extends Frame {
        final MultiLineMacro macro;
        final String invokedAs;
        final List<List<Token>> params;
        final long unique;
        final String file;
        final int line;
        final String original;
        int rotate;
        int index;
        /** nasm's legacy call of a one-parameter macro with nothing: %0 is 0 although %1 exists (empty). */
        boolean countsZero;

        MacroFrame(MultiLineMacro macro, String invokedAs, List<List<Token>> params, long unique, String file, int line,
                   String original) {
            this.macro = macro;
            this.invokedAs = invokedAs;
            this.params = params;
            this.unique = unique;
            this.file = file;
            this.line = line;
            this.original = original;
        }
    }

    /** A %rep block being repeated. */
    static final class RepFrame extends Frame {
        final List<BodyLine> body;
        long remaining;
        int index;

        RepFrame(List<BodyLine> body, long count) {
            this.body = body;
            this.remaining = count;
        }
    }

    /** A line of a %rep body, with where it came from. */
    record BodyLine(String text, String file, int line, String original) {
    }
}
