package io.github.tinybin.asm.x86;

import static io.github.tinybin.asm.x86.Asm.ins;
import static io.github.tinybin.asm.x86.Register.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Relative branches, relaxation decisions and indirect control transfer. Targets are label addresses
 * relative to the instruction at 0 ({@code $+n} in nasm); bytes and messages from nasm 2.16, bits 64.
 */
class BranchEncodingTest {
    @Test
    void jumpsAreShortWhenTheTargetIsNear() {
        assertEquals("eb fe", ins("jmp").label(0).hex()); // jmp $
        assertEquals("eb 7f", ins("jmp").label(0x81).hex()); // jmp $+0x81
        assertEquals("e9 7d 00 00 00", ins("jmp").label(0x82).hex()); // jmp $+0x82
        assertEquals("eb 80", ins("jmp").label(-0x7e).hex()); // jmp $-0x7e
        assertEquals("e9 7c ff ff ff", ins("jmp").label(-0x7f).hex()); // jmp $-0x7f
        assertEquals("74 0e", ins("jz").label(0x10).hex()); // jz $+0x10
        assertEquals("0f 82 fa 0f 00 00", ins("jnae").label(0x1000).hex()); // jnae $+0x1000
        assertEquals("0f 8f fa ef ff ff", ins("jg").label(-0x1000).hex()); // jg $-0x1000
        assertEquals("e9 fb ff ff ff", ins("jmp").label(0).distance(Operand.Distance.NEAR).hex()); // jmp near $
        assertEquals("eb 0e", ins("jmp").label(0x10).distance(Operand.Distance.SHORT).hex()); // jmp short $+0x10
        assertEquals("error: short jump is out of range", ins("jmp").label(0x1000).distance(Operand.Distance.SHORT).hex()); // jmp short $+0x1000
        assertEquals("e9 fb ff ff ff", ins("jmp").label(0).strict().hex()); // jmp strict $
        assertEquals("e9 fb ff ff ff", ins("jmp").imm(0).hex()); // jmp 0
    }

    @Test
    void everyConditionSpelling() {
        assertEquals("70 fe", ins("jo").label(0).hex()); // jo $
        assertEquals("71 fe", ins("jno").label(0).hex()); // jno $
        assertEquals("72 fe", ins("jb").label(0).hex()); // jb $
        assertEquals("72 fe", ins("jc").label(0).hex()); // jc $
        assertEquals("72 fe", ins("jnae").label(0).hex()); // jnae $
        assertEquals("73 fe", ins("jnb").label(0).hex()); // jnb $
        assertEquals("73 fe", ins("jnc").label(0).hex()); // jnc $
        assertEquals("73 fe", ins("jae").label(0).hex()); // jae $
        assertEquals("74 fe", ins("je").label(0).hex()); // je $
        assertEquals("74 fe", ins("jz").label(0).hex()); // jz $
        assertEquals("75 fe", ins("jne").label(0).hex()); // jne $
        assertEquals("75 fe", ins("jnz").label(0).hex()); // jnz $
        assertEquals("76 fe", ins("jbe").label(0).hex()); // jbe $
        assertEquals("76 fe", ins("jna").label(0).hex()); // jna $
        assertEquals("77 fe", ins("jnbe").label(0).hex()); // jnbe $
        assertEquals("77 fe", ins("ja").label(0).hex()); // ja $
        assertEquals("78 fe", ins("js").label(0).hex()); // js $
        assertEquals("79 fe", ins("jns").label(0).hex()); // jns $
        assertEquals("7a fe", ins("jp").label(0).hex()); // jp $
        assertEquals("7a fe", ins("jpe").label(0).hex()); // jpe $
        assertEquals("7b fe", ins("jnp").label(0).hex()); // jnp $
        assertEquals("7b fe", ins("jpo").label(0).hex()); // jpo $
        assertEquals("7c fe", ins("jl").label(0).hex()); // jl $
        assertEquals("7c fe", ins("jnge").label(0).hex()); // jnge $
        assertEquals("7d fe", ins("jnl").label(0).hex()); // jnl $
        assertEquals("7d fe", ins("jge").label(0).hex()); // jge $
        assertEquals("7e fe", ins("jle").label(0).hex()); // jle $
        assertEquals("7e fe", ins("jng").label(0).hex()); // jng $
        assertEquals("7f fe", ins("jnle").label(0).hex()); // jnle $
        assertEquals("7f fe", ins("jg").label(0).hex()); // jg $
        assertEquals("0f 97 c0", ins("setnbe").reg(AL).hex()); // setnbe al
        assertEquals("0f 9b 00", ins("setpo").mem(8, RAX).hex()); // setpo byte [rax]
        assertEquals("4c 0f 4d 0b", ins("cmovge").reg(R9).mem(0, RBX).hex()); // cmovge r9, [rbx]
        assertEquals("66 0f 42 c1", ins("cmovc").reg(AX).reg(CX).hex()); // cmovc ax, cx
    }

    @Test
    void loopsAndCounterJumps() {
        assertEquals("e2 fe", ins("loop").label(0).hex()); // loop $
        assertEquals("e0 1e", ins("loopnz").label(0x20).hex()); // loopnz $+0x20
        assertEquals("e1 ee", ins("loope").label(-0x10).hex()); // loope $-0x10
        assertEquals("e3 fe", ins("jrcxz").label(0).hex()); // jrcxz $
        assertEquals("67 e3 fd", ins("jecxz").label(0).hex()); // jecxz $
        assertEquals("error: short jump is out of range", ins("loop").label(0x100).hex()); // loop $+0x100
    }

    @Test
    void callsReturnsAndIndirectBranches() {
        assertEquals("e8 fb ff ff ff", ins("call").label(0).hex()); // call $
        assertEquals("e8 fb 0f 00 00", ins("call").label(0x1000).hex()); // call $+0x1000
        assertEquals("ff d0", ins("call").reg(RAX).hex()); // call rax
        assertEquals("ff 50 08", ins("call").mem(0, RAX, 8).hex()); // call [rax+8]
        assertEquals("41 ff e3", ins("jmp").reg(R11).hex()); // jmp r11
        assertEquals("ff 24 24", ins("jmp").mem(64, RSP).hex()); // jmp qword [rsp]
        assertEquals("48 ff 28", ins("jmp").mem(0, RAX).distance(Operand.Distance.FAR).hex()); // jmp far [rax]
        assertEquals("ff 18", ins("call").mem(32, RAX).distance(Operand.Distance.FAR).hex()); // call far dword [rax]
        assertEquals("error: instruction not supported in 64-bit mode", ins("jmp").reg(EAX).hex()); // jmp eax
        assertEquals("error: instruction not supported in 64-bit mode", ins("jmp").mem(16, RAX).hex()); // jmp word [rax]
        assertEquals("c3", ins("ret").hex()); // ret
        assertEquals("c2 08 00", ins("ret").imm(8).hex()); // ret 8
        assertEquals("c2 10 00", ins("retn").imm(16).hex()); // retn 16
        assertEquals("cb", ins("retf").hex()); // retf
        assertEquals("ca 04 00", ins("retf").imm(4).hex()); // retf 4
        assertEquals("c8 10 00 00", ins("enter").imm(16).imm(0).hex()); // enter 16, 0
        assertEquals("c9", ins("leave").hex()); // leave
        assertEquals("48 cf", ins("iretq").hex()); // iretq
        assertEquals("cd 80", ins("int").imm(0x80).hex()); // int 0x80
        assertEquals("cc", ins("int3").hex()); // int3
        assertEquals("f1", ins("int1").hex()); // int1
        assertEquals("error: invalid use of FAR operand specifier", ins("jz").label(0).distance(Operand.Distance.FAR).hex()); // jz far $
        assertEquals("error: instruction not supported in 64-bit mode", ins("jmp").imm(0x1000).distance(Operand.Distance.FAR).hex()); // jmp far 0x1000
    }

    @Test
    void forwardReferencesAreOptimisticallyShort() {
        // the target is not known yet in this pass: nasm picks the short form and relaxes later
        assertEquals(2, ins("jmp").imm(0).forward().length());
        assertEquals(2, ins("jz").imm(0).forward().length());
        assertEquals(5, ins("call").imm(0).forward().length());
        assertEquals(5, ins("jmp").imm(0).forward().distance(Operand.Distance.NEAR).length());
        assertEquals(6, ins("jz").imm(0).forward().distance(Operand.Distance.NEAR).length());
    }

    @Test
    void branchesToAnotherSectionAreNear() {
        // nasm: "jmp foo" / "jz foo" with foo in the next section, 7 and 1 bytes on: e9 07.., 0f 84 01..
        Asm jmp = ins("jmp").label(0xc);
        jmp.last().inOtherSection = true;
        assertEquals("e9 07 00 00 00", jmp.hex());
        Asm jz = ins("jz").label(0xc).at(5);
        jz.last().inOtherSection = true;
        assertEquals("0f 84 01 00 00 00", jz.hex());
    }

    @Test
    void displacementsCountFromTheInstructionsAddress() {
        assertEquals("eb 0e", ins("jmp").label(0x401010).at(0x401000).hex());
        assertEquals("e9 fb 0f 00 00", ins("jmp").label(0x402000).at(0x401000).hex());
        assertEquals("e8 f7 ef ff ff", ins("call").label(0x400000).at(0x401004).hex());
    }

    private static void assertWarns(String bytes, String warning, Asm asm) {
        assertEquals(bytes, asm.hex());
        assertEquals(warning, asm.warnings.get(0));
    }
}
