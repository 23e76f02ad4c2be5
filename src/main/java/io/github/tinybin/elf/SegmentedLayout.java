package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.LineEntry;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.asm.SourceLocation;
import io.github.tinybin.diag.Diagnostics;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * W^X layouts as a linker writes them, without the page padding: an R+X segment with the headers,
 * code and read-only data, an RW segment with .data and .bss whose addresses are one page above
 * their file offsets (congruent, so the file needs no padding and no page is both), and
 * PT_GNU_STACK for a non-executable stack. {@code compact} stops there; {@code standard} adds section
 * headers, a symbol table with every label, and DWARF line information when asked for.
 */
final class SegmentedLayout implements Layout {
    private final String name;
    private final boolean sectionHeaders;

    private SegmentedLayout(String name, boolean sectionHeaders) {
        this.name = name;
        this.sectionHeaders = sectionHeaders;
    }

    static SegmentedLayout compact() {
        return new SegmentedLayout("compact", false);
    }

    static SegmentedLayout standard() {
        return new SegmentedLayout("standard", true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return sectionHeaders
                ? "compact's segments plus section headers, symbols and (with debug) DWARF lines"
                : "W^X segments, no page padding, non-executable stack, no section headers";
    }

    @Override
    public SectionPlacement placement(ElfOptions options) {
        return sections -> Plan.of(sections, imageBase(options)).image.applyAddresses();
    }

    /** ET_DYN images are linked at 0 and moved by the kernel; ET_EXEC ones at the base address. */
    private static long imageBase(ElfOptions options) {
        return options.pie() ? 0 : options.baseAddress();
    }

    private record Plan(ImageMap image, List<Section> loaded, int phnum, long textEnd, boolean hasRw,
                        long rwOffset, long rwAddress, long fileEnd, long memoryEnd) {

        static Plan of(List<Section> sections, long base) {
            boolean hasRw = false;
            for (Section s : sections) {
                SectionRole role = SectionRole.of(s);
                hasRw |= role == SectionRole.DATA || role == SectionRole.BSS;
            }
            int phnum = hasRw ? 3 : 2;
            ImageMap image = new ImageMap();
            List<Section> loaded = new ArrayList<>();
            long cursor = Elf.EHDR_SIZE + (long) phnum * Elf.PHDR_SIZE;
            for (SectionRole role : new SectionRole[] {SectionRole.CODE, SectionRole.READ_ONLY}) {
                for (Section s : sections) {
                    if (SectionRole.of(s) == role) {
                        cursor = Elf.alignUp(cursor, s.align());
                        image.put(s, cursor, base + cursor);
                        loaded.add(s);
                        cursor += s.size();
                    }
                }
            }
            long textEnd = cursor;
            long rwBase = base + pageAbove(sections);
            long rwOffset = -1;
            for (Section s : sections) {
                if (SectionRole.of(s) == SectionRole.DATA) {
                    cursor = Elf.alignUp(cursor, s.align());
                    rwOffset = rwOffset < 0 ? cursor : rwOffset;
                    image.put(s, cursor, rwBase + cursor);
                    loaded.add(s);
                    cursor += s.size();
                }
            }
            long fileEnd = cursor;
            long memoryCursor = cursor;
            for (Section s : sections) {
                if (SectionRole.of(s) == SectionRole.BSS) {
                    memoryCursor = Elf.alignUp(memoryCursor, s.align());
                    rwOffset = rwOffset < 0 ? memoryCursor : rwOffset;
                    image.put(s, -1, rwBase + memoryCursor);
                    loaded.add(s);
                    memoryCursor += s.size();
                }
            }
            if (rwOffset < 0) {
                rwOffset = fileEnd;
            }
            return new Plan(image, loaded, phnum, textEnd, hasRw, rwOffset, rwBase + rwOffset, fileEnd,
                    rwBase + memoryCursor);
        }

        /**
         * How far above its file offset the RW segment lives: one page, or the largest alignment a
         * writable section asks for, so the segments never share a page and alignments hold.
         */
        private static long pageAbove(List<Section> sections) {
            long distance = Elf.PAGE_SIZE;
            for (Section s : sections) {
                SectionRole role = SectionRole.of(s);
                if ((role == SectionRole.DATA || role == SectionRole.BSS) && s.align() > distance) {
                    distance = s.align();
                }
            }
            return distance;
        }
    }

    @Override
    public byte[] write(AssemblyResult program, ElfOptions options, Diagnostics diagnostics) {
        if (options.debug() && !sectionHeaders) {
            diagnostics.error("debug information needs the 'standard' layout; layout '" + name
                    + "' writes no section headers");
            return null;
        }
        for (Section s : program.sections()) {
            if (s.alloc() && s.exec() && s.write() && !s.nobits()) {
                SourceLocation.error(diagnostics, s.declaredAt(), "section " + s.name()
                        + " is both writable and executable, which layout '" + name
                        + "' does not allow (W^X); use layout 'tiny', or split code and data");
                return null;
            }
        }
        long base = imageBase(options);
        if (!ImageMap.isPageAligned(base, diagnostics)
                || !AbsoluteAddresses.check(program, name, base, options.pie(), diagnostics)) {
            return null;
        }
        Plan plan = Plan.of(program.sections(), base);
        Long entry = EntryPoint.resolve(program, options, diagnostics);
        if (entry == null || !plan.image.matchesAssembly(diagnostics)
                || !ImageMap.fitsAddressSpace(plan.memoryEnd, program, diagnostics)
                || !ImageMap.fitsFile(plan.fileEnd, diagnostics)) {
            return null;
        }
        LittleEndianBuffer out = new LittleEndianBuffer((int) plan.fileEnd + 1024);
        long headerAt = Elf.EHDR_SIZE;
        ProgramHeader.load(Elf.PF_R | Elf.PF_X, 0, base, plan.textEnd, plan.textEnd).writeTo(out, headerAt);
        headerAt += Elf.PHDR_SIZE;
        if (plan.hasRw) {
            ProgramHeader.load(Elf.PF_R | Elf.PF_W, plan.rwOffset, plan.rwAddress,
                    Math.max(0, plan.fileEnd - plan.rwOffset),
                    plan.memoryEnd - plan.rwAddress).writeTo(out, headerAt);
            headerAt += Elf.PHDR_SIZE;
        }
        ProgramHeader.gnuStack().writeTo(out, headerAt);
        plan.image.copyContents(out);
        out.padTo(plan.fileEnd);
        ElfHeader header = ElfHeader.executable(options.pie() ? Elf.ET_DYN : Elf.ET_EXEC, entry, plan.phnum);
        if (sectionHeaders) {
            header = appendSections(out, header, plan, program, options.debug());
        }
        header.writeTo(out);
        return out.toByteArray();
    }

    private static ElfHeader appendSections(LittleEndianBuffer out, ElfHeader header, Plan plan,
                                            AssemblyResult program, boolean debug) {
        SectionTable table = new SectionTable();
        Map<Section, Integer> index = new IdentityHashMap<>();
        List<Section> code = new ArrayList<>();
        for (ImageMap.Slot slot : plan.image.slots()) {
            Section s = slot.section();
            long flags = Elf.SHF_ALLOC | (s.write() ? Elf.SHF_WRITE : 0) | (s.exec() ? Elf.SHF_EXECINSTR : 0);
            boolean bss = slot.fileOffset() < 0;
            // a NOBITS section's offset is where it would start in the file, as ld writes it
            long offset = bss ? plan.fileEnd : slot.fileOffset();
            index.put(s, table.describe(s.name(), bss ? Elf.SHT_NOBITS : Elf.SHT_PROGBITS, flags, slot.address(),
                    offset, s.size(), s.align()));
            if (s.exec()) {
                code.add(s);
            }
        }
        if (debug) {
            DwarfLineInfo dwarf = new DwarfLineInfo(code, program.lines());
            table.append(out, ".debug_abbrev", Elf.SHT_PROGBITS, dwarf.debugAbbrev(), 1, 0, 0, 0);
            table.append(out, ".debug_info", Elf.SHT_PROGBITS, dwarf.debugInfo(), 1, 0, 0, 0);
            table.append(out, ".debug_line", Elf.SHT_PROGBITS, dwarf.debugLine(), 1, 0, 0, 0);
        }
        SymbolTable symbols = new SymbolTable(program.symbols().values(), index, sourceFile(program));
        int symtab = table.nextIndex();
        table.append(out, ".symtab", Elf.SHT_SYMTAB, symbols.symtab(), 8, symtab + 1, symbols.firstGlobal(),
                Elf.SYM_SIZE);
        table.append(out, ".strtab", Elf.SHT_STRTAB, symbols.strtab(), 1, 0, 0, 0);
        return table.finish(out, header);
    }

    private static String sourceFile(AssemblyResult program) {
        for (LineEntry e : program.lines()) {
            return e.file();
        }
        return null;
    }
}
