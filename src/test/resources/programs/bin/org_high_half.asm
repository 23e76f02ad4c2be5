; An origin in the upper half of the address space (2^63 and up): every section, label and
; address keeps all 64 bits, as with nasm -f bin.
        bits    64
        org     0xffffffffffff0000

start:  jmp     .next
        nop
.next:  mov     rax, counter
        lea     rsi, [rel table]
        ret

        section .data
table:  dq      start, .next_data
.next_data:
        dq      counter

        section .bss
counter: resq   1
