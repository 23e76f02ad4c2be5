; Branches that cannot reach: short jumps beyond -128..127, loop and jrcxz likewise.
        global  _start

        section .text
_start:
        jmp     short target            ; <- error
        loop    target                  ; <- error
        jrcxz   target                  ; <- error
        jz      short target            ; <- error
        times 200 nop
target:
        ret
