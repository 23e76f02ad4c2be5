package io.github.tinybin.asm.x86;

/** Register classes that instruction forms match against. */
public enum RegisterKind {
    GENERAL,
    SEGMENT,
    CONTROL,
    DEBUG,
    /** rip/eip: only valid as a memory base. */
    INSTRUCTION_POINTER
}
