; Expressions, operators and constants, all resolved at assembly time into data.
        bits    64
        org     0x1000

here:
        dq      1 + 2 * 3, (1 + 2) * 3, 7 / 2, -7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, -7 %% 3
        dq      1 << 4, 256 >> 4, -256 >> 4, -256 >>> 4, 0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f
        dd      ~0, !0, !7, -(-3), +5, - - 5, 1 == 1, 1 != 2, 2 < 1, 2 <= 2, 3 > 2, 3 >= 4, 1 <=> 2
        dd      1 && 0, 1 || 0, 1 ^^ 1, 1 ? 10 : 20, 0 ? 10 : 20
        dq      $, $$, $ - $$, here, there - here, (there - here) * 2
        dq      0x7fffffffffffffff + 1, -0x8000000000000000 - 1, 1 << 63, 0xffffffffffffffff >> 60
        db      'a', 'ab', "abc", `a\tb`, 'a' + 1, 'a' << 1
        dw      'ab', 'a' | 0x20
        dd      'abcd', 'ab' + 'cd'
        dq      'abcdefgh'
        dw      1.0, -2.5, 65504.0, 1e-8
        dd      1.0, -2.5, 3.14159265358979, 1e38, 1e-45, 0.1, 1_000.5
        dq      1.0, -2.5, 3.14159265358979, 1e308, 4.9e-324, 0.1, 1.e2
        dt      1.0, -2.5, 3.14159265358979
        dd      __?float32?__(2.5), __?Infinity?__, -__?Infinity?__
        dq      __?float64?__(-0.0), __?QNaN?__
        dd      0x1p-2, 0x1.8p1, 0b1.1p0
        dd      10, 0x10, 10h, $10, 0h10, 0b10, 10b, 0y10, 10y, 0o10, 10o, 10q, 0q10, 0d10, 10d, 1_0
there:
        times (there - here) % 8 db 0xee
