; Sections beyond the usual four: custom names with attributes, a nobits section, incbin, absolute
; for a record layout, an unused extern, and ..@ labels.
        global  _start
        extern  never_used              ; accepted while nothing refers to it

        absolute 0                      ; a record layout without struc
rec_id:     resd 1
rec_flags:  resw 1
rec_pad:    resw 1
rec_size:

        section .messages progbits alloc noexec nowrite align=16
message:
        incbin  "lib/message.txt"
message_len equ $ - message
        incbin  "lib/message.txt", 10, 5        ; "from "

        section .counters progbits alloc noexec write align=8
counter: dq     3

        section .scratch nobits alloc noexec write align=32
scratch: resb   rec_size * 4

        section .text
_start:
        mov     eax, 1
        mov     edi, 1
        mov     rsi, message
        mov     edx, message_len
        syscall
..@again:
        dec     qword [counter]
        jnz     ..@again
        mov     dword [scratch + rec_size * 2 + rec_id], 7
        mov     word [scratch + rec_size * 2 + rec_flags], 5
        mov     eax, [scratch + rec_size * 2 + rec_id]
        movzx   ecx, word [scratch + rec_size * 2 + rec_flags]
        lea     edi, [rax + rcx * 8]            ; 7 + 40 = 47
        add     edi, [counter]                  ; + 0
        add     edi, rec_size                   ; + 8 = 55
        mov     eax, 60
        syscall
