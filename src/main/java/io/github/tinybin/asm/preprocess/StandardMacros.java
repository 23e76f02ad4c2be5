package io.github.tinybin.asm.preprocess;

/**
 * The part of nasm's standard macro set (macros/standard.mac, and the elf64 output format's
 * {@code __?SECT?__}) that produces code or data: struc/istruc, align/alignb, sectalign, and the
 * version macros. Our own transcription; {@code section}, {@code bits}, {@code global} and the other
 * directive wrappers are left to the parser (see Preprocessor#observeDirective).
 */
final class StandardMacros {
    private StandardMacros() {
    }

    static final String SOURCE = """
        %define __?NASM_MAJOR?__ 2
        %define __?NASM_MINOR?__ 16
        %define __?NASM_SUBMINOR?__ 1
        %define __?NASM_PATCHLEVEL?__ 0
        %define __?NASM_VERSION_ID?__ 002100100h
        %define __?NASM_VER?__ "2.16.01"
        %define __NASM_MAJOR__ 2
        %define __NASM_MINOR__ 16
        %define __NASM_SUBMINOR__ 1
        %define __NASM_PATCHLEVEL__ 0
        %define __NASM_VERSION_ID__ 002100100h
        %define __NASM_VER__ "2.16.01"
        %define __?OUTPUT_FORMAT?__ elf64
        %define __OUTPUT_FORMAT__ elf64
        %define __?SECT?__ [section .text]
        %define __SECT__ [section .text]
        %define __?SECTALIGN_ALIGN_UPDATES_SECTION?__ 1
        %imacro sectalign 1+.nolist
            %ifidni %1,off
                %define __?SECTALIGN_ALIGN_UPDATES_SECTION?__ 0
            %elifidni %1,on
                %define __?SECTALIGN_ALIGN_UPDATES_SECTION?__ 1
            %else
                [sectalign %1]
            %endif
        %endmacro
        %imacro struc 1-2.nolist 0
            %push
                %define %$strucname %1
                [absolute %2]
                %$strucname:
        %endmacro
        %imacro endstruc 0.nolist
                %{$strucname}_size equ ($-%$strucname)
            %pop
            __?SECT?__
        %endmacro
        %imacro istruc 1.nolist
            %push
                %define %$strucname %1
                %$strucstart:
        %endmacro
        %imacro at 1-2+.nolist
            %defstr %$member %1
            %substr %$member1 %$member 1
            %ifidn %$member1, '.'
                times (%$strucname%1-%$strucname)-($-%$strucstart) db 0
            %else
                times (%1-%$strucname)-($-%$strucstart) db 0
            %endif
            %2
        %endmacro
        %imacro iend 0.nolist
                times %{$strucname}_size-($-%$strucstart) db 0
            %pop
        %endmacro
        %imacro align 1-2+.nolist nop
            %if __?SECTALIGN_ALIGN_UPDATES_SECTION?__
                sectalign %1
            %endif
            times (((%1) - (($-$$) % (%1))) % (%1)) %2
        %endmacro
        %imacro alignb 1-2+.nolist
            %if __?SECTALIGN_ALIGN_UPDATES_SECTION?__
                sectalign %1
            %endif
            %ifempty %2
                [warning push]
                [warning -zeroing]
                resb (((%1) - (($-$$) % (%1))) % (%1))
                [warning pop]
            %else
                times (((%1) - (($-$$) % (%1))) % (%1)) %2
            %endif
        %endmacro
        """;

    /** nasm's {@code %use altreg}: r0..r15 names for the legacy registers, with d/w/b/l/h suffixes. */
    static String altreg() {
        String[] q = {"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"};
        String[] d = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
        String[] w = {"ax", "cx", "dx", "bx", "sp", "bp", "si", "di"};
        String[] b = {"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"};
        String[] h = {"ah", "ch", "dh", "bh"};
        StringBuilder sb = new StringBuilder();
        for (int r = 8; r <= 15; r++) {
            sb.append("%idefine r").append(r).append("l r").append(r).append("b\n");
        }
        for (int r = 0; r < 8; r++) {
            sb.append("%idefine r").append(r).append(' ').append(q[r]).append('\n');
            sb.append("%idefine r").append(r).append("d ").append(d[r]).append('\n');
            sb.append("%idefine r").append(r).append("w ").append(w[r]).append('\n');
            sb.append("%idefine r").append(r).append("b ").append(b[r]).append('\n');
            sb.append("%idefine r").append(r).append("l ").append(b[r]).append('\n');
        }
        for (int r = 0; r < 4; r++) {
            sb.append("%idefine r").append(r).append("h ").append(h[r]).append('\n');
        }
        return sb.toString();
    }
}
