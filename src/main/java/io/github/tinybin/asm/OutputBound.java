package io.github.tinybin.asm;

import java.util.List;

/**
 * A lower bound of the bytes a program writes, kept while it is parsed. Without it a program far
 * over {@link Limits#outputBytes} (a long {@code %rep} of data) would be parsed, line by line into
 * memory, before the passes could say so; with it the line that crosses the limit stops the build.
 * Only what the final size cannot be below counts: one byte per instruction, the bytes of data and
 * {@code incbin}, times a constant {@code times} count, in sections that are written to the file.
 */
final class OutputBound {
    private final long limit;
    private long bytes;

    OutputBound(long limit) {
        this.limit = limit;
    }

    /** Adds the statement's least size; false once the bound is over the limit. */
    boolean add(Statement st, ExprCode code, List<Section> sections) {
        if (st.broken || st.section < 0 || sections.get(st.section).nobits()) {
            return true;
        }
        long perCopy = switch (st.kind) {
            case Statement.INSTRUCTION -> 1;
            case Statement.DATA -> st.dataBytes();
            case Statement.INCBIN -> st.bytes == null ? 0 : st.bytes.length;
            default -> 0;
        };
        if (perCopy == 0) {
            return true;
        }
        long copies = 1;
        if (st.times >= 0) {
            copies = code.isConstant(st.times) ? Math.max(0, code.constantValue(st.times)) : 0;
        }
        long room = limit - bytes;
        if (copies > room / perCopy) {
            bytes = limit + 1;
            return false;
        }
        bytes += copies * perCopy;
        return true;
    }
}
