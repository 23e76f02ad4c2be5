        section .text
        global  _start
_start:
        mov     edi, 3
        mov     eax, 60
        syscall
