; Label differences across sections, as nasm's random-program comparison found them: with the
; subtracted label in the current section (d1 - $, d1 - t1 in .text) nasm keeps a relative
; relocation, so the value is sized like an address (imm32, disp32), never shortened, though it
; is the plain difference. A lone -t1 of the current section is self-relative, sized the same way
; as an immediate. With org, nasm keeps only the offsets of label terms it cannot relocate.
bits 64
org 0x1000
t0:     nop
t1:     nop
        add eax, d1 - $
        add eax, d1 - t1
        mov eax, [rbx + d1 - $]
        push d1 - t0
        add eax, -t1
        dd d1 - t1, d1 - $, d1 - $$
        dq t1 - t0 + d1
section .data
        db 1
d1:     dd t1 - d1, t1 - $, 7
        dw d1 - $$
section .text
; what nasm keeps of label terms it cannot relocate: offsets in the section only; a self-relative
; address is sized by that offset, and a disp32 holds the address difference after all
        add eax, t1 * 2
        mov eax, [rbx - t1]
        mov eax, [rbx + t1 - 2 * t0]
        mov esi, [rbx - t1 + 100]
        mov esi, [rbx - t1 + 1000]
