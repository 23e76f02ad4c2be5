; Branch relaxation for every kind of relative branch to a label of its own section: the sizing
; passes size these by arithmetic from lengths the encoder gives once per shape (mnemonic,
; prefixes, size and distance keywords), so each shape is here in chains that flip between short
; and near around the 128-byte boundary, forward and backward, and with o64 and a32 forms.
        bits    64
        org     0x1000

; a forward chain per shape: link i jumps over a gap of 119 + i bytes and the link after it, so
; it stays short only while the next link does or its own gap is small: the last links grow first
; and each grown link pushes the one before it out of range a pass later
%macro forward_chain 2+
%assign i 0
%rep 8
%assign j i + 1
        %2      %%after %+ j
%%after %+ i:
        times   119 + i nop
%assign i i + 1
%endrep
        times   3 int3
%%after8:
%endmacro

; a backward chain: link i jumps back over a gap of 120 + i bytes and the links between
%macro backward_chain 2+
%assign i 0
%rep 8
%%back %+ i:
        times   120 + i int3
        %2      %%back %+ i
%assign i i + 1
%endrep
%endmacro

; every branch of a chain jumps to the chain's end: the first ones are near, the last short, and
; growth moves the boundary backwards one pass at a time
%macro cascade 2+
%assign i 0
%rep 24
        %2      %%end
        times   9 nop
%assign i i + 1
%endrep
%%end:
%endmacro

        forward_chain jmp, jmp
        forward_chain jz, jz
        forward_chain jnc, jnc
        forward_chain jg, jg
        forward_chain near_jmp, jmp near
        forward_chain o64_jmp, o64 jmp
        forward_chain call, call
        forward_chain jmp_strict, jmp strict near
        forward_chain jmp_qword, jmp qword

        backward_chain jmp, jmp
        backward_chain jle, jle
        backward_chain call, call
        backward_chain jmp_near, jmp near

        cascade jmp, jmp
        cascade js, js

; branches that never relax, in shapes the table has once each
short_targets:
        loop    short_targets
        loopz   short_targets
        loopnz  short_targets
        jrcxz   short_targets
        jecxz   short_targets
        jmp     short short_targets
        jz      short short_targets
        jmp     short_ahead
        jnz     short short_ahead
        loop    short_ahead
        jrcxz   short_ahead
        times   100 nop
short_ahead:
        ret
