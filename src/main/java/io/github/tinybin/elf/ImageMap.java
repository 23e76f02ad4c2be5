package io.github.tinybin.elf;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.LineEntry;
import io.github.tinybin.asm.Section;
import io.github.tinybin.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a layout puts each section: its file offset (for sections with bytes) and its virtual
 * address. Computed the same way while the assembler relaxes and when the file is written, so the
 * addresses the code was assembled against are the ones it is loaded at.
 */
final class ImageMap {
    /** A placed section; {@code fileOffset} is -1 for sections that take no file bytes. */
    record Slot(Section section, long fileOffset, long address) {
    }

    /** Largest file a layout writes: a Java array, less the headroom VMs keep. */
    static final long MAX_FILE = Integer.MAX_VALUE - 8;

    private final List<Slot> slots = new ArrayList<>();

    void put(Section section, long fileOffset, long address) {
        slots.add(new Slot(section, fileOffset, address));
    }

    List<Slot> slots() {
        return slots;
    }

    /** Sets every placed section's address (the {@code SectionPlacement} side). */
    void applyAddresses() {
        for (Slot slot : slots) {
            slot.section().address(slot.address());
        }
    }

    /**
     * Checks that the sections were assembled at the addresses this map gives them. A mismatch means
     * the program was not assembled with this layout's placement.
     */
    boolean matchesAssembly(Diagnostics diagnostics) {
        for (Slot slot : slots) {
            if (slot.section().address() != slot.address()) {
                diagnostics.error("section " + slot.section().name() + " was assembled at 0x"
                        + Long.toHexString(slot.section().address()) + " but the layout places it at 0x"
                        + Long.toHexString(slot.address()));
                return false;
            }
        }
        return true;
    }

    /**
     * Copies every section's bytes to its file offset; of a stitched section (one with
     * {@link Section#pieces()}) only its pieces, since its gaps are where other bytes go.
     */
    void copyContents(LittleEndianBuffer out) {
        for (Slot slot : slots) {
            if (slot.fileOffset() < 0) {
                continue;
            }
            byte[] bytes = slot.section().bytes();
            long[] pieces = slot.section().pieces();
            if (pieces == null) {
                out.put(slot.fileOffset(), bytes);
                continue;
            }
            for (int k = 0; k + 1 < pieces.length; k += 2) {
                out.put(slot.fileOffset() + pieces[k], java.util.Arrays.copyOfRange(bytes, (int) pieces[k],
                        (int) (pieces[k] + pieces[k + 1])));
            }
        }
    }

    /** Reports a base address the kernel cannot map a segment at; true when it can. */
    static boolean isPageAligned(long base, Diagnostics diagnostics) {
        if ((base & (Elf.PAGE_SIZE - 1)) == 0 && base >= 0 && base < Elf.USER_SPACE_END) {
            return true;
        }
        diagnostics.error("base address 0x" + Long.toHexString(base)
                + " must be a multiple of the page size 0x1000 inside the user address space");
        return false;
    }

    /** Reports a file too large for one byte array (2 GiB); true when it is not. */
    static boolean fitsFile(long fileSize, Diagnostics diagnostics) {
        if (fileSize >= 0 && fileSize <= MAX_FILE) {
            return true;
        }
        diagnostics.error("the executable would be " + fileSize + " bytes; at most " + MAX_FILE + " are supported");
        return false;
    }

    /**
     * Reports a memory image that does not fit the user address space, at the line reserving the
     * most of the biggest section; true when it fits.
     */
    static boolean fitsAddressSpace(long end, AssemblyResult program, Diagnostics diagnostics) {
        if (end >= 0 && end <= Elf.USER_SPACE_END) {
            return true;
        }
        Section biggest = null;
        for (Section s : program.sections()) {
            if (biggest == null || Long.compareUnsigned(s.size(), biggest.size()) > 0) {
                biggest = s;
            }
        }
        String message = "section " + biggest.name() + " is too large to map: " + Long.toUnsignedString(biggest.size())
                + " bytes; the program would end at 0x" + Long.toHexString(end) + ", above 0x"
                + Long.toHexString(Elf.USER_SPACE_END);
        LineEntry culprit = null;
        for (LineEntry e : program.lines()) {
            if (e.section() == biggest && (culprit == null || Long.compareUnsigned(e.length(), culprit.length()) > 0)) {
                culprit = e;
            }
        }
        if (culprit == null) {
            diagnostics.error(message);
        } else {
            diagnostics.error(culprit.file(), culprit.line(), 0, message, null);
        }
        return false;
    }
}
