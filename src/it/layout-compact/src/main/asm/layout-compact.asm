; Every kind of section: a message in .rodata is copied into .bss, a byte of it patched from .data;
; exits with the .data counter after incrementing it.
        section .rodata
greeting:       db      "layout ?: W^X", 10
greeting_len    equ     $ - greeting

        section .data
tag:            db      'c'
status:         dd      6

        section .bss
buffer:         resb    64

        section .text
        global  _start
_start:
        lea     rsi, [rel greeting]
        lea     rdi, [rel buffer]
        mov     ecx, greeting_len
        rep     movsb
        mov     al, [rel tag]
        mov     [rel buffer + 7], al
        mov     eax, 1                  ; write(1, buffer, len)
        mov     edi, 1
        lea     rsi, [rel buffer]
        mov     edx, greeting_len
        syscall
        inc     dword [rel status]
        mov     edi, [rel status]
        mov     eax, 60
        syscall
