package io.github.tinybin.elf;

import io.github.tinybin.asm.LineEntry;
import io.github.tinybin.asm.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DWARF 4 line information for the code sections, as {@code nasm -g -F dwarf} + ld provide: a
 * .debug_line program mapping each instruction's address to its .asm line, and a .debug_info with
 * one compile unit (no children) pointing at it, which is what debuggers need to show source.
 */
final class DwarfLineInfo {
    static final String PRODUCER = "tinybin";
    private static final int DW_LANG_MIPS_ASSEMBLER = 0x8001;
    private static final int LINE_BASE = -5;
    private static final int LINE_RANGE = 14;
    private static final int OPCODE_BASE = 13;
    private static final int[] STANDARD_OPCODE_LENGTHS = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
    private static final int DW_LNS_COPY = 1;
    private static final int DW_LNS_ADVANCE_PC = 2;
    private static final int DW_LNS_ADVANCE_LINE = 3;
    private static final int DW_LNS_SET_FILE = 4;
    private static final int DW_LNE_END_SEQUENCE = 1;
    private static final int DW_LNE_SET_ADDRESS = 2;

    private final byte[] line;
    private final byte[] info;
    private final byte[] abbrev;

    /** Line information for the code sections in {@code sections}, from {@code lines}. */
    DwarfLineInfo(List<Section> codeSections, List<LineEntry> lines) {
        Map<String, Integer> files = new LinkedHashMap<>();
        Map<Section, List<LineEntry>> bySection = new LinkedHashMap<>();
        for (Section s : codeSections) {
            bySection.put(s, new ArrayList<>());
        }
        for (LineEntry e : lines) {
            List<LineEntry> rows = bySection.get(e.section());
            if (rows != null && e.length() > 0) {
                rows.add(e);
                files.putIfAbsent(e.file(), files.size() + 1);
            }
        }
        line = lineProgram(bySection, files);
        long low = Long.MAX_VALUE;
        long high = 0;
        for (Section s : codeSections) {
            low = Math.min(low, s.address());
            high = Math.max(high, s.end());
        }
        if (codeSections.isEmpty()) {
            low = 0;
        }
        String name = files.isEmpty() ? "" : files.keySet().iterator().next();
        abbrev = abbreviations();
        info = compileUnit(name, low, high - low);
    }

    byte[] debugLine() {
        return line;
    }

    byte[] debugInfo() {
        return info;
    }

    byte[] debugAbbrev() {
        return abbrev;
    }

    private static byte[] lineProgram(Map<Section, List<LineEntry>> bySection, Map<String, Integer> files) {
        LittleEndianBuffer out = new LittleEndianBuffer(256);
        out.append32(0).append16(4).append32(0);
        int headerStart = out.size();
        out.append8(1).append8(1).append8(1).append8(LINE_BASE).append8(LINE_RANGE).append8(OPCODE_BASE);
        for (int length : STANDARD_OPCODE_LENGTHS) {
            out.append8(length);
        }
        out.append8(0);
        for (String file : files.keySet()) {
            out.appendCString(file).appendUleb(0).appendUleb(0).appendUleb(0);
        }
        out.append8(0);
        out.u32(6, out.size() - headerStart);
        for (Map.Entry<Section, List<LineEntry>> e : bySection.entrySet()) {
            List<LineEntry> rows = e.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            rows.sort(Comparator.comparingLong(LineEntry::offset));
            Section section = e.getKey();
            out.append8(0).appendUleb(9).append8(DW_LNE_SET_ADDRESS).append64(section.address());
            long offset = 0;
            long lineNumber = 1;
            int file = 1;
            for (LineEntry row : rows) {
                int rowFile = files.get(row.file());
                if (rowFile != file) {
                    out.append8(DW_LNS_SET_FILE).appendUleb(rowFile);
                    file = rowFile;
                }
                if (row.offset() != offset) {
                    out.append8(DW_LNS_ADVANCE_PC).appendUleb(row.offset() - offset);
                    offset = row.offset();
                }
                if (row.line() != lineNumber) {
                    out.append8(DW_LNS_ADVANCE_LINE).appendSleb(row.line() - lineNumber);
                    lineNumber = row.line();
                }
                out.append8(DW_LNS_COPY);
            }
            if (section.size() != offset) {
                out.append8(DW_LNS_ADVANCE_PC).appendUleb(section.size() - offset);
            }
            out.append8(0).appendUleb(1).append8(DW_LNE_END_SEQUENCE);
        }
        out.u32(0, out.size() - 4);
        return out.toByteArray();
    }

    private static byte[] abbreviations() {
        LittleEndianBuffer out = new LittleEndianBuffer(32);
        out.appendUleb(1).appendUleb(0x11 /* DW_TAG_compile_unit */).append8(0 /* DW_CHILDREN_no */);
        out.appendUleb(0x25).appendUleb(0x08);  // DW_AT_producer, DW_FORM_string
        out.appendUleb(0x13).appendUleb(0x05);  // DW_AT_language, DW_FORM_data2
        out.appendUleb(0x03).appendUleb(0x08);  // DW_AT_name, DW_FORM_string
        out.appendUleb(0x10).appendUleb(0x17);  // DW_AT_stmt_list, DW_FORM_sec_offset
        out.appendUleb(0x11).appendUleb(0x01);  // DW_AT_low_pc, DW_FORM_addr
        out.appendUleb(0x12).appendUleb(0x07);  // DW_AT_high_pc, DW_FORM_data8 (a length in DWARF 4)
        out.append8(0).append8(0);
        out.append8(0);
        return out.toByteArray();
    }

    private static byte[] compileUnit(String name, long lowPc, long length) {
        LittleEndianBuffer out = new LittleEndianBuffer(64);
        out.append32(0).append16(4).append32(0).append8(8);
        out.appendUleb(1).appendCString(PRODUCER).append16(DW_LANG_MIPS_ASSEMBLER).appendCString(name)
                .append32(0).append64(lowPc).append64(length);
        out.u32(0, out.size() - 4);
        return out.toByteArray();
    }
}
