package io.github.tinybin.elf;

/** The numbers of the ELF-64 format (System V gABI, x86-64 psABI) this writer uses. */
final class Elf {
    static final int EHDR_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int SHDR_SIZE = 64;
    static final int SYM_SIZE = 24;

    static final int ELFCLASS64 = 2;
    static final int ELFDATA2LSB = 1;
    static final int EV_CURRENT = 1;
    static final int ELFOSABI_SYSV = 0;
    /** What the seed's header carries (ELFOSABI_FREEBSD); Linux ignores the byte. */
    static final int ELFOSABI_SEED = 9;

    static final int ET_EXEC = 2;
    static final int ET_DYN = 3;
    static final int EM_X86_64 = 62;

    static final int PT_LOAD = 1;
    static final int PT_GNU_STACK = 0x6474e551;
    static final int PF_X = 1;
    static final int PF_W = 2;
    static final int PF_R = 4;

    static final int SHT_PROGBITS = 1;
    static final int SHT_SYMTAB = 2;
    static final int SHT_STRTAB = 3;
    static final int SHT_NOBITS = 8;
    static final long SHF_WRITE = 1;
    static final long SHF_ALLOC = 2;
    static final long SHF_EXECINSTR = 4;
    static final int SHN_ABS = 0xfff1;

    static final int STB_LOCAL = 0;
    static final int STB_GLOBAL = 1;
    static final int STT_NOTYPE = 0;
    static final int STT_FILE = 4;

    static final long PAGE_SIZE = 0x1000;
    /** First address above the x86-64 user address space (47-bit). */
    static final long USER_SPACE_END = 1L << 47;

    private Elf() {
    }

    static long alignUp(long value, long align) {
        return (value + align - 1) & -align;
    }
}
