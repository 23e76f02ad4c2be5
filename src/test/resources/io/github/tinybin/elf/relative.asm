; Position-independent: every address is RIP-relative, so it runs wherever it is loaded.
        section .text
        global  _start
_start:
        lea     rsi, [rel message]
        mov     edi, 1
        mov     edx, length
        mov     eax, 1
        syscall
        inc     dword [rel counter]
        mov     edi, [rel counter]
        add     edi, 6
        mov     eax, 60
        syscall

        section .rodata
message: db     "position independent", 10
length  equ     $ - message

        section .bss
counter: resd   1
