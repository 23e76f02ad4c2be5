; Absolute addresses everywhere (imm32, imm64, [disp32]) and a 40-byte message after the code.
        section .text
        global  _start
_start:
        mov     rax, counter
        add     qword [rax], 3
        mov     ecx, [counter]
        cmp     ecx, 3
        jne     fail
        mov     edi, 1
        mov     esi, message
        mov     edx, length
        mov     eax, 1
        syscall
        xor     edi, edi
        mov     eax, 60
        syscall
fail:
        mov     edi, 1
        mov     eax, 60
        syscall

        section .rodata
message: db     "forty bytes of message after the code!!", 10
length  equ     $ - message

        section .data
        align   8
counter: dq     0
