; section layout of nasm -f bin: .text first, progbits aligned 4, .bss after the last progbits,
; other nobits after the section created before them
bits 64
section .data
d: db 1
section .text
t: db 2
section .bss
b: resb 3
section .rodata
r: db 4
section other
o: db 5
section .text
dq d, t, b, r, o, e, $$, $
section .bss2 nobits
e: resb 1
