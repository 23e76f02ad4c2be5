; The built-in program for the smallest layout: writes MESSAGE to stdout and exits 0, written for
; size. hello.asm cannot run there: its `mov esi, message` takes a 32-bit absolute address (hello.asm
; uses `lea` only for PIE, to keep the seed's bytes), and smallest loads at 0x500000000.
;
; Each code section is a run of instructions ending in a jump to the next one (`short`: like nasm,
; the assembler makes a branch to another section near unless told), so the layout may put
; it in any of the ELF header bytes the kernel ignores: the first (at most 11 bytes, align=1) goes
; into e_ident and is where execution starts; the layout fills its other holes first-fit in source
; order (e_version: 4 bytes, e_flags/e_ehsize: 6, p_align: 8) and puts the rest after the headers.
; With the default message all of it but the exit lands in the holes (87 bytes in all).
;
; Relies on Linux starting a static program with every general register but rsp zero, so writing
; the low byte of a register sets all of it.
%ifndef MESSAGE
  %define MESSAGE `Hello!\n`
%endif
%strlen MESSAGE_LENGTH MESSAGE

        section .text progbits alloc exec nowrite align=1
        global  _start
_start:
        mov     al, 1                   ; write(2)
        lea     rsi, [rel message]
        jmp     short to_stdout

        section .text.fd progbits alloc exec nowrite align=1
to_stdout:
        mov     edi, eax                ; fd 1
        jmp     short write

        section .text.write progbits alloc exec nowrite align=1
write:
%if MESSAGE_LENGTH < 256
        mov     dl, MESSAGE_LENGTH
%else
        mov     edx, MESSAGE_LENGTH
%endif
        syscall
        jmp     short exit

        section .rodata progbits alloc noexec nowrite align=1
message:
        db      MESSAGE

        section .text.exit progbits alloc exec nowrite align=1
exit:
        xor     edi, edi                ; status 0
        push    60                      ; exit(2), whatever write returned in rax
        pop     rax
        syscall
