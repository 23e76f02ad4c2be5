; Data, times, align and incbin (path relative to this file) in a flat binary.
        bits    64
        org     0

header: db      "TBIN"
        dw      body - header, end - header
        align   8, db 0
body:
        incbin  "payload.txt"
        align   4, db 0xcc
        incbin  "payload.txt", 15
        incbin  "payload.txt", 15, 4
        times 10 - ($ - body) % 10 db '.'
        dd      ($ - $$) * 2, end - body
        dq      -1, 1.5, 0x8000000000000000
        dt      1.0
        do      1.0
        dw      `\u263a`, __?utf16?__("ok")
        times 3 dd 0x11223344
        align   16
end:
