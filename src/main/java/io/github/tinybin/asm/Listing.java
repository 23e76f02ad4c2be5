package io.github.tinybin.asm;

import java.util.List;

/**
 * The {@code nasm -l} style listing: per source line its number, the offset in its section, up to
 * nine bytes in hex per row (continued on further rows with a {@code -} mark) and the text.
 * Repeats ({@code times}) show one copy and {@code <rep N>}, reserved space {@code ??} or {@code <res N>}.
 */
final class Listing {
    private static final int BYTES_PER_ROW = 9;
    private final StringBuilder out = new StringBuilder();
    private final Program program;
    /** The stitching of the run, whose inserted jumps get rows of their own; null for none. */
    private final Stitcher stitcher;

    Listing(Program program, Stitcher stitcher) {
        this.program = program;
        this.stitcher = stitcher;
    }

    String render(List<Section> sections) {
        Statements sts = program.statements;
        int n = sts.count();
        int lastLine = -1;
        int jump = 0;
        for (int i = 0; i < n; i++) {
            Statement st = sts.get(i);
            if (stitcher != null && jump < stitcher.jumps() && stitcher.jumpStatement(jump) == i) {
                stitchedJump(sections.get(stitcher.section), stitcher.jumpOffset(jump++), program.lines.line(st.line));
            }
            if (st.line == lastLine && st.size == 0) {
                continue;
            }
            lastLine = st.line;
            int lineNo = program.lines.line(st.line);
            String text = program.lines.text(st.line);
            if (st.size == 0 || st.broken) {
                row(lineNo, -1, "", ' ', text);
                continue;
            }
            byte[] bytes = st.section >= 0 ? sections.get(st.section).bytes() : null;
            boolean hasBytes = bytes != null && bytes.length >= st.offset + st.size && !sections.get(st.section).nobits()
                    && st.kind != Statement.RESERVE;
            if (!hasBytes) {
                String res = st.size <= 8 ? "??".repeat((int) st.size) : "<res " + Long.toHexString(st.size).toUpperCase() + "h>";
                row(lineNo, st.offset, res, ' ', text);
                continue;
            }
            long copies = 1;
            long copySize = st.size;
            if (st.kind == Statement.ALIGN && st.fill == null) {
                copies = st.size;
                copySize = 1;
            } else if (st.times >= 0 && (st.kind == Statement.DATA || st.kind == Statement.INSTRUCTION)) {
                long c = program.code.isConstant(st.times) ? program.code.constantValue(st.times) : 1;
                if (c > 1 && st.size % c == 0) {
                    copies = c;
                    copySize = st.size / c;
                }
            }
            if (copies > 1) {
                String hex = hex(bytes, st.offset, (int) Math.min(copySize, BYTES_PER_ROW));
                row(lineNo, st.offset, hex + "<rep " + Long.toHexString(copies).toUpperCase() + "h>", ' ', text);
                continue;
            }
            long off = st.offset;
            long end = st.offset + st.size;
            boolean first = true;
            while (off < end) {
                int len = (int) Math.min(BYTES_PER_ROW, end - off);
                boolean more = off + len < end;
                row(lineNo, off, hex(bytes, off, len), more ? '-' : ' ', first ? text : null);
                first = false;
                off += len;
            }
        }
        return out.toString();
    }

    /** A row for a jump the stitching inserted, listed under the line of the statement it leads to. */
    private void stitchedJump(Section section, long offset, int lineNo) {
        byte[] bytes = section.bytes();
        long target = offset + Stitcher.JUMP_SIZE + bytes[(int) offset + 1];
        row(lineNo, offset, hex(bytes, offset, Stitcher.JUMP_SIZE), ' ',
                "<stitched: jmp short to " + String.format("%08X", target) + ", the next piece>");
    }

    private static String hex(byte[] b, long from, int len) {
        StringBuilder sb = new StringBuilder(len * 2);
        for (int i = 0; i < len; i++) {
            int v = b[(int) from + i] & 0xff;
            sb.append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(v & 15, 16)));
        }
        return sb.toString();
    }

    private void row(int lineNo, long address, String hex, char mark, String text) {
        String num = Integer.toString(lineNo);
        out.append(" ".repeat(Math.max(0, 6 - num.length()))).append(num).append(' ');
        if (address < 0) {
            out.append("        ");
        } else {
            String a = Long.toHexString(address & 0xffffffffL).toUpperCase();
            out.append("0".repeat(8 - a.length())).append(a);
        }
        out.append(' ').append(hex);
        out.append(" ".repeat(Math.max(0, 18 - hex.length()))).append(mark);
        if (text != null) {
            out.append("     ").append(text);
        }
        out.append('\n');
    }
}
