; Random program (seed 166), minimised: nasm sizes a [rel L] whose label is still undefined in its
; first pass as an absolute [disp32] with SIB, one byte longer; from there its passes settle on a
; fixed point 16 bytes longer than the one reached from the short form (jnz stays near, align 16 pads 15).
bits 64
default rel
xor eax, eax
L4:
push rbx
dq L4
shl eax, 3
db 1, 2, 3
xor eax, eax
lea rsi, [L6]
add eax, L6 - L4
jl L10
add eax, L6 - L4
db 1, 2, 3
add rax, rbx
db 1, 2, 3
L5:
db 1, 2, 3
dq L5
push rbx
db 1, 2, 3
L6:
db 1, 2, 3
call L9
jz L4
L7:
push rbx
jl L10
jmp L10
jnz L10
dq L7
L8:
xor eax, eax
jz L11
db 1, 2, 3
L9:
db 1, 2, 3
xor eax, eax
db 1, 2, 3
shl eax, 3
db 1, 2, 3
align 8
add eax, L8 - L9
L10:
add eax, L12 - L10
L11:
shl eax, 3
add rax, rbx
jnz L17
db 1, 2, 3
L12:
add eax, L14 - L12
add rax, rbx
jz L15
add eax, L14 - L12
jmp L10
db 1, 2, 3
db 1, 2, 3
L13:
push rbx
call L16
add eax, L12 - L13
mov ecx, 5
db 1, 2, 3
dq L13
db 1, 2, 3
xor eax, eax
db 1, 2, 3
align 16
shl eax, 3
db 1, 2, 3
L14:
jmp L17
xor eax, eax
jmp L16
xor eax, eax
db 1, 2, 3
L15:
X159 equ L17 - $
add ecx, X159
db 1, 2, 3
push rbx
L16:
jmp L16
add eax, L18 - L16
dq L16
db 1, 2, 3
push rbx
dq L16
mov ecx, 5
L17:
L18: