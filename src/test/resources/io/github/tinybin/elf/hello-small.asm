; Hello written for size, for the smallest layout: the first code section (at most 11 bytes,
; align=1) lands in the ELF identification bytes and is where execution starts; it continues in
; a second code section after the headers; the message fits the p_align hole.
; Relies on Linux starting a static program with every general register but rsp zero.
        section .text progbits alloc exec nowrite align=1
        global  _start
_start:
        mov     al, 1                   ; write(2)
        mov     edi, eax                ; fd 1
        mov     dl, length
        jmp     finish

        section .text.rest progbits alloc exec nowrite align=1
finish:
        lea     rsi, [rel message]
        syscall
        mov     al, 60                  ; exit(2); write left 7 in rax
        xor     edi, edi
        syscall

        section .rodata progbits alloc noexec nowrite align=1
message: db     "Hello!", 10
length  equ     $ - message
