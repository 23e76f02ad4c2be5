; Hello, world with the message in .rodata and its length from equ.
        global  _start

        section .rodata
msg:    db      "Hello, world!", 10
len     equ     $ - msg

        section .text
_start:
        mov     eax, 1          ; sys_write
        mov     edi, 1          ; stdout
        mov     rsi, msg
        mov     edx, len
        syscall

        mov     eax, 60
        xor     edi, edi
        syscall
