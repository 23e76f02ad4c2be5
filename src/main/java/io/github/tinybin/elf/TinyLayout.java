package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's layout: one RWX PT_LOAD covering the whole file, the program header overlapping the
 * last 8 bytes of the ELF header, up to 8 bytes of read-only data in the e_ident padding, code right
 * after the 0x70 bytes of headers, then the rest of the read-only data, .data, and .bss in memory only.
 */
final class TinyLayout implements Layout {
    static final String NAME = "tiny";
    /** The program header starts where e_phnum is, so e_phnum is p_type's low half (1). */
    static final int PHDR_OFFSET = 0x38;
    static final int HEADERS_END = PHDR_OFFSET + Elf.PHDR_SIZE;
    /** e_ident[8..15]: EI_ABIVERSION and padding, which the kernel never reads. */
    static final int IDENT_HOLE = 8;
    static final int IDENT_HOLE_END = 16;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the seed's layout: one RWX segment, overlapping headers, small data in e_ident (default)";
    }

    @Override
    public SectionPlacement placement(ElfOptions options) {
        return sections -> map(sections, options.baseAddress()).image.applyAddresses();
    }

    private record Plan(ImageMap image, long fileSize, long memorySize) {
    }

    private static Plan map(List<Section> sections, long base) {
        ImageMap image = new ImageMap();
        List<Section> readOnlyAfterCode = new ArrayList<>();
        long hole = IDENT_HOLE;
        for (Section s : sections) {
            if (SectionRole.of(s) != SectionRole.READ_ONLY) {
                continue;
            }
            long at = Elf.alignUp(hole, s.align());
            if (s.align() <= IDENT_HOLE && at + s.size() <= IDENT_HOLE_END) {
                image.put(s, at, base + at);
                hole = at + s.size();
            } else {
                readOnlyAfterCode.add(s);
            }
        }
        long cursor = HEADERS_END;
        cursor = placeInFile(image, sections, SectionRole.CODE, cursor, base);
        for (Section s : readOnlyAfterCode) {
            cursor = Elf.alignUp(cursor, s.align());
            image.put(s, cursor, base + cursor);
            cursor += s.size();
        }
        cursor = placeInFile(image, sections, SectionRole.DATA, cursor, base);
        long fileSize = cursor;
        for (Section s : sections) {
            if (SectionRole.of(s) == SectionRole.BSS) {
                cursor = Elf.alignUp(cursor, s.align());
                image.put(s, -1, base + cursor);
                cursor += s.size();
            }
        }
        return new Plan(image, fileSize, cursor);
    }

    private static long placeInFile(ImageMap image, List<Section> sections, SectionRole role, long cursor,
                                    long base) {
        for (Section s : sections) {
            if (SectionRole.of(s) == role) {
                cursor = Elf.alignUp(cursor, s.align());
                image.put(s, cursor, base + cursor);
                cursor += s.size();
            }
        }
        return cursor;
    }

    @Override
    public byte[] write(AssemblyResult program, ElfOptions options, Diagnostics diagnostics) {
        if (options.pie()) {
            diagnostics.error("layout 'tiny' does not support pie; use 'compact' or 'standard'");
            return null;
        }
        if (options.debug()) {
            diagnostics.error("debug information needs the 'standard' layout; layout 'tiny' writes no section headers");
            return null;
        }
        long base = options.baseAddress();
        if (!ImageMap.isPageAligned(base, diagnostics)
                || !AbsoluteAddresses.check(program, NAME, base, false, diagnostics)) {
            return null;
        }
        Plan plan = map(program.sections(), base);
        Long entry = EntryPoint.resolve(program, options, diagnostics);
        if (entry == null || !plan.image.matchesAssembly(diagnostics)
                || !ImageMap.fitsAddressSpace(base + plan.memorySize, program, diagnostics)
                || !ImageMap.fitsFile(plan.fileSize, diagnostics)) {
            return null;
        }
        LittleEndianBuffer out = new LittleEndianBuffer((int) plan.fileSize);
        new ElfHeader(Elf.ELFOSABI_SEED, Elf.ET_EXEC, entry, PHDR_OFFSET, 0, PHDR_OFFSET, 1, 0, 0).writeTo(out);
        ProgramHeader.load(Elf.PF_R | Elf.PF_W | Elf.PF_X, 0, base, plan.fileSize, plan.memorySize)
                .writeTo(out, PHDR_OFFSET);
        plan.image.copyContents(out);
        out.padTo(plan.fileSize);
        return out.toByteArray();
    }
}
