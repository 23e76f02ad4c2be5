package io.github.tinybin.asm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every line the parser saw, kept compactly for diagnostics and the listing: file, line number and
 * text in one byte arena, and the line as written in the source when macro expansion changed it.
 */
final class SourceLines {
    /** Entries per chunk of the per-line arrays, and bytes per chunk of the copied text. */
    private static final int ROW_BITS = 14;
    private static final int ROW = 1 << ROW_BITS;
    private static final int TEXT_CHUNK = 1 << 20;

    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileIds = new HashMap<>();
    private String lastFile;
    /** The file of each line as runs: line {@code fileRunStart[k]} onwards is in {@code fileRun[k]}. */
    private int[] fileRunStart = new int[16];
    private int[] fileRun = new int[16];
    private int fileRuns;
    /**
     * The array that holds each line's text, as runs: a source file's content (kept, not copied,
     * when the line is that file's text unchanged) or a chunk of copied lines.
     */
    private int[] textRunStart = new int[16];
    private byte[][] textRun = new byte[16][];
    private int textRuns;
    // per line, in chunks: growing never copies, and no array needs special placement
    private int[][] lineOf = new int[16][];
    private int[][] textFrom = new int[16][];
    private int[][] textTo = new int[16][];
    /** The chunk copied lines go to, and its bytes used. */
    private byte[] copies;
    private int copiesUsed;
    /** The unexpanded line as a string, only where it differs. */
    private final Map<Integer, String> originals = new HashMap<>();
    private int count;

    /**
     * Adds a line; its text is {@code text[from..to)}, kept by reference when {@code textIsFile}
     * (the array is a file's content that never changes), else copied.
     */
    int add(String file, int line, byte[] text, int from, int to, String original, boolean expanded,
            boolean textIsFile) {
        int r = count >>> ROW_BITS;
        int k = count & ROW - 1;
        if (k == 0) {
            if (r == lineOf.length) {
                lineOf = Arrays.copyOf(lineOf, r * 2);
                textFrom = Arrays.copyOf(textFrom, r * 2);
                textTo = Arrays.copyOf(textTo, r * 2);
            }
            lineOf[r] = new int[ROW];
            textFrom[r] = new int[ROW];
            textTo[r] = new int[ROW];
        }
        if (fileRuns == 0 || file != lastFile) {
            Integer id = fileIds.get(file);
            if (id == null) {
                id = files.size();
                files.add(file);
                fileIds.put(file, id);
            }
            lastFile = file;
            if (fileRuns == 0 || id != fileRun[fileRuns - 1]) {
                if (fileRuns == fileRunStart.length) {
                    fileRunStart = Arrays.copyOf(fileRunStart, fileRuns * 2);
                    fileRun = Arrays.copyOf(fileRun, fileRuns * 2);
                }
                fileRunStart[fileRuns] = count;
                fileRun[fileRuns++] = id;
            }
        }
        byte[] holder = text;
        int start = from;
        if (!textIsFile) {
            int len = to - from;
            if (copies == null || copiesUsed + len > copies.length) {
                copies = new byte[Math.max(TEXT_CHUNK, len)];
                copiesUsed = 0;
            }
            System.arraycopy(text, from, copies, copiesUsed, len);
            holder = copies;
            start = copiesUsed;
            copiesUsed += len;
        }
        if (textRuns == 0 || textRun[textRuns - 1] != holder) {
            if (textRuns == textRunStart.length) {
                textRunStart = Arrays.copyOf(textRunStart, textRuns * 2);
                textRun = Arrays.copyOf(textRun, textRuns * 2);
            }
            textRunStart[textRuns] = count;
            textRun[textRuns++] = holder;
        }
        lineOf[r][k] = line;
        textFrom[r][k] = start;
        textTo[r][k] = start + (to - from);
        if (expanded && original != null) {
            originals.put(count, original);
        }
        return count++;
    }

    /**
     * The run that item {@code id} is in: the last {@code k} with {@code starts[k] <= id}. For this
     * table's lines and for the statement store's runs of lines and sections.
     */
    static int run(int[] starts, int runs, int id) {
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= id) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int count() {
        return count;
    }

    String file(int id) {
        return files.get(fileRun[run(fileRunStart, fileRuns, id)]);
    }

    int line(int id) {
        return lineOf[id >>> ROW_BITS][id & ROW - 1];
    }

    /** The text the parser read (after macro expansion). */
    String text(int id) {
        int from = textFrom[id >>> ROW_BITS][id & ROW - 1];
        int to = textTo[id >>> ROW_BITS][id & ROW - 1];
        return new String(textRun[run(textRunStart, textRuns, id)], from, to - from, StandardCharsets.UTF_8);
    }

    /** The text as written in the file, for the caret display. */
    String original(int id) {
        String o = originals.get(id);
        return o != null ? o : text(id);
    }

    /**
     * The column in the original line of what is at {@code column} of the parsed text. Macro
     * expansion re-spaces a line, so the token there is looked up in the original (the same
     * occurrence of it); 1 when it does not occur there (it came from a macro).
     */
    int originalColumn(int id, int column) {
        String o = originals.get(id);
        if (o == null || column <= 0) {
            return column;
        }
        String t = text(id);
        int at = Math.min(column - 1, t.length());
        int end = at;
        while (end < t.length() && Lexer.isIdChar(t.charAt(end))) {
            end++;
        }
        if (end == at) {
            end = Math.min(at + 1, t.length());
        }
        if (end == at) {
            return 1;
        }
        String token = t.substring(at, end);
        int occurrence = 0;
        for (int i = t.indexOf(token); i >= 0 && i < at; i = t.indexOf(token, i + 1)) {
            occurrence++;
        }
        int found = o.indexOf(token);
        for (int k = 0; k < occurrence && found >= 0; k++) {
            found = o.indexOf(token, found + 1);
        }
        return found >= 0 ? found + 1 : 1;
    }

    /** True when columns of the parsed text do not match the original line. */
    boolean expanded(int id) {
        return originals.containsKey(id);
    }
}
