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
    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileIds = new HashMap<>();
    private String lastFile;
    private int lastFileId;
    private byte[] arena = new byte[1 << 16];
    private int arenaLength;
    private int[] fileOf = new int[1024];
    private int[] lineOf = new int[1024];
    private int[] textStart = new int[1024];
    private int[] textLength = new int[1024];
    /** The unexpanded line as a string, only where it differs. */
    private final Map<Integer, String> originals = new HashMap<>();
    private int count;

    int add(String file, int line, byte[] text, int from, int to, String original, boolean expanded) {
        if (count == fileOf.length) {
            int n = count * 2;
            fileOf = Arrays.copyOf(fileOf, n);
            lineOf = Arrays.copyOf(lineOf, n);
            textStart = Arrays.copyOf(textStart, n);
            textLength = Arrays.copyOf(textLength, n);
        }
        if (file != lastFile) {
            Integer id = fileIds.get(file);
            if (id == null) {
                id = files.size();
                files.add(file);
                fileIds.put(file, id);
            }
            lastFile = file;
            lastFileId = id;
        }
        int len = to - from;
        if (arenaLength + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLength + len));
        }
        System.arraycopy(text, from, arena, arenaLength, len);
        fileOf[count] = lastFileId;
        lineOf[count] = line;
        textStart[count] = arenaLength;
        textLength[count] = len;
        arenaLength += len;
        if (expanded && original != null) {
            originals.put(count, original);
        }
        return count++;
    }

    int count() {
        return count;
    }

    String file(int id) {
        return files.get(fileOf[id]);
    }

    int line(int id) {
        return lineOf[id];
    }

    /** The text the parser read (after macro expansion). */
    String text(int id) {
        return new String(arena, textStart[id], textLength[id], StandardCharsets.UTF_8);
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
