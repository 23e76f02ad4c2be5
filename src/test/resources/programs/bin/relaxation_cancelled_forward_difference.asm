; Random program (seed 193), minimised: in nasm's first pass t5 and t6 are both undefined, and nasm's
; evaluator cancels their unknown terms, so [rsp + t5 - t6] is sized as [rsp] (4 bytes, not a
; disp32's 8). From there ja stays short; sized with a disp32 it would reach near and stay there.
bits 64
        ja t6
        mov r11d, [rsp + t5 - t6]
        times 121 nop
t5:     nop
t6:
