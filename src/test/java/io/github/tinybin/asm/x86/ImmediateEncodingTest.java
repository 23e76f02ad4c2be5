package io.github.tinybin.asm.x86;

import static io.github.tinybin.asm.x86.Asm.ins;
import static io.github.tinybin.asm.x86.Register.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How immediates are encoded and checked; expected bytes and messages from nasm 2.16 -f bin, bits 64. */
class ImmediateEncodingTest {
    @Test
    void signExtendedByteFormsWhenTheValueFits() {
        assertEquals("83 c0 01", ins("add").reg(EAX).imm(1).hex()); // add eax, 1
        assertEquals("83 c0 80", ins("add").reg(EAX).imm(-128).hex()); // add eax, -128
        assertEquals("05 80 00 00 00", ins("add").reg(EAX).imm(128).hex()); // add eax, 128
        assertEquals("81 c3 80 00 00 00", ins("add").reg(EBX).imm(128).hex()); // add ebx, 128
        assertEquals("66 83 c0 ff", ins("add").reg(AX).imm(0xffff).hex()); // add ax, 0xffff
        assertEquals("48 05 ff ff ff 7f", ins("add").reg(RAX).imm(0x7fffffff).hex()); // add rax, 0x7fffffff
        assertEquals("49 83 e9 ff", ins("sub").reg(R9).imm(-1).hex()); // sub r9, -1
        assertEquals("3c 05", ins("cmp").reg(AL).imm(5).hex()); // cmp al, 5
        assertEquals("83 20 7f", ins("and").mem(32, RAX).imm(0x7f).hex()); // and dword [rax], 0x7f
        assertEquals("66 81 0b 80 00", ins("or").mem(16, RBX).imm(0x80).hex()); // or word [rbx], 0x80
        assertEquals("6b c3 0a", ins("imul").reg(EAX).reg(EBX).imm(10).hex()); // imul eax, ebx, 10
        assertEquals("69 c0 e8 03 00 00", ins("imul").reg(EAX).imm(1000).hex()); // imul eax, 1000
        assertEquals("6a 01", ins("push").imm(1).hex()); // push 1
        assertEquals("68 80 00 00 00", ins("push").imm(128).hex()); // push 128
        assertEquals("66 6a 01", ins("push").imm(16, 1).hex()); // push word 1
        assertEquals("a9 01 00 00 00", ins("test").reg(EAX).imm(1).hex()); // test eax, 1
        assertEquals("f7 c3 01 00 00 00", ins("test").reg(EBX).imm(1).hex()); // test ebx, 1
    }

    @Test
    void movOfA64BitRegisterTakesTheShortestForm() {
        assertEquals("b8 01 00 00 00", ins("mov").reg(RAX).imm(1).hex()); // mov rax, 1
        assertEquals("b8 ff ff ff ff", ins("mov").reg(RAX).imm(0xffffffffL).hex()); // mov rax, 0xffffffff
        assertEquals("48 c7 c0 ff ff ff ff", ins("mov").reg(RAX).imm(-1).hex()); // mov rax, -1
        assertEquals("49 c7 c4 00 00 00 80", ins("mov").reg(R12).imm(-0x80000000L).hex()); // mov r12, -0x80000000
        assertEquals("48 b8 00 00 00 00 01 00 00 00", ins("mov").reg(RAX).imm(0x100000000L).hex()); // mov rax, 0x100000000
        assertEquals("48 b8 01 00 00 00 00 00 00 00", ins("mov").reg(RAX).imm(64, 1).strict().hex()); // mov rax, strict qword 1
        assertEquals("b0 12", ins("mov").reg(AL).imm(0x12).hex()); // mov al, 0x12
        assertEquals("66 41 bf 34 12", ins("mov").reg(R15W).imm(0x1234).hex()); // mov r15w, 0x1234
        assertEquals("48 c7 00 ff ff ff ff", ins("mov").mem(64, RAX).imm(-1).hex()); // mov qword [rax], -1
    }

    @Test
    void strictAndSizeKeywords() {
        assertEquals("05 01 00 00 00", ins("add").reg(EAX).imm(32, 1).strict().hex()); // add eax, strict dword 1
        assertEquals("83 c0 01", ins("add").reg(EAX).imm(8, 1).hex()); // add eax, byte 1
        assertEquals("83 00 01", ins("add").mem(0, RAX).imm(32, 1).hex()); // add [rax], dword 1
        assertEquals("80 00 01", ins("add").mem(0, RAX).imm(8, 1).hex()); // add [rax], byte 1
        assertEquals("error: mismatch in operand sizes", ins("add").reg(RCX).imm(32, 1).hex()); // add rcx, dword 1
        assertEquals("6a 01", ins("push").imm(32, 1).hex()); // push dword 1
    }

    @Test
    void sizeErrors() {
        assertEquals("error: operation size not specified", ins("add").mem(0, RAX).imm(1).hex()); // add [rax], 1
        assertEquals("error: operation size not specified", ins("inc").mem(0, RAX).hex()); // inc [rax]
        assertEquals("error: operation size not specified", ins("push").mem(0, RAX).hex()); // push [rax]
        assertEquals("error: operation size not specified", ins("movzx").reg(EAX).mem(0, RAX).hex()); // movzx eax, [rax]
        assertEquals("error: invalid combination of opcode and operands", ins("mov").reg(EAX).reg(BX).hex()); // mov eax, bx
        assertEquals("error: mismatch in operand sizes", ins("adc").mem(8, RAX).reg(AX).hex()); // adc byte [rax], ax
        assertEquals("error: mismatch in operand sizes", ins("setz").mem(16, RAX).hex()); // setz word [rax]
        assertEquals("error: invalid combination of opcode and operands", ins("bt").mem(8, RAX).imm(1).hex()); // bt byte [rax], 1
        assertEquals("error: invalid combination of opcode and operands", ins("cmpxchg16b").mem(64, RAX).hex()); // cmpxchg16b qword [rax]
        assertEquals("error: mismatch in operand sizes", ins("lgdt").mem(64, RAX).hex()); // lgdt qword [rax]
    }

    @Test
    void unsizedMemoryTakesTheOnlySizeThatFits() {
        assertEquals("ff 20", ins("jmp").mem(0, RAX).hex()); // jmp [rax]
        assertEquals("0f 94 00", ins("setz").mem(0, RAX).hex()); // setz [rax]
        assertEquals("48 63 00", ins("movsxd").reg(RAX).mem(0, RAX).hex()); // movsxd rax, [rax]
        assertEquals("66 0f b6 00", ins("movzx").reg(AX).mem(0, RAX).hex()); // movzx ax, [rax]
        assertEquals("89 08", ins("mov").mem(0, RAX).reg(ECX).hex()); // mov [rax], ecx
        assertEquals("0f 01 10", ins("lgdt").mem(0, RAX).hex()); // lgdt [rax]
        assertEquals("8c 00", ins("mov").mem(0, RAX).reg(ES).hex()); // mov [rax], es
    }

    @Test
    void overflowWarnings() {
        assertWarns("b8 89 67 45 23", "dword data exceeds bounds [-w+number-overflow]", ins("mov").reg(EAX).imm(0x123456789L)); // mov eax, 0x123456789
        assertWarns("b0 00", "byte data exceeds bounds [-w+number-overflow]", ins("mov").reg(AL).imm(256)); // mov al, 256
        assertWarns("83 c0 e8", "signed byte value exceeds bounds [-w+number-overflow]", ins("add").reg(EAX).imm(8, 1000)); // add eax, byte 1000
        assertWarns("66 83 c0 ff", "word value exceeds bounds [-w+number-overflow]", ins("add").reg(AX).imm(0x1ffff)); // add ax, 0x1ffff
        assertWarns("48 83 c0 ff", "signed dword value exceeds bounds [-w+number-overflow]", ins("add").reg(RAX).imm(0xffffffffL)); // add rax, 0xffffffff
        assertWarns("48 05 00 00 00 80", "signed dword immediate exceeds bounds [-w+number-overflow]", ins("add").reg(RAX).imm(0x80000000L)); // add rax, 0x80000000
        assertWarns("c1 e0 ff", "byte data exceeds bounds [-w+number-overflow]", ins("shl").reg(EAX).imm(-1)); // shl eax, -1
        assertWarns("cd 00", "byte data exceeds bounds [-w+number-overflow]", ins("int").imm(256)); // int 256
    }

    @Test
    void labelAddressesAreNeverShrunk() {
        // nasm: "push label" keeps imm32, "mov rax, label" keeps imm64, "add rax, label" keeps id,s
        assertEquals("68 10 00 00 00", ins("push").label(0x10).hex());
        assertEquals("48 b8 10 00 00 00 00 00 00 00", ins("mov").reg(RAX).label(0x10).hex());
        assertEquals("48 05 10 00 00 00", ins("add").reg(RAX).label(0x10).hex());
        assertEquals("b8 10 00 00 00", ins("mov").reg(EAX).label(0x10).hex());
        assertEquals("c1 e0 01", ins("shl").reg(EAX).label(1).hex());
    }

    @Test
    void unknownValuesAreOptimistic() {
        // a forward reference in the first pass: nasm assumes the short forms, later passes settle
        assertEquals(3, ins("add").reg(EAX).imm(0).forward().length());
        assertEquals(2, ins("shl").reg(EAX).imm(0).forward().length());
        assertEquals(5, ins("mov").reg(RAX).imm(0).forward().length());
        assertEquals(5, ins("add").reg(EAX).imm(32, 0).forward().strict().length()); // strict: 05 id
    }

    private static void assertWarns(String bytes, String warning, Asm asm) {
        assertEquals(bytes, asm.hex());
        assertEquals(warning, asm.warnings.get(0));
    }
}
