package io.github.tinybin.asm.x86;

import static io.github.tinybin.asm.x86.Asm.ins;
import static io.github.tinybin.asm.x86.Register.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ModRM/SIB/displacement/REX for every addressing form; bytes and messages from nasm 2.16, bits 64. */
class AddressingTest {
    @Test
    void baseIndexScaleDisplacement() {
        assertEquals("8b 00", ins("mov").reg(EAX).mem(0, RAX).hex()); // mov eax, [rax]
        assertEquals("8b 40 08", ins("mov").reg(EAX).mem(0, RAX, 8).hex()); // mov eax, [rax+8]
        assertEquals("8b 80 80 00 00 00", ins("mov").reg(EAX).mem(0, RAX, 0x80).hex()); // mov eax, [rax+0x80]
        assertEquals("8b 40 80", ins("mov").reg(EAX).mem(0, RAX, -0x80).hex()); // mov eax, [rax-0x80]
        assertEquals("8b 00", ins("mov").reg(EAX).mem(0, RAX, 0).hex()); // mov eax, [rax+0]
        assertEquals("8b 44 98 08", ins("mov").reg(EAX).mem(0, RAX, RBX, 4, 8L).hex()); // mov eax, [rax+rbx*4+8]
        assertEquals("4f 8b 44 d1 ff", ins("mov").reg(R8).mem(0, R9, R10, 8, -1L).hex()); // mov r8, [r9+r10*8-1]
        assertEquals("8b 00", ins("mov").reg(EAX).mem(0, RAX, 0x100000000L).hex()); // mov eax, [rax+0x100000000]
    }

    @Test
    void specialBaseRegisters() {
        assertEquals("8b 04 24", ins("mov").reg(EAX).mem(0, RSP).hex()); // mov eax, [rsp]
        assertEquals("41 8b 04 24", ins("mov").reg(EAX).mem(0, R12).hex()); // mov eax, [r12]
        assertEquals("8b 45 00", ins("mov").reg(EAX).mem(0, RBP).hex()); // mov eax, [rbp]
        assertEquals("41 8b 45 00", ins("mov").reg(EAX).mem(0, R13).hex()); // mov eax, [r13]
        assertEquals("8b 04 04", ins("mov").reg(EAX).mem(0, RSP, RAX, 1, null).hex()); // mov eax, [rsp+rax]
        assertEquals("8b 04 04", ins("mov").reg(EAX).mem(0, RAX, RSP, 1, null).hex()); // mov eax, [rax+rsp]
        assertEquals("8b 44 05 00", ins("mov").reg(EAX).mem(0, RBP, RAX, 1, null).hex()); // mov eax, [rbp+rax]
        assertEquals("43 8b 04 2c", ins("mov").reg(EAX).mem(0, R12, R13, 1, null).hex()); // mov eax, [r12+r13]
    }

    @Test
    void indexOnlyAndSplitting() {
        assertEquals("8b 04 85 00 00 00 00", ins("mov").reg(EAX).mem(0, null, RAX, 4, null).hex()); // mov eax, [rax*4]
        assertEquals("8b 04 c5 10 00 00 00", ins("mov").reg(EAX).mem(0, null, RAX, 8, 0x10L).hex()); // mov eax, [rax*8+0x10]
        assertEquals("8b 04 00", ins("mov").reg(EAX).mem(0, null, RAX, 2, null).hex()); // mov eax, [rax*2]
        assertEquals("8b 04 45 00 00 00 00", ins("mov").reg(EAX).mem(0, null, RAX, 2, null).nosplit().hex()); // mov eax, [nosplit rax*2]
        assertEquals("8b 04 40", ins("mov").reg(EAX).mem(0, null, RAX, 3, null).hex()); // mov eax, [rax*3]
        assertEquals("8b 44 9b 01", ins("mov").reg(EAX).mem(0, null, RBX, 5, 1L).hex()); // mov eax, [rbx*5+1]
        assertEquals("43 8b 04 c9", ins("mov").reg(EAX).mem(0, null, R9, 9, null).hex()); // mov eax, [r9*9]
        assertEquals("8b 00", ins("mov").reg(EAX).mem(0, null, RAX, 1, null).hex()); // mov eax, [rax*1]
        assertEquals("8b 04 05 00 00 00 00", ins("mov").reg(EAX).mem(0, null, RAX, 1, null).nosplit().hex()); // mov eax, [nosplit rax*1]
    }

    @Test
    void absoluteRipRelativeAndSegments() {
        assertEquals("8b 04 25 00 10 00 00", ins("mov").reg(EAX).abs(0, 0x1000).hex()); // mov eax, [0x1000]
        assertEquals("64 8b 04 25 28 00 00 00", ins("mov").reg(EAX).abs(0, 0x28).seg(FS).hex()); // mov eax, [fs:0x28]
        assertEquals("65 48 8b 03", ins("mov").reg(RAX).mem(0, RBX).seg(GS).hex()); // mov rax, [gs:rbx]
        assertEquals("a1 00 10 00 00 00 00 00 00", ins("mov").reg(EAX).abs(0, 0x1000).dispBits(64).hex()); // mov eax, [qword 0x1000]
        assertEquals("a0 88 77 66 55 44 33 22 11", ins("mov").reg(AL).abs(0, 0x1122334455667788L).dispBits(64).hex()); // mov al, [qword 0x1122334455667788]
        assertEquals("67 a1 00 10 00 00", ins("mov").prefix(Prefix.A32).reg(EAX).abs(0, 0x1000).hex()); // a32 mov eax, [0x1000]
        assertWarns("8b 04 25 05 00 00 00", "absolute address can not be RIP-relative [-w+ea-absolute]", ins("mov").reg(EAX).abs(0, 5).rel()); // mov eax, [rel 5]
        assertWarns("26 8b 00", "es segment base generated, but will be ignored in 64-bit mode [-w+prefix-seg]", ins("mov").reg(EAX).mem(0, RAX).seg(ES)); // mov eax, [es:rax]
    }

    @Test
    void displacementSizes() {
        assertEquals("8b 40 00", ins("mov").reg(EAX).mem(0, RAX, 0).dispBits(8).hex()); // mov eax, [byte rax+0]
        assertEquals("8b 80 00 00 00 00", ins("mov").reg(EAX).mem(0, RAX).dispBits(32).hex()); // mov eax, [dword rax]
        assertWarns("8b 40 c8", "byte data exceeds bounds [-w+number-overflow]", ins("mov").reg(EAX).mem(0, RAX, 200).dispBits(8)); // mov eax, [byte rax+200]
        assertWarns("8b 80 00 00 00 80", "dword data exceeds bounds [-w+number-overflow]", ins("mov").reg(EAX).mem(0, RAX, 0x80000000L)); // mov eax, [rax+0x80000000]
    }

    @Test
    void thirtyTwoBitAddresses() {
        assertEquals("67 8b 00", ins("mov").reg(EAX).mem(0, EAX).hex()); // mov eax, [eax]
        assertEquals("67 8b 04 00", ins("mov").reg(EAX).mem(0, null, EAX, 2, null).hex()); // mov eax, [eax*2]
        assertEquals("67 4b 8d 44 88 03", ins("lea").reg(RAX).mem(0, R8D, R9D, 4, 3L).hex()); // lea rax, [r8d+r9d*4+3]
    }

    @Test
    void addressErrors() {
        assertEquals("error: impossible combination of address sizes", ins("mov").reg(EAX).mem(0, AX).hex()); // mov eax, [ax]
        assertEquals("error: impossible combination of address sizes", ins("mov").reg(EAX).mem(0, EAX, RBX, 1, null).hex()); // mov eax, [eax+rbx]
        assertEquals("error: invalid 64-bit effective address", ins("mov").reg(EAX).mem(0, null, RSP, 2, null).hex()); // mov eax, [rsp*2]
        assertEquals("error: invalid 64-bit effective address", ins("mov").reg(EAX).mem(0, RSP, RSP, 1, null).hex()); // mov eax, [rsp+rsp]
        assertEquals("error: invalid 64-bit effective address", ins("mov").reg(EAX).mem(0, RAX).dispBits(16).hex()); // mov eax, [word rax]
        assertEquals("error: impossible combination of address sizes", ins("mov").prefix(Prefix.A32).mem(0, RAX).reg(DL).hex()); // a32 mov [rax], dl
    }

    @Test
    void rexRules() {
        assertEquals("40 88 c6", ins("mov").reg(SIL).reg(AL).hex()); // mov sil, al
        assertEquals("88 dc", ins("mov").reg(AH).reg(BL).hex()); // mov ah, bl
        assertEquals("error: cannot use high byte register in rex instruction", ins("mov").reg(AH).reg(SIL).hex()); // mov ah, sil
        assertEquals("error: cannot use high byte register in rex instruction", ins("mov").reg(AH).mem(0, R12).hex()); // mov ah, [r12]
        assertEquals("error: cannot use high byte register in rex instruction", ins("add").reg(AH).reg(R8B).hex()); // add ah, r8b
        assertEquals("40 0f b6 c4", ins("movzx").reg(EAX).reg(SPL).hex()); // movzx eax, spl
        assertEquals("66 45 89 04 47", ins("mov").mem(0, R15, RAX, 2, null).reg(R8W).hex()); // mov [r15+rax*2], r8w
    }

    @Test
    void ripRelativeDisplacementIsFromTheEndOfTheInstruction() {
        // nasm: "mov eax, [rel msg]" at 0x401000 with msg at 0x402000: 8b 05 + (0x402000 - 0x401006)
        assertEquals("8b 05 fa 0f 00 00", ins("mov").reg(EAX).abs(0, 0x402000).rel().relocatable().at(0x401000).hex());
        // with an immediate after the displacement the end of the instruction is further on
        assertEquals("c7 05 f6 0f 00 00 01 00 00 00",
                ins("mov").abs(32, 0x402000).rel().relocatable().imm(1).at(0x401000).hex());
    }

    @Test
    void labelDisplacementsKeepFourBytes() {
        // nasm never shrinks a displacement that is an address: [rax+label] stays disp32
        assertEquals("8b 80 10 00 00 00", ins("mov").reg(EAX).mem(0, RAX, 0x10).relocatable().hex());
    }

    private static void assertWarns(String bytes, String warning, Asm asm) {
        assertEquals(bytes, asm.hex());
        assertEquals(warning, asm.warnings.get(0));
    }
}
