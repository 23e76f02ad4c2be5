; wc: counts lines, words and bytes on stdin and prints them like "  3  12  60".
; stdin: "the quick brown fox\n  jumps over\tthe lazy dog\n\nend"
        global  _start

        section .bss
buf:    resb    4096
num:    resb    24
lines:  resq    1
words:  resq    1
bytes:  resq    1
inword: resb    1

        section .text
_start:
.read:
        xor     eax, eax
        xor     edi, edi
        lea     rsi, [buf]
        mov     edx, 4096
        syscall
        test    rax, rax
        jle     .report
        add     [bytes], rax
        lea     rsi, [buf]
        lea     rcx, [buf + rax]
.byte:
        movzx   eax, byte [rsi]
        cmp     al, 10
        jne     .not_newline
        inc     qword [lines]
.not_newline:
        cmp     al, ' '
        je      .space
        cmp     al, 9
        jb      .char
        cmp     al, 13
        jbe     .space
.char:
        cmp     byte [inword], 0
        jne     .advance
        mov     byte [inword], 1
        inc     qword [words]
        jmp     .advance
.space:
        mov     byte [inword], 0
.advance:
        inc     rsi
        cmp     rsi, rcx
        jb      .byte
        jmp     .read
.report:
        mov     rax, [lines]
        call    field
        mov     rax, [words]
        call    field
        mov     rax, [bytes]
        call    field
        mov     byte [num], 10
        lea     rsi, [num]
        mov     edx, 1
        call    write
        mov     eax, 60
        xor     edi, edi
        syscall

; prints rax right-aligned in a field of 4 characters
field:
        lea     rdi, [num + 24]
        mov     r8d, 10
.digit:
        xor     edx, edx
        div     r8
        add     dl, '0'
        dec     rdi
        mov     [rdi], dl
        test    rax, rax
        jnz     .digit
.pad:
        lea     rax, [num + 20]
        cmp     rdi, rax
        jbe     .out
        dec     rdi
        mov     byte [rdi], ' '
        jmp     .pad
.out:
        mov     rsi, rdi
        lea     rdx, [num + 24]
        sub     rdx, rdi
write:
        mov     eax, 1
        mov     edi, 1
        syscall
        ret
