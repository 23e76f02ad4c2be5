; The __?floatN?__ functions give a float's bit pattern as an integer, in data and in
; instructions alike, special values included.
        bits    64
        mov     al, __float8__(__Infinity__)
        mov     al, __float8__(-__SNaN__)
        mov     eax, __float32__(+__Infinity__)
        mov     rax, __float64__(-__QNaN__)
        mov     rax, __float128h__(__SNaN__)
        mov     ax, __?bfloat16?__(-2.5)
        dd      __float32__(1.5) + 1, __?float32?__(__?NaN?__)
        dw      __float80e__(-__Infinity__), __float16__(0.1)
        dq      __float80m__(__Infinity__)
        db      __float8__(0.5), __float8__(1.13203125e-2)
