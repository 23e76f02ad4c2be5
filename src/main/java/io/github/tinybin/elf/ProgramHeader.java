package io.github.tinybin.elf;

/** One ELF-64 program header (segment). */
record ProgramHeader(int type, int flags, long offset, long vaddr, long filesz, long memsz, long align) {

    static ProgramHeader load(int flags, long offset, long vaddr, long filesz, long memsz) {
        return new ProgramHeader(Elf.PT_LOAD, flags, offset, vaddr, filesz, memsz, Elf.PAGE_SIZE);
    }

    /** The marker that asks the kernel for a non-executable stack. */
    static ProgramHeader gnuStack() {
        return new ProgramHeader(Elf.PT_GNU_STACK, Elf.PF_R | Elf.PF_W, 0, 0, 0, 0, 16);
    }

    void writeTo(LittleEndianBuffer out, long at) {
        out.u32(at, type).u32(at + 4, flags).u64(at + 8, offset).u64(at + 16, vaddr).u64(at + 24, vaddr)
                .u64(at + 32, filesz).u64(at + 40, memsz).u64(at + 48, align);
    }
}
