; The main program: named like the artifactId.
        section .rodata
msg:    db      `main\n`
len     equ     $ - msg

        section .text
        global  _start
_start:
        mov     edi, 1
        mov     esi, msg
        mov     edx, len
        mov     eax, 1          ; write(2)
        syscall
        mov     edi, 0
        mov     eax, 60         ; exit(2)
        syscall
