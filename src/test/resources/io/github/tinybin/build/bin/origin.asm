; org, explicit alignments, nobits chains, the align directive raising a section's alignment
bits 64
org 0x100
section .text
start: db 1
section .bss
resb 3
section b2 nobits
b2start: resb 5
section b3 nobits align=16
b3start: resb 1
section .data
db 2
align 8
dataend: dq start, b2start, b3start, dataend, end
section d2 align=16
db 3
section d3 progbits
db 4
section .text
nop
align 16, db 0xcc
end: dd end - start
