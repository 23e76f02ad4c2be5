%assign x 1 << 4 | 3
        dd x
%assign y -7 // 2
%assign z -7 / 2
%assign w -7 >> 1
%assign v -7 >>> 1
%assign u 7 %% -2
        dq y, z, w, v, u
%assign a 0x10 + 10h + $10 + 0h10 + 0b101 + 101b + 101y + 0o17 + 17o + 17q + 0q17 + 0d99 + 99d + 1_000
        dd a
%assign c 'ab' + `\n`
        dd c
%assign t (3 > 2) + (2 >= 2) * 2 + (1 == 1) * 4 + (1 != 1) * 8 + (1 <> 2) * 16 + (2 < 1) * 32
        dd t
%assign l (1 && 0) + (1 || 0) * 2 + (1 ^^ 1) * 4 + !0 * 8 + (~0 & 0xff) * 16
        dd l
%assign p 2 + 3 * 4 - (8 / 2) % 3
        dd p
%assign i 0
%rep 3
        db i
  %assign i i+1
%endrep
%if 1 + 1 == 2
        if_true
%elif 1
        elif_no
%else
        else_no
%endif
%if 0
%elif 2 > 1
        elif_yes
%endif
%if 0
%else
        else_yes
%endif
; shift counts are taken mod 64, as the CPU does
%assign sh1 1 << 65
%assign sh2 -8 >>> 65
%assign sh3 4 >> -62
%assign sh4 1 <<< 64
db sh1, sh2, sh3, sh4
