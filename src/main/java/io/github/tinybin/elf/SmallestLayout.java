package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest file the kernel runs: the program header at 0x18 inside the ELF header (80 bytes of
 * headers), one PT_LOAD, small sections packed into the header bytes the kernel never reads.
 *
 * <p>With the program header at 0x18, e_entry is p_type (1) | p_flags << 32, so the image is based at
 * p_flags << 32 and execution starts at file offset 1: the magic's "ELF" (45 4c 46) are REX prefixes,
 * absorbed by a NOP at offset 4. The first code section goes at offset 5 when it fits the rest of
 * e_ident (and must then hold the entry symbol); otherwise offset 5 holds a jump to the entry. Other
 * sections go first-fit into the remaining holes, the rest after the headers.
 */
final class SmallestLayout implements Layout {
    static final String NAME = "smallest";
    static final int PHDR_OFFSET = 0x18;
    static final int HEADERS_END = PHDR_OFFSET + Elf.PHDR_SIZE;
    /** Where execution starts: the entry is base + 1, the magic's "ELF" are prefixes of what is at 4. */
    static final int NOP_OFFSET = 4;
    static final int ENTRY_HOLE = 5;
    static final int ENTRY_HOLE_END = 16;
    static final int JUMP_SIZE = 5;
    private static final int NOP = 0x90;
    private static final int JMP_REL32 = 0xe9;
    /**
     * Header bytes the kernel ignores besides e_ident: e_version; e_flags and e_ehsize (the low six
     * bytes of p_paddr); p_align (ET_EXEC ignores it).
     */
    private static final int[][] OTHER_HOLES = {{0x14, 0x18}, {0x30, 0x36}, {0x48, 0x50}};
    /** e_phnum is p_filesz's low half, so p_filesz (and p_memsz) = 1 modulo 0x10000. */
    private static final long PHNUM_PERIOD = 0x10000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the smallest file the kernel runs: 80 bytes of overlapping headers, code and data in their holes";
    }

    /**
     * Where a stitched code section runs, as offsets from the base (the section is placed at the
     * base, so its offsets are file offsets): the entry hole, e_version, e_flags/e_ehsize, then from
     * p_align on through the rest of the file (p_align and what follows the headers are adjacent).
     */
    private static final long[] STITCH_RANGES = {ENTRY_HOLE, ENTRY_HOLE_END, 0x14, 0x18, 0x30, 0x36, 0x48, Long.MAX_VALUE};
    /** Where the last stitch range starts: a stitched section that reaches it is followed by the rest. */
    private static final int LAST_STITCH_RANGE = 0x48;

    @Override
    public SectionPlacement placement(ElfOptions options) {
        String entry = EntryPoint.name(options);
        return new SectionPlacement() {
            @Override
            public void place(List<Section> sections) {
                Plan.of(sections).image.applyAddresses();
            }

            @Override
            public Stitching stitching(List<Section> sections) {
                Section code = firstCode(sections);
                return code != null && code.requestedAlign() <= 1 ? new Stitching(code, STITCH_RANGES.clone(), entry) : null;
            }
        };
    }

    private static Section firstCode(List<Section> sections) {
        for (Section s : sections) {
            if (SectionRole.of(s) == SectionRole.CODE) {
                return s;
            }
        }
        return null;
    }

    private record Plan(ImageMap image, long base, int flags, Section entrySection, long fileSize, long memoryEnd) {

        static Plan of(List<Section> sections) {
            boolean writable = false;
            for (Section s : sections) {
                SectionRole role = SectionRole.of(s);
                writable |= role == SectionRole.DATA || role == SectionRole.BSS;
            }
            int flags = Elf.PF_R | Elf.PF_X | (writable ? Elf.PF_W : 0);
            long base = (long) flags << 32;
            ImageMap image = new ImageMap();
            List<long[]> holes = new ArrayList<>();
            Section entrySection = null;
            long restStart = HEADERS_END;
            Section code = firstCode(sections);
            if (code != null && code.pieces() != null) {
                // stitched: at the base, so its offsets are file offsets; the holes keep what its pieces leave
                entrySection = code;
                image.put(code, 0, base);
                boolean reachesRest = code.size() > LAST_STITCH_RANGE;
                holes.add(freePart(code.pieces(), ENTRY_HOLE, ENTRY_HOLE_END));
                for (int[] hole : OTHER_HOLES) {
                    if (!(reachesRest && hole[0] == LAST_STITCH_RANGE)) {
                        holes.add(freePart(code.pieces(), hole[0], hole[1]));
                    }
                }
                if (reachesRest) {
                    restStart = code.size();
                }
            } else {
                if (code != null && code.align() == 1 && ENTRY_HOLE + code.size() <= ENTRY_HOLE_END) {
                    entrySection = code;
                    image.put(code, ENTRY_HOLE, base + ENTRY_HOLE);
                }
                long entryHoleFree = entrySection == null ? ENTRY_HOLE + JUMP_SIZE : ENTRY_HOLE + entrySection.size();
                holes.add(new long[] {entryHoleFree, ENTRY_HOLE_END});
                for (int[] hole : OTHER_HOLES) {
                    holes.add(new long[] {hole[0], hole[1]});
                }
            }
            List<Section> rest = new ArrayList<>();
            for (Section s : sections) {
                SectionRole role = SectionRole.of(s);
                if (s == entrySection || role == SectionRole.BSS || role == SectionRole.NOT_LOADED) {
                    continue;
                }
                if (!putInHole(image, holes, s, base)) {
                    rest.add(s);
                }
            }
            long cursor = restStart;
            for (SectionRole role : new SectionRole[] {SectionRole.CODE, SectionRole.READ_ONLY, SectionRole.DATA}) {
                for (Section s : rest) {
                    if (SectionRole.of(s) == role) {
                        cursor = Elf.alignUp(cursor, s.align());
                        image.put(s, cursor, base + cursor);
                        cursor += s.size();
                    }
                }
            }
            // a stitched section may end inside p_align: the headers still take their 80 bytes
            long fileSize = Math.max(cursor, HEADERS_END);
            cursor = fileSize;
            for (Section s : sections) {
                if (SectionRole.of(s) == SectionRole.BSS) {
                    cursor = Elf.alignUp(cursor, s.align());
                    image.put(s, -1, base + cursor);
                    cursor += s.size();
                }
            }
            return new Plan(image, base, flags, entrySection, fileSize, base + cursor);
        }

        /** The part of hole [start, end) after the stitched pieces that begin in it (they begin at its start). */
        private static long[] freePart(long[] pieces, long start, long end) {
            long free = start;
            for (int k = 0; k + 1 < pieces.length; k += 2) {
                if (pieces[k] >= start && pieces[k] < end) {
                    free = Math.max(free, pieces[k] + pieces[k + 1]);
                }
            }
            return new long[] {Math.min(free, end), end};
        }

        private static boolean putInHole(ImageMap image, List<long[]> holes, Section s, long base) {
            for (long[] hole : holes) {
                long at = Elf.alignUp(hole[0], s.align());
                if (at + s.size() <= hole[1]) {
                    image.put(s, at, base + at);
                    hole[0] = at + s.size();
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public byte[] write(AssemblyResult program, ElfOptions options, Diagnostics diagnostics) {
        if (options.pie() || options.debug()) {
            diagnostics.error("layout 'smallest' supports neither pie nor debug; use 'standard'");
            return null;
        }
        Plan plan = Plan.of(program.sections());
        if (!AbsoluteAddresses.check(program, NAME, plan.base, false, diagnostics)) {
            return null;
        }
        Long entry = EntryPoint.resolve(program, options, diagnostics);
        if (entry == null || !plan.image.matchesAssembly(diagnostics)
                || !ImageMap.fitsAddressSpace(plan.memoryEnd, program, diagnostics)
                || !ImageMap.fitsFile(plan.fileSize, diagnostics)) {
            return null;
        }
        if (plan.entrySection != null && plan.entrySection.pieces() == null && entry != plan.base + ENTRY_HOLE) {
            diagnostics.error("layout 'smallest' starts execution at the first code section, "
                    + plan.entrySection.name() + ", which fits the ELF identification bytes; entry symbol '"
                    + EntryPoint.name(options) + "' must be its first instruction");
            return null;
        }
        long fileEndPage = Elf.alignUp(plan.fileSize, Elf.PAGE_SIZE);
        if (plan.memoryEnd - plan.base > fileEndPage) {
            diagnostics.error("layout 'smallest' has room for " + (fileEndPage - plan.fileSize)
                    + " bytes of .bss (the rest of the file's last page), the program needs "
                    + (plan.memoryEnd - plan.base - plan.fileSize) + "; use layout 'tiny'");
            return null;
        }
        LittleEndianBuffer out = new LittleEndianBuffer((int) plan.fileSize);
        // the ELF header's fields that are not also the program header's
        out.u8(0, 0x7f).u8(1, 'E').u8(2, 'L').u8(3, 'F').u16(16, Elf.ET_EXEC).u16(18, Elf.EM_X86_64)
                .u16(0x36, Elf.PHDR_SIZE);
        long fileSpan = segmentSize(plan.fileSize);
        out.u32(PHDR_OFFSET, Elf.PT_LOAD).u32(PHDR_OFFSET + 4, plan.flags).u64(PHDR_OFFSET + 8, PHDR_OFFSET)
                .u64(PHDR_OFFSET + 16, plan.base + PHDR_OFFSET)
                .u64(PHDR_OFFSET + 32, fileSpan).u64(PHDR_OFFSET + 40, fileSpan);
        out.u8(NOP_OFFSET, NOP);
        if (plan.entrySection == null) {
            out.u8(ENTRY_HOLE, JMP_REL32).u32(ENTRY_HOLE + 1, entry - (plan.base + ENTRY_HOLE + JUMP_SIZE));
        }
        plan.image.copyContents(out);
        out.padTo(plan.fileSize);
        return out.toByteArray();
    }

    /**
     * p_filesz = p_memsz: 1 modulo 0x10000 (it is e_phnum too), and large enough that the mapping,
     * which starts at file offset 0x18 and is rounded up to pages, covers the whole file. Equal sizes
     * keep the kernel from zeroing the tail of the page, which would wipe a writable image.
     */
    static long segmentSize(long fileSize) {
        long size = 1;
        while (Elf.alignUp(PHDR_OFFSET + size, Elf.PAGE_SIZE) < fileSize) {
            size += PHNUM_PERIOD;
        }
        return size;
    }
}
