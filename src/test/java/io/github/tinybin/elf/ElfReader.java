package io.github.tinybin.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small ELF-64 little-endian parser for tests: the file header, program headers, section headers
 * with names, symbols and RELA relocations. Reads fields at their gABI offsets, so tests compare
 * numbers rather than tool output.
 */
final class ElfReader {
    record Header(byte[] ident, int type, int machine, long version, long entry, long phoff, long shoff,
                  long flags, int ehsize, int phentsize, int phnum, int shentsize, int shnum, int shstrndx) {
        int osAbi() {
            return ident[7] & 0xff;
        }
    }

    record Segment(int type, int flags, long offset, long vaddr, long paddr, long filesz, long memsz, long align) {
    }

    record SectionHeader(int index, String name, int type, long flags, long addr, long offset, long size,
                         int link, int info, long addralign, long entsize) {
    }

    record Sym(String name, long value, long size, int bind, int type, int other, int shndx) {
    }

    record Rela(long offset, int type, int symbol, long addend) {
    }

    private final byte[] bytes;
    private final ByteBuffer buf;
    final Header header;
    final List<Segment> segments = new ArrayList<>();
    final List<SectionHeader> sections = new ArrayList<>();

    ElfReader(byte[] bytes) {
        this.bytes = bytes;
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 0x38 || bytes[0] != 0x7f || bytes[1] != 'E' || bytes[2] != 'L' || bytes[3] != 'F') {
            throw new IllegalArgumentException("not an ELF file");
        }
        // e_phnum..e_shstrndx may lie beyond a file whose program header overlaps them; read what exists
        header = new Header(Arrays.copyOf(bytes, 16), u16(16), u16(18), u32(20), u64(24), u64(32), u64(40),
                u32(48), u16(52), u16(54), u16(56), u16(58), u16(60), u16(62));
        for (int i = 0; i < header.phnum; i++) {
            int at = (int) header.phoff + i * header.phentsize;
            segments.add(new Segment((int) u32(at), (int) u32(at + 4), u64(at + 8), u64(at + 16), u64(at + 24),
                    u64(at + 32), u64(at + 40), u64(at + 48)));
        }
        if (header.shoff != 0 && header.shnum != 0) {
            int namesAt = (int) u64((int) header.shoff + header.shstrndx * header.shentsize + 24);
            for (int i = 0; i < header.shnum; i++) {
                int at = (int) header.shoff + i * header.shentsize;
                sections.add(new SectionHeader(i, cString(namesAt + (int) u32(at)), (int) u32(at + 4),
                        u64(at + 8), u64(at + 16), u64(at + 24), u64(at + 32), (int) u32(at + 40),
                        (int) u32(at + 44), u64(at + 48), u64(at + 56)));
            }
        }
    }

    int u8(int at) {
        return bytes[at] & 0xff;
    }

    int u16(int at) {
        return at + 2 <= bytes.length ? buf.getShort(at) & 0xffff : 0;
    }

    long u32(int at) {
        return at + 4 <= bytes.length ? buf.getInt(at) & 0xffffffffL : 0;
    }

    long u64(int at) {
        return at + 8 <= bytes.length ? buf.getLong(at) : 0;
    }

    String cString(int at) {
        int end = at;
        while (bytes[end] != 0) {
            end++;
        }
        return new String(bytes, at, end - at, StandardCharsets.UTF_8);
    }

    SectionHeader section(String name) {
        for (SectionHeader s : sections) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        return null;
    }

    byte[] contents(SectionHeader s) {
        return Arrays.copyOfRange(bytes, (int) s.offset, (int) (s.offset + s.size));
    }

    /** The bytes the loader maps at {@code address} (from the PT_LOAD that covers it). */
    byte[] loaded(long address, int length) {
        for (Segment p : segments) {
            if (p.type == Elf.PT_LOAD && address >= p.vaddr && address + length <= p.vaddr + p.filesz) {
                int at = (int) (p.offset + address - p.vaddr);
                return Arrays.copyOfRange(bytes, at, at + length);
            }
        }
        throw new AssertionError("no PT_LOAD maps 0x" + Long.toHexString(address) + "+" + length);
    }

    List<Sym> symbols() {
        SectionHeader symtab = null;
        for (SectionHeader s : sections) {
            if (s.type == Elf.SHT_SYMTAB) {
                symtab = s;
            }
        }
        List<Sym> out = new ArrayList<>();
        if (symtab == null) {
            return out;
        }
        int names = (int) sections.get(symtab.link).offset;
        for (long at = symtab.offset; at < symtab.offset + symtab.size; at += Elf.SYM_SIZE) {
            int a = (int) at;
            int info = u8(a + 4);
            out.add(new Sym(cString(names + (int) u32(a)), u64(a + 8), u64(a + 16), info >>> 4, info & 15,
                    u8(a + 5), u16(a + 6)));
        }
        return out;
    }

    List<Rela> relocations(SectionHeader rela) {
        List<Rela> out = new ArrayList<>();
        for (long at = rela.offset; at < rela.offset + rela.size; at += 24) {
            long info = u64((int) at + 8);
            out.add(new Rela(u64((int) at), (int) info, (int) (info >>> 32), u64((int) at + 16)));
        }
        return out;
    }

    Segment segment(int type) {
        for (Segment p : segments) {
            if (p.type == type) {
                return p;
            }
        }
        return null;
    }

    List<Segment> loads() {
        List<Segment> out = new ArrayList<>();
        for (Segment p : segments) {
            if (p.type == Elf.PT_LOAD) {
                out.add(p);
            }
        }
        return out;
    }
}
