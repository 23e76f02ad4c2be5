; Branches to a label in another section are near even where short would reach: nasm keeps a
; branch short only to a target in its own section. Same-section branches still relax to short;
; a constant equ'd to a label belongs to that label's section.
        bits    64
        section .text
top:    jz      far_away                ; another section: near
        jmp     last                    ; another section: near
        jmp     top                     ; same section: short
        jnz     $+4                     ; same section: short
        loop    far_away                ; loop has only a short form, and reaches
near_by equ     far_away+1
        jmp     near_by                 ; an equ of a label in .other: near
        call    far_away
        section .other
far_away:
        jmp     top                     ; back into .text: near
        jc      far_away                ; same section: short
last:   ret
