; The built-in program for the smallest layout: writes MESSAGE to stdout and exits 0, written for
; size. hello.asm cannot run there: its `mov esi, message` takes a 32-bit absolute address (hello.asm
; uses `lea` only for PIE, to keep the seed's bytes), and smallest loads at 0x500000000.
;
; A plain program: the layout stitches its .text through the ELF header bytes the kernel ignores
; (e_ident after the magic, e_version, e_flags/e_ehsize, then p_align and on), inserting a
; `jmp short` wherever the next instruction does not fit the rest of a hole. With the default
; message that is 86 bytes: the exit code fills p_align and the message follows it.
;
; Relies on Linux starting a static program with every general register but rsp zero, so writing
; the low byte of a register sets all of it.
%ifndef MESSAGE
  %define MESSAGE `Hello!\n`
%endif
%strlen MESSAGE_LENGTH MESSAGE

        section .text
        global  _start
_start:
        mov     al, 1                   ; write(2)
        lea     rsi, [rel message]
        mov     edi, eax                ; fd 1
%if MESSAGE_LENGTH < 256
        mov     dl, MESSAGE_LENGTH
%else
        mov     edx, MESSAGE_LENGTH
%endif
        syscall
        xor     edi, edi                ; status 0
        push    60                      ; exit(2), whatever write returned in rax
        pop     rax
        syscall
message:
        db      MESSAGE
