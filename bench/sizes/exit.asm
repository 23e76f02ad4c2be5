; The smallest useful program: exit with status 42.
        global  _start

        section .text
_start:
        mov     eax, 60         ; sys_exit
        mov     edi, 42
        syscall
