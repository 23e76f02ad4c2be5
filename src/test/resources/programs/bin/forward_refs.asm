; Forward references: immediates and displacements that name labels defined later keep their full
; size (they are relocatable), differences of labels are plain numbers, and jumps settle by relaxation.
        bits    64
        org     0

start:
        mov     eax, later                      ; imm32, label value
        mov     rax, later                      ; imm64: nasm keeps 48 b8 for label values
        push    later                           ; imm32, never imm8
        add     ecx, later - start              ; a difference: a number, short when it fits
        add     ecx, near_end - start
        mov     edx, size                       ; equ defined later
        cmp     eax, size
        mov     eax, [rbx + later]              ; disp32
        mov     eax, [rbx + later - start]      ; a number: disp8 when small
        jmp     later                           ; forward: short if it fits
        jz      far_later
        call    later
near_end:
        times 16 nop
later:
        ret
        times 300 db 0xcc
far_later:
        jmp     start                           ; backward, beyond short range: near
        jmp     near_end                        ; backward, beyond short range
size    equ     far_later - start
