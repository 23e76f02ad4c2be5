; Branch relaxation over forward references: jumps stay short where the final distance fits
; and grow to near where it does not, to nasm's fixed point, including chains where one jump
; growing pushes another out of short range.
        bits    64
        org     0

start:
        jmp     over_small              ; short
        times 100 nop
over_small:
        jz      over_boundary           ; short only if the block below stays within 127 bytes
        times 120 nop
        jmp     back                    ; backward, known: short
        jnz     over_small              ; backward, more than 128 bytes: near
over_boundary:
        jmp     far_target              ; grows to near
        times 200 nop
far_target:
%assign i 0
%rep 8
        jc      chain_end               ; each one near or short depending on all the others
        times 14 nop
%assign i i + 1
%endrep
chain_end:
        loop    chain_end
        jrcxz   start_of_next
start_of_next:
        call    routine
        jmp     short done
back:
        ret
routine:
        times 10 db 0x90
        ret
done:
        times 64 - ($ - $$) % 64 int3
