; CRLF line endings throughout, and bytes that are not UTF-8: a Latin-1 comment (café) and
; raw bytes inside a string, which pass through unchanged.
        global  _start

        section .rodata
text:   db      "café crème ", 0xff, 10  ; à la carte
len     equ     $ - text

        section .text
_start:
        mov     eax, 1
        mov     edi, 1
        mov     rsi, text
        mov     edx, len
        syscall
        mov     eax, 60
        mov     edi, len
        syscall
