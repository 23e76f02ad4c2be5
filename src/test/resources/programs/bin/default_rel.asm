; default rel / default abs: which memory references become RIP-relative, and which never do.
        bits    64
        org     0x401000

        default rel
        mov     eax, [data1]                    ; rip-relative
        mov     eax, [data1 + 4]
        lea     rsi, [data2]
        mov     eax, [abs data1]                ; explicitly absolute
        mov     eax, [fs:data1]                 ; fs/gs overrides stay absolute under default rel
        mov     eax, [gs:0x28]
        mov     eax, [rax + data1]              ; with a register: never rip-relative
        mov     al, [abs qword data1]           ; moffs form
        mov     rax, [rel later]                ; forward
        cmp     byte [data2], 0
        inc     dword [data1]
        push    qword [data1]
        jmp     [later]
        call    [rel data1]

        default abs
        mov     eax, [data1]                    ; absolute: disp32 with SIB
        mov     eax, [rel data1]                ; explicitly rip-relative
        lea     rsi, [data2]
        mov     rax, [later]

        align   8
data1:  dd      0x11223344, 0x55667788
data2:  db      0
later:  dq      data1
