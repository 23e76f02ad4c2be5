; Prints signed 64-bit integers, including both extremes, with idiv-free unsigned division.
        global  _start

        section .data
values: dq      0, 1, -1, 42, -42, 1234567890, 0x7fffffffffffffff, -0x8000000000000000, 1000000, -999
count   equ     ($ - values) / 8

        section .bss
out:    resb    32

        section .text
_start:
        xor     ebx, ebx
.next:
        mov     rdi, [values + rbx*8]
        call    print_signed
        inc     ebx
        cmp     ebx, count
        jne     .next
        mov     eax, 60
        mov     edi, count
        syscall

; prints rdi as a signed decimal and a newline
print_signed:
        lea     rsi, [out + 31]
        mov     byte [rsi], 10
        mov     rax, rdi
        test    rax, rax
        jns     .positive
        neg     rax                     ; -2^63 stays 2^63 when read as unsigned
.positive:
        mov     ecx, 10
.digit:
        xor     edx, edx
        div     rcx
        add     edx, '0'
        dec     rsi
        mov     [rsi], dl
        test    rax, rax
        jnz     .digit
        test    rdi, rdi
        jns     .write
        dec     rsi
        mov     byte [rsi], '-'
.write:
        lea     rdx, [out + 32]
        sub     rdx, rsi
        mov     eax, 1
        mov     edi, 1
        syscall
        ret
