; Several sections in a flat binary: nasm -f bin puts .text first, then the other progbits
; sections in order, each at its alignment; .bss takes no file space. Cross-section addresses.
        bits    64
        org     0x1000

        section .text
start:
        lea     rsi, [rel message]
        mov     ecx, message_len
        mov     rdi, buffer
        mov     eax, [table + 4]
        call    far_away
        ret

        section .data align=16
message: db     "flat", 0
message_len equ $ - message
table:  dd      start, message, buffer, far_away
        dq      $, $$

        section .rodata align=8
        dq      table - message
        db      1

        section .text
far_away:
        jmp     start
        times 5 nop
        ret

        section .bss
buffer: resb    64
