; In a subfolder: still a program, named after the file.
        section .rodata
msg:    db      `tool b\n`
len     equ     $ - msg

        section .text
        global  _start
_start:
        mov     edi, 1
        mov     esi, msg
        mov     edx, len
        mov     eax, 1          ; write(2)
        syscall
        mov     edi, 3
        mov     eax, 60         ; exit(2)
        syscall
