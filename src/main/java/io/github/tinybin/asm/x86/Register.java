package io.github.tinybin.asm.x86;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every register an x86-64 operand can name. The number is the 4-bit encoding (bit 3 goes to REX).
 * Aliases nasm also accepts (r8l for r8b) are resolved by {@link #lookup}.
 */
public enum Register {
    RAX("rax", RegisterKind.GENERAL, 64, 0, false, false),
    RCX("rcx", RegisterKind.GENERAL, 64, 1, false, false),
    RDX("rdx", RegisterKind.GENERAL, 64, 2, false, false),
    RBX("rbx", RegisterKind.GENERAL, 64, 3, false, false),
    RSP("rsp", RegisterKind.GENERAL, 64, 4, false, false),
    RBP("rbp", RegisterKind.GENERAL, 64, 5, false, false),
    RSI("rsi", RegisterKind.GENERAL, 64, 6, false, false),
    RDI("rdi", RegisterKind.GENERAL, 64, 7, false, false),
    R8("r8", RegisterKind.GENERAL, 64, 8, true, false),
    R9("r9", RegisterKind.GENERAL, 64, 9, true, false),
    R10("r10", RegisterKind.GENERAL, 64, 10, true, false),
    R11("r11", RegisterKind.GENERAL, 64, 11, true, false),
    R12("r12", RegisterKind.GENERAL, 64, 12, true, false),
    R13("r13", RegisterKind.GENERAL, 64, 13, true, false),
    R14("r14", RegisterKind.GENERAL, 64, 14, true, false),
    R15("r15", RegisterKind.GENERAL, 64, 15, true, false),
    EAX("eax", RegisterKind.GENERAL, 32, 0, false, false),
    ECX("ecx", RegisterKind.GENERAL, 32, 1, false, false),
    EDX("edx", RegisterKind.GENERAL, 32, 2, false, false),
    EBX("ebx", RegisterKind.GENERAL, 32, 3, false, false),
    ESP("esp", RegisterKind.GENERAL, 32, 4, false, false),
    EBP("ebp", RegisterKind.GENERAL, 32, 5, false, false),
    ESI("esi", RegisterKind.GENERAL, 32, 6, false, false),
    EDI("edi", RegisterKind.GENERAL, 32, 7, false, false),
    R8D("r8d", RegisterKind.GENERAL, 32, 8, true, false),
    R9D("r9d", RegisterKind.GENERAL, 32, 9, true, false),
    R10D("r10d", RegisterKind.GENERAL, 32, 10, true, false),
    R11D("r11d", RegisterKind.GENERAL, 32, 11, true, false),
    R12D("r12d", RegisterKind.GENERAL, 32, 12, true, false),
    R13D("r13d", RegisterKind.GENERAL, 32, 13, true, false),
    R14D("r14d", RegisterKind.GENERAL, 32, 14, true, false),
    R15D("r15d", RegisterKind.GENERAL, 32, 15, true, false),
    AX("ax", RegisterKind.GENERAL, 16, 0, false, false),
    CX("cx", RegisterKind.GENERAL, 16, 1, false, false),
    DX("dx", RegisterKind.GENERAL, 16, 2, false, false),
    BX("bx", RegisterKind.GENERAL, 16, 3, false, false),
    SP("sp", RegisterKind.GENERAL, 16, 4, false, false),
    BP("bp", RegisterKind.GENERAL, 16, 5, false, false),
    SI("si", RegisterKind.GENERAL, 16, 6, false, false),
    DI("di", RegisterKind.GENERAL, 16, 7, false, false),
    R8W("r8w", RegisterKind.GENERAL, 16, 8, true, false),
    R9W("r9w", RegisterKind.GENERAL, 16, 9, true, false),
    R10W("r10w", RegisterKind.GENERAL, 16, 10, true, false),
    R11W("r11w", RegisterKind.GENERAL, 16, 11, true, false),
    R12W("r12w", RegisterKind.GENERAL, 16, 12, true, false),
    R13W("r13w", RegisterKind.GENERAL, 16, 13, true, false),
    R14W("r14w", RegisterKind.GENERAL, 16, 14, true, false),
    R15W("r15w", RegisterKind.GENERAL, 16, 15, true, false),
    AL("al", RegisterKind.GENERAL, 8, 0, false, false),
    CL("cl", RegisterKind.GENERAL, 8, 1, false, false),
    DL("dl", RegisterKind.GENERAL, 8, 2, false, false),
    BL("bl", RegisterKind.GENERAL, 8, 3, false, false),
    AH("ah", RegisterKind.GENERAL, 8, 4, false, true),
    CH("ch", RegisterKind.GENERAL, 8, 5, false, true),
    DH("dh", RegisterKind.GENERAL, 8, 6, false, true),
    BH("bh", RegisterKind.GENERAL, 8, 7, false, true),
    SPL("spl", RegisterKind.GENERAL, 8, 4, true, false),
    BPL("bpl", RegisterKind.GENERAL, 8, 5, true, false),
    SIL("sil", RegisterKind.GENERAL, 8, 6, true, false),
    DIL("dil", RegisterKind.GENERAL, 8, 7, true, false),
    R8B("r8b", RegisterKind.GENERAL, 8, 8, true, false),
    R9B("r9b", RegisterKind.GENERAL, 8, 9, true, false),
    R10B("r10b", RegisterKind.GENERAL, 8, 10, true, false),
    R11B("r11b", RegisterKind.GENERAL, 8, 11, true, false),
    R12B("r12b", RegisterKind.GENERAL, 8, 12, true, false),
    R13B("r13b", RegisterKind.GENERAL, 8, 13, true, false),
    R14B("r14b", RegisterKind.GENERAL, 8, 14, true, false),
    R15B("r15b", RegisterKind.GENERAL, 8, 15, true, false),
    ES("es", RegisterKind.SEGMENT, 16, 0, false, false),
    CS("cs", RegisterKind.SEGMENT, 16, 1, false, false),
    SS("ss", RegisterKind.SEGMENT, 16, 2, false, false),
    DS("ds", RegisterKind.SEGMENT, 16, 3, false, false),
    FS("fs", RegisterKind.SEGMENT, 16, 4, false, false),
    GS("gs", RegisterKind.SEGMENT, 16, 5, false, false),
    CR0("cr0", RegisterKind.CONTROL, 64, 0, false, false),
    CR1("cr1", RegisterKind.CONTROL, 64, 1, false, false),
    CR2("cr2", RegisterKind.CONTROL, 64, 2, false, false),
    CR3("cr3", RegisterKind.CONTROL, 64, 3, false, false),
    CR4("cr4", RegisterKind.CONTROL, 64, 4, false, false),
    CR5("cr5", RegisterKind.CONTROL, 64, 5, false, false),
    CR6("cr6", RegisterKind.CONTROL, 64, 6, false, false),
    CR7("cr7", RegisterKind.CONTROL, 64, 7, false, false),
    CR8("cr8", RegisterKind.CONTROL, 64, 8, false, false),
    CR9("cr9", RegisterKind.CONTROL, 64, 9, false, false),
    CR10("cr10", RegisterKind.CONTROL, 64, 10, false, false),
    CR11("cr11", RegisterKind.CONTROL, 64, 11, false, false),
    CR12("cr12", RegisterKind.CONTROL, 64, 12, false, false),
    CR13("cr13", RegisterKind.CONTROL, 64, 13, false, false),
    CR14("cr14", RegisterKind.CONTROL, 64, 14, false, false),
    CR15("cr15", RegisterKind.CONTROL, 64, 15, false, false),
    DR0("dr0", RegisterKind.DEBUG, 64, 0, false, false),
    DR1("dr1", RegisterKind.DEBUG, 64, 1, false, false),
    DR2("dr2", RegisterKind.DEBUG, 64, 2, false, false),
    DR3("dr3", RegisterKind.DEBUG, 64, 3, false, false),
    DR4("dr4", RegisterKind.DEBUG, 64, 4, false, false),
    DR5("dr5", RegisterKind.DEBUG, 64, 5, false, false),
    DR6("dr6", RegisterKind.DEBUG, 64, 6, false, false),
    DR7("dr7", RegisterKind.DEBUG, 64, 7, false, false),
    DR8("dr8", RegisterKind.DEBUG, 64, 8, false, false),
    DR9("dr9", RegisterKind.DEBUG, 64, 9, false, false),
    DR10("dr10", RegisterKind.DEBUG, 64, 10, false, false),
    DR11("dr11", RegisterKind.DEBUG, 64, 11, false, false),
    DR12("dr12", RegisterKind.DEBUG, 64, 12, false, false),
    DR13("dr13", RegisterKind.DEBUG, 64, 13, false, false),
    DR14("dr14", RegisterKind.DEBUG, 64, 14, false, false),
    DR15("dr15", RegisterKind.DEBUG, 64, 15, false, false),
    RIP("rip", RegisterKind.INSTRUCTION_POINTER, 64, 0, false, false),
    EIP("eip", RegisterKind.INSTRUCTION_POINTER, 32, 0, false, false);

    private static final Map<String, Register> BY_NAME = new HashMap<>();

    static {
        for (Register r : values()) {
            BY_NAME.put(r.spelling, r);
        }
        for (int i = 8; i < 16; i++) {
            BY_NAME.put("r" + i + "l", BY_NAME.get("r" + i + "b"));
        }
    }

    private final String spelling;
    private final RegisterKind kind;
    private final int bits;
    private final int number;
    private final boolean needsRex;
    private final boolean forbidsRex;

    Register(String spelling, RegisterKind kind, int bits, int number, boolean needsRex, boolean forbidsRex) {
        this.spelling = spelling;
        this.kind = kind;
        this.bits = bits;
        this.number = number;
        this.needsRex = needsRex;
        this.forbidsRex = forbidsRex;
    }

    /** The register named {@code name} (any case), or null. */
    public static Register lookup(String name) {
        Register r = BY_NAME.get(name);
        return r != null ? r : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Lower-case name as nasm prints it. */
    public String spelling() {
        return spelling;
    }

    public RegisterKind kind() {
        return kind;
    }

    /** Operand size in bits. */
    public int bits() {
        return bits;
    }

    /** 4-bit register number: low 3 bits go in ModRM/SIB/opcode, bit 3 in REX. */
    public int number() {
        return number;
    }

    /** spl, bpl, sil, dil and r8..r15 need a REX prefix even when no REX bit is set. */
    public boolean needsRex() {
        return needsRex;
    }

    /** ah, ch, dh, bh cannot be encoded when any REX prefix is present. */
    public boolean forbidsRex() {
        return forbidsRex;
    }

    public boolean isGeneral() {
        return kind == RegisterKind.GENERAL;
    }
}
