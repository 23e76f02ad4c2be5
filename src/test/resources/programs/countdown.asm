; Counts down from 9 to 0 with the loop instruction, one digit per line, built in a .bss buffer.
        global  _start

        section .bss
line:   resb    2

        section .text
_start:
        mov     byte [line + 1], 10
        mov     ecx, 10
.next:
        lea     eax, [rcx - 1 + '0']
        mov     [line], al
        push    rcx                     ; syscall clobbers rcx
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [line]
        mov     edx, 2
        syscall
        pop     rcx
        loop    .next

        mov     eax, 60
        mov     edi, 7
        syscall
