package io.github.tinybin.build;

import io.github.tinybin.asm.AssemblyResult;
import io.github.tinybin.asm.Limits;
import io.github.tinybin.asm.Section;
import io.github.tinybin.asm.SectionPlacement;
import io.github.tinybin.asm.SourceLocation;
import io.github.tinybin.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * nasm's {@code -f bin} output: sections laid out by nasm's rules, written as raw bytes.
 *
 * <p>Layout, as nasm's bin format does it: {@code .text} always comes first (an empty one if the
 * source never used it) and starts at {@code org} (0 by default; rounded up to its {@code align=}
 * if it has one); the other progbits sections follow in order of creation, each at the end of the
 * previous one rounded up to its alignment ({@code align=} or the {@code align} directive, else 4),
 * or where {@code start=}/{@code follows=} put them. Nobits sections get addresses only: {@code .bss}
 * after the last progbits section, any other after the section created just before it (valign 4).
 * {@code vstart=} sets the address labels see. The file holds the progbits sections from the origin
 * on, gaps filled with zeros.
 */
final class FlatBinary {
    private FlatBinary() {
    }

    static SectionPlacement placement() {
        return new Placement();
    }

    /** One section during layout: the real one, or the empty .text nasm always has. */
    private static final class Slot {
        final Section section;
        final String name;
        long start = -1;
        long vstart;
        /** Whether {@link #vstart} is known yet (addresses may be anything, 2^63 and up too: org 0xffff...). */
        boolean vstartDefined;
        boolean startDefined;
        Slot prev;
        boolean dotBss;

        Slot(Section section, String name) {
            this.section = section;
            this.name = name;
        }

        long length() {
            return section == null ? 0 : section.size();
        }

        boolean nobits() {
            return section != null && section.nobits();
        }

        long align() {
            long a = section == null ? 0 : section.requestedAlign();
            return a > 0 ? a : 4;
        }

        boolean alignDefined() {
            return section != null && section.requestedAlign() > 0;
        }
    }

    private static long alignUp(long v, long a) {
        return (v + a - 1) & -a;
    }

    static final class Placement implements SectionPlacement {
        private boolean originDefined;
        private long origin;

        @Override
        public boolean origin(long address) {
            originDefined = true;
            origin = address;
            return true;
        }

        @Override
        public void place(List<Section> sections) {
            // creation order with .text first, as nasm creates it before anything else
            List<Slot> all = new ArrayList<>();
            Section text = null;
            for (Section s : sections) {
                if (s.name().equals(".text")) {
                    text = s;
                }
            }
            all.add(new Slot(text, ".text"));
            for (Section s : sections) {
                if (s != text) {
                    Slot slot = new Slot(s, s.name());
                    all.add(slot);
                }
            }
            for (int i = 1; i < all.size(); i++) {
                Slot s = all.get(i);
                s.prev = all.get(i - 1);
                s.dotBss = s.name.equals(".bss");
            }
            List<Slot> progbits = new ArrayList<>();
            List<Slot> nobits = new ArrayList<>();
            for (Slot s : all) {
                (s.nobits() ? nobits : progbits).add(s);
                if (s.section != null && s.section.start() >= 0) {
                    s.start = s.section.start();
                    s.startDefined = true;
                }
            }
            progbits = order(progbits);
            // progbits: file and memory addresses
            Slot first = progbits.get(0);
            long base;
            if (originDefined) {
                if (!first.startDefined) {
                    first.start = first.alignDefined() ? alignUp(origin, first.align()) : origin;
                }
                base = origin;
            } else {
                if (!first.startDefined) {
                    first.start = 0;
                }
                base = first.start;
            }
            first.startDefined = true;
            long pend = first.start;
            Slot lastProgbits = first;
            for (Slot g : progbits) {
                if (!g.startDefined) {
                    g.start = alignUp(pend, g.align());
                    g.startDefined = true;
                }
                g.vstart = g.section != null && g.section.virtualStart() >= 0 ? g.section.virtualStart() : g.start;
                g.vstartDefined = true;
                lastProgbits = g;
                if (g.start < pend) {
                    continue;
                }
                pend = g.start + g.length();
            }
            // nobits: addresses only, after the section they follow
            for (Slot g : nobits) {
                long vs = g.section.virtualStart() >= 0 ? g.section.virtualStart() : g.section.start();
                if (vs >= 0) {
                    g.vstart = vs;
                    g.vstartDefined = true;
                }
            }
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Slot g : nobits) {
                    if (g.vstartDefined) {
                        continue;
                    }
                    Slot after = g.dotBss ? lastProgbits : g.prev;
                    String vf = g.section.virtualFollows() != null ? g.section.virtualFollows() : g.section.follows();
                    if (vf != null) {
                        after = null;
                        for (Slot s : all) {
                            if (s.name.equals(vf)) {
                                after = s;
                            }
                        }
                        if (after == null) {
                            after = lastProgbits;
                        }
                    }
                    if (after.vstartDefined) {
                        g.vstart = alignUp(after.vstart + after.length(), g.align());
                        g.vstartDefined = true;
                        progress = true;
                    }
                }
            }
            for (Slot g : all) {
                if (g.section == null) {
                    continue;
                }
                g.section.address(g.vstartDefined ? g.vstart : 0);
                g.section.fileOffset(g.nobits() ? 0 : g.start - base);
            }
        }

        /** nasm's output order: {@code follows=} groups moved after their section, then by {@code start=}. */
        private static List<Slot> order(List<Slot> progbits) {
            List<Slot> list = new ArrayList<>(progbits);
            for (int guard = 0; guard < list.size(); guard++) {
                boolean moved = false;
                for (int i = 1; i < list.size(); i++) {
                    Slot g = list.get(i);
                    String f = g.section == null ? null : g.section.follows();
                    if (f == null || list.get(i - 1).name.equals(f)) {
                        continue;
                    }
                    int target = -1;
                    for (int j = 0; j < list.size(); j++) {
                        if (list.get(j).name.equals(f)) {
                            target = j;
                        }
                    }
                    if (target < 0 || target == i) {
                        continue;
                    }
                    int end = i + 1;
                    while (end < list.size() && !list.get(end).startDefined && list.get(end).section.follows() == null
                            && end != target) {
                        end++;
                    }
                    List<Slot> group = new ArrayList<>(list.subList(i, end));
                    list.subList(i, end).clear();
                    int at = list.indexOf(list.stream().filter(s -> s.name.equals(f)).findFirst().orElseThrow()) + 1;
                    list.addAll(at, group);
                    moved = true;
                    break;
                }
                if (!moved) {
                    break;
                }
            }
            List<Slot> sorted = new ArrayList<>();
            int i = 0;
            while (i < list.size()) {
                int end = i + 1;
                while (end < list.size() && !list.get(end).startDefined) {
                    end++;
                }
                List<Slot> group = list.subList(i, end);
                Slot leader = group.get(0);
                int at = sorted.size();
                for (int j = 0; j < sorted.size(); j++) {
                    if (sorted.get(j).startDefined && leader.start < sorted.get(j).start) {
                        at = j;
                        break;
                    }
                }
                sorted.addAll(at, group);
                i = end;
            }
            return sorted;
        }
    }

    /** The file: every non-empty progbits section at its offset, zeros between. */
    static byte[] write(AssemblyResult program, Diagnostics diagnostics) {
        return write(program, diagnostics, new Limits().outputBytes);
    }

    /** @param limit the largest file allowed: the build's {@code Limits.outputBytes}, gaps included */
    static byte[] write(AssemblyResult program, Diagnostics diagnostics, long limit) {
        long size = 0;
        List<Section> written = new ArrayList<>();
        for (Section s : program.sections()) {
            if (s.nobits() || s.size() == 0) {
                continue;
            }
            if (s.fileOffset() < 0) {
                SourceLocation.error(diagnostics, s.declaredAt(), "section " + s.name() + " begins before program origin");
                return null;
            }
            for (Section w : written) {
                if (s.fileOffset() < w.fileOffset() + w.size() && w.fileOffset() < s.fileOffset() + s.size()) {
                    SourceLocation.error(diagnostics, s.declaredAt(), "sections " + w.name() + " and " + s.name() + " overlap!");
                    return null;
                }
            }
            written.add(s);
            size = Math.max(size, s.fileOffset() + s.size());
        }
        if (size > limit) {
            diagnostics.error("output file would be " + size + " bytes, over the limit of " + limit
                    + " bytes (Limits.outputBytes)");
            return null;
        }
        byte[] out = new byte[(int) size];
        for (Section s : written) {
            System.arraycopy(s.bytes(), 0, out, (int) s.fileOffset(), s.bytes().length);
        }
        return out;
    }
}
