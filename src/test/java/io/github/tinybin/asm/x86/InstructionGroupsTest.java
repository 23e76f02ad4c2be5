package io.github.tinybin.asm.x86;

import static io.github.tinybin.asm.x86.Asm.ins;
import static io.github.tinybin.asm.x86.Register.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Representative forms of every instruction group; bytes and messages from nasm 2.16 -f bin, bits 64. */
class InstructionGroupsTest {
    @Test
    void shiftsAndRotates() {
        assertEquals("d1 e0", ins("shl").reg(EAX).imm(1).hex()); // shl eax, 1
        assertEquals("48 d1 e3", ins("sal").reg(RBX).imm(1).hex()); // sal rbx, 1
        assertEquals("d2 28", ins("shr").mem(8, RAX).reg(CL).hex()); // shr byte [rax], cl
        assertEquals("66 41 c1 fa 03", ins("sar").reg(R10W).imm(3).hex()); // sar r10w, 3
        assertEquals("48 c1 44 24 08 3f", ins("rol").mem(64, RSP, 8).imm(63).hex()); // rol qword [rsp+8], 63
        assertEquals("d0 da", ins("rcr").reg(DL).imm(1).hex()); // rcr dl, 1
        assertEquals("0f a4 d8 04", ins("shld").reg(EAX).reg(EBX).imm(4).hex()); // shld eax, ebx, 4
        assertEquals("48 0f ad 08", ins("shrd").mem(0, RAX).reg(RCX).reg(CL).hex()); // shrd [rax], rcx, cl
        assertEquals("error: operation size not specified", ins("shl").mem(0, RAX).imm(1).hex()); // shl [rax], 1
    }

    @Test
    void arithmetic() {
        assertEquals("41 ff c0", ins("inc").reg(R8D).hex()); // inc r8d
        assertEquals("fe 0b", ins("dec").mem(8, RBX).hex()); // dec byte [rbx]
        assertEquals("48 f7 d8", ins("neg").reg(RAX).hex()); // neg rax
        assertEquals("66 f7 10", ins("not").mem(16, RAX).hex()); // not word [rax]
        assertEquals("48 f7 e1", ins("mul").reg(RCX).hex()); // mul rcx
        assertEquals("f7 37", ins("div").mem(32, RDI).hex()); // div dword [rdi]
        assertEquals("49 f7 fb", ins("idiv").reg(R11).hex()); // idiv r11
        assertEquals("48 f7 ea", ins("imul").reg(RDX).hex()); // imul rdx
        assertEquals("0f af 03", ins("imul").reg(EAX).mem(0, RBX).hex()); // imul eax, [rbx]
        assertEquals("4d 69 e5 45 23 01 00", ins("imul").reg(R12).reg(R13).imm(0x12345).hex()); // imul r12, r13, 0x12345
        assertEquals("0f b1 37", ins("cmpxchg").mem(0, RDI).reg(ESI).hex()); // cmpxchg [rdi], esi
        assertEquals("f0 48 0f c1 07", ins("xadd").lock().mem(0, RDI).reg(RAX).hex()); // lock xadd [rdi], rax
        assertEquals("0f c7 08", ins("cmpxchg8b").mem(0, RAX).hex()); // cmpxchg8b [rax]
        assertEquals("48 0f c7 08", ins("cmpxchg16b").mem(0, RAX).hex()); // cmpxchg16b [rax]
        assertEquals("66 0f 38 f6 c3", ins("adcx").reg(EAX).reg(EBX).hex()); // adcx eax, ebx
        assertEquals("f3 4c 0f 38 f6 08", ins("adox").reg(R9).mem(0, RAX).hex()); // adox r9, [rax]
    }

    @Test
    void dataTransfer() {
        assertEquals("89 d8", ins("mov").reg(EAX).reg(EBX).hex()); // mov eax, ebx
        assertEquals("4c 89 08", ins("mov").mem(0, RAX).reg(R9).hex()); // mov [rax], r9
        assertEquals("66 8c d8", ins("mov").reg(AX).reg(DS).hex()); // mov ax, ds
        assertEquals("8c c0", ins("mov").reg(RAX).reg(ES).hex()); // mov rax, es
        assertEquals("8e e0", ins("mov").reg(FS).reg(EAX).hex()); // mov fs, eax
        assertEquals("0f 22 c0", ins("mov").reg(CR0).reg(RAX).hex()); // mov cr0, rax
        assertEquals("44 0f 20 c0", ins("mov").reg(RAX).reg(CR8).hex()); // mov rax, cr8
        assertEquals("0f 21 fa", ins("mov").reg(RDX).reg(DR7).hex()); // mov rdx, dr7
        assertEquals("error: instruction not supported in 64-bit mode", ins("mov").reg(EAX).reg(CR0).hex()); // mov eax, cr0
        assertEquals("0f b6 06", ins("movzx").reg(EAX).mem(8, RSI).hex()); // movzx eax, byte [rsi]
        assertEquals("4d 0f b7 c1", ins("movzx").reg(R8).reg(R9W).hex()); // movzx r8, r9w
        assertEquals("48 0f be c0", ins("movsx").reg(RAX).reg(AL).hex()); // movsx rax, al
        assertEquals("48 63 c1", ins("movsxd").reg(RAX).reg(ECX).hex()); // movsxd rax, ecx
        assertEquals("48 63 c1", ins("movsx").reg(RAX).reg(ECX).hex()); // movsx rax, ecx
        assertEquals("93", ins("xchg").reg(EAX).reg(EBX).hex()); // xchg eax, ebx
        assertEquals("93", ins("xchg").reg(EBX).reg(EAX).hex()); // xchg ebx, eax
        assertEquals("87 c0", ins("xchg").reg(EAX).reg(EAX).hex()); // xchg eax, eax
        assertEquals("48 90", ins("xchg").reg(RAX).reg(RAX).hex()); // xchg rax, rax
        assertEquals("49 90", ins("xchg").reg(R8).reg(RAX).hex()); // xchg r8, rax
        assertEquals("86 c3", ins("xchg").reg(AL).reg(BL).hex()); // xchg al, bl
        assertEquals("87 08", ins("xchg").mem(0, RAX).reg(ECX).hex()); // xchg [rax], ecx
        assertEquals("0f c8", ins("bswap").reg(EAX).hex()); // bswap eax
        assertEquals("49 0f ca", ins("bswap").reg(R10).hex()); // bswap r10
        assertEquals("48 8d 35 00 00 00 00", ins("lea").reg(RSI).abs(0, 7).rel().relocatable().hex()); // lea rsi, [rel $+7]
        assertEquals("0f 38 f0 07", ins("movbe").reg(EAX).mem(0, RDI).hex()); // movbe eax, [rdi]
        assertEquals("66 44 0f 38 f1 07", ins("movbe").mem(0, RDI).reg(R8W).hex()); // movbe [rdi], r8w
        assertEquals("66 98", ins("cbw").hex()); // cbw
        assertEquals("98", ins("cwde").hex()); // cwde
        assertEquals("48 98", ins("cdqe").hex()); // cdqe
        assertEquals("66 99", ins("cwd").hex()); // cwd
        assertEquals("99", ins("cdq").hex()); // cdq
        assertEquals("48 99", ins("cqo").hex()); // cqo
    }

    @Test
    void pushAndPop() {
        assertEquals("53", ins("push").reg(RBX).hex()); // push rbx
        assertEquals("41 57", ins("push").reg(R15).hex()); // push r15
        assertEquals("66 51", ins("push").reg(CX).hex()); // push cx
        assertEquals("ff 30", ins("push").mem(64, RAX).hex()); // push qword [rax]
        assertEquals("0f a0", ins("push").reg(FS).hex()); // push fs
        assertEquals("0f a9", ins("pop").reg(GS).hex()); // pop gs
        assertEquals("41 58", ins("pop").reg(R8).hex()); // pop r8
        assertEquals("66 8f 00", ins("pop").mem(16, RAX).hex()); // pop word [rax]
        assertEquals("6a ff", ins("push").imm(-1).hex()); // push -1
        assertWarns("68 00 00 00 80", "signed dword immediate exceeds bounds [-w+number-overflow]", ins("push").imm(0x80000000L)); // push 0x80000000
        assertEquals("error: instruction not supported in 64-bit mode", ins("push").reg(EAX).hex()); // push eax
        assertEquals("error: instruction not supported in 64-bit mode", ins("push").reg(CS).hex()); // push cs
        assertEquals("9c", ins("pushfq").hex()); // pushfq
        assertEquals("9d", ins("popf").hex()); // popf
        assertEquals("66 9c", ins("pushfw").hex()); // pushfw
        assertEquals("error: instruction not supported in 64-bit mode", ins("pusha").hex()); // pusha
    }

    @Test
    void bitInstructions() {
        assertEquals("0f a3 d8", ins("bt").reg(EAX).reg(EBX).hex()); // bt eax, ebx
        assertEquals("48 0f ba 28 3f", ins("bts").mem(64, RAX).imm(63).hex()); // bts qword [rax], 63
        assertEquals("0f b3 08", ins("btr").mem(0, RAX).reg(ECX).hex()); // btr [rax], ecx
        assertEquals("66 41 0f ba f9 01", ins("btc").reg(R9W).imm(1).hex()); // btc r9w, 1
        assertEquals("0f bc c1", ins("bsf").reg(EAX).reg(ECX).hex()); // bsf eax, ecx
        assertEquals("4c 0f bd 00", ins("bsr").reg(R8).mem(0, RAX).hex()); // bsr r8, [rax]
        assertEquals("f3 0f bd c1", ins("lzcnt").reg(EAX).reg(ECX).hex()); // lzcnt eax, ecx
        assertEquals("66 f3 0f bc 03", ins("tzcnt").reg(AX).mem(0, RBX).hex()); // tzcnt ax, [rbx]
        assertEquals("f3 49 0f b8 c1", ins("popcnt").reg(RAX).reg(R9).hex()); // popcnt rax, r9
        assertEquals("f2 0f 38 f0 c3", ins("crc32").reg(EAX).reg(BL).hex()); // crc32 eax, bl
        assertEquals("f2 48 0f 38 f1 07", ins("crc32").reg(RAX).mem(64, RDI).hex()); // crc32 rax, qword [rdi]
        assertEquals("error: operation size not specified", ins("crc32").reg(EAX).mem(0, RDI).hex()); // crc32 eax, [rdi]
    }

    @Test
    void bmiInstructionsUseVex() {
        assertEquals("c4 e2 60 f2 c1", ins("andn").reg(EAX).reg(EBX).reg(ECX).hex()); // andn eax, ebx, ecx
        assertEquals("c4 42 b0 f2 02", ins("andn").reg(R8).reg(R9).mem(0, R10).hex()); // andn r8, r9, [r10]
        assertEquals("c4 e2 70 f7 c3", ins("bextr").reg(EAX).reg(EBX).reg(ECX).hex()); // bextr eax, ebx, ecx
        assertEquals("c4 e2 f8 f3 db", ins("blsi").reg(RAX).reg(RBX).hex()); // blsi rax, rbx
        assertEquals("c4 e2 78 f3 14 24", ins("blsmsk").reg(EAX).mem(0, RSP).hex()); // blsmsk eax, [rsp]
        assertEquals("c4 c2 00 f3 ce", ins("blsr").reg(R15D).reg(R14D).hex()); // blsr r15d, r14d
        assertEquals("c4 e2 f0 f5 c3", ins("bzhi").reg(RAX).reg(RBX).reg(RCX).hex()); // bzhi rax, rbx, rcx
        assertEquals("c4 42 b3 f6 c2", ins("mulx").reg(R8).reg(R9).reg(R10).hex()); // mulx r8, r9, r10
        assertEquals("c4 e2 63 f5 c1", ins("pdep").reg(EAX).reg(EBX).reg(ECX).hex()); // pdep eax, ebx, ecx
        assertEquals("c4 e2 e2 f5 01", ins("pext").reg(RAX).reg(RBX).mem(0, RCX).hex()); // pext rax, rbx, [rcx]
        assertEquals("c4 e3 7b f0 c3 07", ins("rorx").reg(EAX).reg(EBX).imm(7).hex()); // rorx eax, ebx, 7
        assertEquals("c4 e2 72 f7 c3", ins("sarx").reg(EAX).reg(EBX).reg(ECX).hex()); // sarx eax, ebx, ecx
        assertEquals("c4 42 89 f7 65 00", ins("shlx").reg(R12).mem(0, R13).reg(R14).hex()); // shlx r12, [r13], r14
        assertEquals("c4 e2 73 f7 c3", ins("shrx").reg(EAX).reg(EBX).reg(ECX).hex()); // shrx eax, ebx, ecx
        assertEquals("error: invalid combination of opcode and operands", ins("andn").reg(EAX).reg(AH).reg(ECX).hex()); // andn eax, ah, ecx
    }

    @Test
    void stringAndIo() {
        assertEquals("a4", ins("movsb").hex()); // movsb
        assertEquals("48 a5", ins("movsq").hex()); // movsq
        assertEquals("66 a7", ins("cmpsw").hex()); // cmpsw
        assertEquals("f3 48 ab", ins("stosq").prefix(Prefix.REP).hex()); // rep stosq
        assertEquals("f2 ae", ins("scasb").prefix(Prefix.REPNE).hex()); // repne scasb
        assertEquals("f3 a7", ins("cmpsd").prefix(Prefix.REPE).hex()); // repe cmpsd
        assertEquals("64 ac", ins("lodsb").segmentPrefix(FS).hex()); // fs lodsb
        assertEquals("f3 66 67 a5", ins("movsw").prefix(Prefix.A32).prefix(Prefix.REP).hex()); // a32 rep movsw
        assertEquals("66 a4", ins("movsb").prefix(Prefix.O16).hex()); // o16 movsb
        assertEquals("6d", ins("insd").hex()); // insd
        assertEquals("66 6f", ins("outsw").hex()); // outsw
        assertEquals("e4 60", ins("in").reg(AL).imm(0x60).hex()); // in al, 0x60
        assertEquals("ed", ins("in").reg(EAX).reg(DX).hex()); // in eax, dx
        assertEquals("66 e7 80", ins("out").imm(0x80).reg(AX).hex()); // out 0x80, ax
        assertEquals("ee", ins("out").reg(DX).reg(AL).hex()); // out dx, al
        assertEquals("d7", ins("xlatb").hex()); // xlatb
    }

    @Test
    void systemAndMisc() {
        assertEquals("0f 05", ins("syscall").hex()); // syscall
        assertEquals("0f 07", ins("sysret").hex()); // sysret
        assertEquals("0f 34", ins("sysenter").hex()); // sysenter
        assertEquals("0f 01 f8", ins("swapgs").hex()); // swapgs
        assertEquals("0f 01 f9", ins("rdtscp").hex()); // rdtscp
        assertEquals("0f 32", ins("rdmsr").hex()); // rdmsr
        assertEquals("0f 30", ins("wrmsr").hex()); // wrmsr
        assertEquals("0f 33", ins("rdpmc").hex()); // rdpmc
        assertEquals("f4", ins("hlt").hex()); // hlt
        assertEquals("0f 06", ins("clts").hex()); // clts
        assertEquals("0f 08", ins("invd").hex()); // invd
        assertEquals("0f 09", ins("wbinvd").hex()); // wbinvd
        assertEquals("0f a2", ins("cpuid").hex()); // cpuid
        assertEquals("0f 01 10", ins("lgdt").mem(0, RAX).hex()); // lgdt [rax]
        assertEquals("0f 01 0c 24", ins("sidt").mem(0, RSP).hex()); // sidt [rsp]
        assertEquals("0f 00 d0", ins("lldt").reg(AX).hex()); // lldt ax
        assertEquals("0f 00 c0", ins("sldt").reg(RAX).hex()); // sldt rax
        assertEquals("0f 00 08", ins("str").mem(16, RAX).hex()); // str word [rax]
        assertEquals("0f 00 18", ins("ltr").mem(0, RAX).hex()); // ltr [rax]
        assertEquals("0f 01 f0", ins("lmsw").reg(AX).hex()); // lmsw ax
        assertEquals("0f 01 e0", ins("smsw").reg(EAX).hex()); // smsw eax
        assertEquals("0f 01 3f", ins("invlpg").mem(0, RDI).hex()); // invlpg [rdi]
        assertEquals("90", ins("nop").hex()); // nop
        assertEquals("0f 1f c0", ins("nop").reg(EAX).hex()); // nop eax
        assertEquals("66 0f 1f 04 00", ins("nop").mem(16, RAX, RAX, 1, null).hex()); // nop word [rax+rax]
        assertEquals("f3 90", ins("pause").hex()); // pause
        assertEquals("0f 0b", ins("ud2").hex()); // ud2
        assertEquals("0f b9 00", ins("ud1").reg(EAX).mem(0, RAX).hex()); // ud1 eax, [rax]
        assertEquals("0f ff c1", ins("ud0").reg(EAX).reg(ECX).hex()); // ud0 eax, ecx
        assertWarns("0f ff", "instruction obsolete and removed from the target CPU [-w+obsolete-removed]", ins("ud0")); // ud0
        assertEquals("0f c7 f0", ins("rdrand").reg(EAX).hex()); // rdrand eax
        assertEquals("49 0f c7 f9", ins("rdseed").reg(R9).hex()); // rdseed r9
        assertEquals("f8", ins("clc").hex()); // clc
        assertEquals("f9", ins("stc").hex()); // stc
        assertEquals("f5", ins("cmc").hex()); // cmc
        assertEquals("fc", ins("cld").hex()); // cld
        assertEquals("fd", ins("std").hex()); // std
        assertEquals("fa", ins("cli").hex()); // cli
        assertEquals("fb", ins("sti").hex()); // sti
        assertEquals("9f", ins("lahf").hex()); // lahf
        assertEquals("9e", ins("sahf").hex()); // sahf
        assertEquals("error: instruction not supported in 64-bit mode", ins("aaa").hex()); // aaa
        assertEquals("error: instruction not supported in 64-bit mode", ins("daa").hex()); // daa
        assertEquals("error: instruction not supported in 64-bit mode", ins("into").hex()); // into
    }

    @Test
    void explicitPrefixes() {
        assertEquals("f0 01 00", ins("add").lock().mem(0, RAX).reg(EAX).hex()); // lock add [rax], eax
        assertWarns("f0 01 d8", "instruction is not lockable [-w+prefix-lock]", ins("add").lock().reg(EAX).reg(EBX)); // lock add eax, ebx
        assertWarns("f0 a4", "instruction is not lockable [-w+prefix-lock]", ins("movsb").lock()); // lock movsb
        assertWarns("66 01 d8", "invalid operand size prefix, must be o32 [-w+prefix-opsize]", ins("add").prefix(Prefix.O16).reg(EAX).reg(EBX)); // o16 add eax, ebx
        assertWarns("48 01 d8", "invalid operand size prefix, must be o32 [-w+prefix-opsize]", ins("add").prefix(Prefix.O64).reg(EAX).reg(EBX)); // o64 add eax, ebx
        assertEquals("66 50", ins("push").prefix(Prefix.O16).reg(RAX).hex()); // o16 push rax
        assertEquals("50", ins("push").prefix(Prefix.O64).reg(RAX).hex()); // o64 push rax
        assertWarns("48 9c", "invalid operand size prefix, must be o32 [-w+prefix-opsize]", ins("pushfq").prefix(Prefix.O64)); // o64 pushfq
        assertEquals("error: impossible combination of address sizes", ins("add").prefix(Prefix.A16).reg(EAX).reg(EBX).hex()); // a16 add eax, ebx
        assertEquals("error: repne prefix is not allowed", ins("ret").prefix(Prefix.REPNE).hex()); // repne ret
    }

    @Test
    void segmentPrefixWithoutMemoryOperand() {
        // nasm: "cs movsb" is 2e a4 with a prefix-seg warning, which the front end reports (it knows the
        // statement); the encoder warns only for the segment of a memory operand
        assertEquals("2e a4", ins("movsb").segmentPrefix(CS).hex());
    }

    private static void assertWarns(String bytes, String warning, Asm asm) {
        assertEquals(bytes, asm.hex());
        assertEquals(warning, asm.warnings.get(0));
    }
}
