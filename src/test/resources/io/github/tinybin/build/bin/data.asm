; data directives, expressions, strings, floats, times, struc
bits 64
struc point
  .x: resd 1
  .y: resd 1
  .name: resb 6
endstruc
section .text
hdr:
  db 0x1_0, 1e3h, 0b101, 101b, 0o17, 17q, 0d99, 99d, $0ff, 0ffh, 0h, 1y, 'a'+1, -1
  dw 'ab', 1 << 4 | 1, 7 // -2, -7 %% 3, ~0, !0, 3 > 2, -200
  dd (1 ? 2 : 3), 10 / 3, 10 % 3, -16 >>> 2, 1 == 1 && 2 <> 2, hdr_len
  dq 0x123456789abcdef0, -1, hdr, $ - hdr, $$
hdr_len equ $ - hdr
  db 'a\n', "q'", `\t\x41\101\e\0\u00e9\``, 0
  dw 'abc'
  dd `x`, 1.5, -2.25, 1e10, 3.4028235e38, 1e-45
  dq 1.5, 0.1, 0x1.8p3, __?Infinity?__, __?NaN?__, -0.0, 2.2250738585072014e-308
  dw 1.5, 65504.0, 6.1e-5
  dt 1.5, -3.0e100
  times 5 db 0x55
  times 3 dw $ - hdr
p: istruc point
  at point.x, dd 1
  at point.name, db 'ab'
iend
  dd point_size, point.y, p
  align 8, db 0
.local: dq .local, p.local
