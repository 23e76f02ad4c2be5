package io.github.tinybin.elf;

/**
 * The ELF file header's fields. Layouts that overlap the program header with it write this first
 * and the program header second, so the shared bytes end up as the program header's.
 */
record ElfHeader(int osAbi, int type, long entry, long phoff, long shoff, int ehsize, int phnum,
                 int shnum, int shstrndx) {

    static ElfHeader executable(int type, long entry, int phnum) {
        return new ElfHeader(Elf.ELFOSABI_SYSV, type, entry, Elf.EHDR_SIZE, 0, Elf.EHDR_SIZE, phnum, 0, 0);
    }

    ElfHeader withSections(long sectionHeaderOffset, int count, int namesIndex) {
        return new ElfHeader(osAbi, type, entry, phoff, sectionHeaderOffset, ehsize, phnum, count, namesIndex);
    }

    void writeTo(LittleEndianBuffer out) {
        out.u8(0, 0x7f).u8(1, 'E').u8(2, 'L').u8(3, 'F')
                .u8(4, Elf.ELFCLASS64).u8(5, Elf.ELFDATA2LSB).u8(6, Elf.EV_CURRENT).u8(7, osAbi)
                .u16(16, type).u16(18, Elf.EM_X86_64).u32(20, Elf.EV_CURRENT)
                .u64(24, entry).u64(32, phoff).u64(40, shoff).u32(48, 0)
                .u16(52, ehsize).u16(54, Elf.PHDR_SIZE).u16(56, phnum)
                .u16(58, shnum == 0 ? 0 : Elf.SHDR_SIZE).u16(60, shnum).u16(62, shstrndx);
    }
}
