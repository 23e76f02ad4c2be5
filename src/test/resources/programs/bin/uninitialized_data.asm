; `?' in data reserves like resb: zeroed with nasm's zeroing warning in a section with bytes,
; silent in .bss unless the line also initializes something (then nasm ignores it with a warning).
        bits    64
        db      ?
        db      1, ?, 2
        dw      ?, ?
        times 2 dd ?
        section .data
        dq      ?
        db      'a', ?
        section .bss
        resb    1
        db      ?
        times 3 dw ?
        db      1, ?
