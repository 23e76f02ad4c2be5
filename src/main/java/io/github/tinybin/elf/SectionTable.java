package io.github.tinybin.elf;

import java.util.ArrayList;
import java.util.List;

/**
 * Section headers of an executable. Loaded sections are described where the layout put them;
 * non-loaded ones (symbols, strings, DWARF) are appended to the file after the loaded bytes, then
 * the name table and the header table itself close the file.
 */
final class SectionTable {
    private record Entry(int name, int type, long flags, long addr, long offset, long size, int link, int info,
                         long align, long entsize) {
    }

    private final StringTable names = new StringTable();
    private final List<Entry> entries = new ArrayList<>();

    SectionTable() {
        entries.add(new Entry(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** The index the next added section will get. */
    int nextIndex() {
        return entries.size();
    }

    int describe(String name, int type, long flags, long addr, long offset, long size, long align) {
        entries.add(new Entry(names.offsetOf(name), type, flags, addr, offset, size, 0, 0, align, 0));
        return entries.size() - 1;
    }

    /** Appends {@code contents} to {@code out} at the next multiple of {@code align} and describes it. */
    int append(LittleEndianBuffer out, String name, int type, byte[] contents, long align, int link, int info,
               long entsize) {
        long offset = Elf.alignUp(out.size(), align);
        out.put(offset, contents);
        entries.add(new Entry(names.offsetOf(name), type, 0, 0, offset, contents.length, link, info, align, entsize));
        return entries.size() - 1;
    }

    /**
     * Appends .shstrtab and the header table; returns the patch for the ELF header (offset, count,
     * index of .shstrtab).
     */
    ElfHeader finish(LittleEndianBuffer out, ElfHeader header) {
        int shstrndx = entries.size();
        int shstrtabName = names.offsetOf(".shstrtab");
        byte[] nameBytes = names.toByteArray();
        long nameOffset = out.size();
        out.put(nameOffset, nameBytes);
        entries.add(new Entry(shstrtabName, Elf.SHT_STRTAB, 0, 0, nameOffset, nameBytes.length, 0, 0, 1, 0));
        long tableOffset = Elf.alignUp(out.size(), 8);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            long at = tableOffset + (long) i * Elf.SHDR_SIZE;
            out.u32(at, e.name).u32(at + 4, e.type).u64(at + 8, e.flags).u64(at + 16, e.addr)
                    .u64(at + 24, e.offset).u64(at + 32, e.size).u32(at + 40, e.link).u32(at + 44, e.info)
                    .u64(at + 48, e.align).u64(at + 56, e.entsize);
        }
        out.padTo(tableOffset + (long) entries.size() * Elf.SHDR_SIZE);
        return header.withSections(tableOffset, entries.size(), shstrndx);
    }
}
