; A name declared extern and then defined here is this program's own symbol (nasm makes it
; global), so references to it assemble; context-local labels sit beside it.
        bits    64
        extern  helper
        extern  unused

start:  call    helper
        jz      .out
%push ctx
        jo      %$skip
        hlt
%$skip:
        nop
%pop
.out:   ret

helper: mov     eax, 1
        ret
        global  helper
