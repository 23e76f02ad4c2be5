; Relaxation over forward references, compared byte for byte with nasm 2.16:
;   nasm -f bin -o relaxation.bin relaxation.asm
bits 64
start:
        jmp     fwd1                ; forward, reaches
        add     eax, K              ; forward constant, fits a byte
        add     eax, BIG            ; forward constant, needs a dword
        mov     ecx, [rbx+K]        ; forward displacement
        jz      far_away            ; forward, out of byte range
        times 100 nop
fwd1:   loop    start
        push    start
        mov     rax, start
        lea     rsi, [rel msg]
        cmp     byte [rel msg+1], 'e'
        jmp     start
        times 130 db 0x90
far_away:
        jnz     start               ; backward, out of range
        call    fwd2
fwd2:   ret
msg:    db "hello"
K       equ     8
BIG     equ     0x12345
