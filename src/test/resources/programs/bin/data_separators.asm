; What nasm takes between data operands: after an expression it takes the next token for the comma
; and checks only the one after it, so one stray token is ignored; a trailing comma is accepted.
        bits    64
x:      db      1 2
        db      3 4) 5
        db      6 7, 8
        db      9 x
        db      10 ) 11
        db      12 ], 13
        db      14,
        db      15 16 ,
        dd      1.5,
        db      "ab" x, 17
        dd      2.5) 18
        db      ?) 20
        db      "cd") 21
