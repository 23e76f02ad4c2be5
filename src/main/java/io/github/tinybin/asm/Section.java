package io.github.tinybin.asm;

/**
 * A section as the assembler produces it: attributes, alignment, contents and, once placed, its
 * virtual address. {@code nobits} sections (.bss) have a size but no bytes.
 */
public final class Section {
    private final String name;
    private boolean alloc = true;
    private boolean exec;
    private boolean write;
    private boolean nobits;
    private long align = 1;
    private long address;
    private long size;
    private byte[] bytes = new byte[0];
    private long start = -1;
    private long requestedAlign;
    private long fileOffset;
    private long virtualStart = -1;
    private String follows;
    private String virtualFollows;
    private SourceLocation declaredAt;
    private long[] pieces;

    public Section(String name) {
        this.name = name;
    }

    /** The attributes nasm's elf64 output gives a section of this name when none are written. */
    public static Section withDefaults(String name) {
        Section s = new Section(name);
        switch (name) {
            case ".text" -> { s.exec = true; s.align = 16; }
            case ".rodata" -> s.align = 4;
            case ".data" -> { s.write = true; s.align = 4; }
            case ".bss" -> { s.write = true; s.nobits = true; s.align = 4; }
            default -> s.align = 1;
        }
        return s;
    }

    public String name() { return name; }
    public boolean alloc() { return alloc; }
    public boolean exec() { return exec; }
    public boolean write() { return write; }
    public boolean nobits() { return nobits; }
    /** Power of two, at least 1. */
    public long align() { return align; }
    /** Virtual address, set by a {@link SectionPlacement}. */
    public long address() { return address; }
    /** Size in bytes (for nobits sections, the memory it takes). */
    public long size() { return size; }
    /** The contents; empty for nobits sections. Length equals {@link #size()} otherwise. */
    public byte[] bytes() { return bytes; }

    public Section alloc(boolean v) { alloc = v; return this; }
    public Section exec(boolean v) { exec = v; return this; }
    public Section write(boolean v) { write = v; return this; }
    public Section nobits(boolean v) { nobits = v; return this; }
    public Section align(long v) { align = v; return this; }
    public Section address(long v) { address = v; return this; }
    public Section size(long v) { size = v; return this; }
    public Section bytes(byte[] v) { bytes = v; size = v.length; return this; }

    /**
     * The {@code section} directive that set this section's attributes (else the first that named it),
     * or null for a section no directive named (the implicit .text, hand-made sections).
     */
    public SourceLocation declaredAt() { return declaredAt; }
    public Section declaredAt(SourceLocation v) { declaredAt = v; return this; }

    /** nasm bin {@code start=}: file/load address of the section, -1 when not given. */
    public long start() { return start; }
    /** nasm bin {@code vstart=}: the address labels see, -1 when not given. */
    public long virtualStart() { return virtualStart; }
    /** nasm bin {@code follows=}: the section this one is placed after, or null. */
    public String follows() { return follows; }
    /** nasm bin {@code vfollows=}: the section whose addresses this one's continue, or null. */
    public String virtualFollows() { return virtualFollows; }

    /**
     * The alignment the source asked for ({@code align=}, or raised by the {@code align} directive),
     * 0 when it asked for none: formats whose defaults differ from {@link #align()} (flat binary) use it.
     */
    public long requestedAlign() { return requestedAlign; }
    /** Where a format that lays out a file image (flat binary) put the section's bytes. */
    public long fileOffset() { return fileOffset; }

    public Section requestedAlign(long v) { requestedAlign = v; return this; }
    public Section fileOffset(long v) { fileOffset = v; return this; }
    public Section start(long v) { start = v; return this; }
    public Section virtualStart(long v) { virtualStart = v; return this; }
    public Section follows(String v) { follows = v; return this; }
    public Section virtualFollows(String v) { virtualFollows = v; return this; }

    /**
     * For a section the assembler stitched through several address ranges (see
     * {@link SectionPlacement#stitching}): its pieces, as (offset from {@link #address()}, length)
     * pairs in address order; only those bytes of {@link #bytes()} belong to the output, the rest are
     * gaps. Null for an ordinary, contiguous section.
     */
    public long[] pieces() { return pieces; }
    public Section pieces(long[] v) { pieces = v; return this; }

    public long end() { return address + size; }

    @Override
    public String toString() {
        return name + "@0x" + Long.toHexString(address) + "+" + size;
    }
}
