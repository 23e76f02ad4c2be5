package io.github.tinybin.asm.x86;

import static io.github.tinybin.asm.x86.Asm.ins;
import static io.github.tinybin.asm.x86.Register.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The instructions of the built-in Hello program; bytes from nasm 2.16 -f bin, bits 64. */
class X86EncoderSpineTest {
    @Test
    void movRegisterImmediate() {
        assertEquals("bf 01 00 00 00", ins("mov").reg(EDI).imm(1).hex());
        assertEquals("b8 3c 00 00 00", ins("mov").reg(EAX).imm(60).hex());
        assertEquals("41 b8 07 00 00 00", ins("mov").reg(R8D).imm(7).hex());
    }

    @Test
    void movOfALabelAddressKeepsTheFullImmediate() {
        assertEquals("be 08 00 40 00", ins("mov").reg(ESI).label(0x400008).hex());
        assertEquals("48 b8 08 00 40 00 00 00 00 00", ins("mov").reg(RAX).label(0x400008).hex());
    }

    @Test
    void xorRegisterRegister() {
        assertEquals("31 ff", ins("xor").reg(EDI).reg(EDI).hex());
        assertEquals("4d 31 c0", ins("xor").reg(R8).reg(R8).hex());
    }

    @Test
    void noOperandInstructions() {
        assertEquals("0f 05", ins("syscall").hex());
        assertEquals("0f 0b", ins("ud2").hex());
    }

    @Test
    void isMnemonic() {
        assertEquals(true, new X86Encoder().isMnemonic("jnz"));
        assertEquals(false, new X86Encoder().isMnemonic("frobnicate"));
    }
}
