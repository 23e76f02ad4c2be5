; Longest Collatz chain for starting values below 10000; prints the start and exits with steps mod 256.
        global  _start

        section .bss
buf:    resb    24

        section .text
_start:
        xor     r12d, r12d              ; best start
        xor     r13d, r13d              ; best length
        mov     ebx, 1
.start:
        mov     rax, rbx
        xor     ecx, ecx
.step:
        cmp     rax, 1
        je      .end
        inc     ecx
        test    al, 1
        jz      .even
        lea     rax, [rax + rax*2 + 1]
        jmp     .step
.even:
        shr     rax, 1
        jmp     .step
.end:
        cmp     ecx, r13d
        jbe     .shorter
        mov     r13d, ecx
        mov     r12d, ebx
.shorter:
        inc     ebx
        cmp     ebx, 10000
        jb      .start
        ; print r12 then newline
        lea     rsi, [buf + 23]
        mov     byte [rsi], 10
        mov     eax, r12d
        mov     r8d, 10
.digit:
        xor     edx, edx
        div     r8d
        add     dl, '0'
        dec     rsi
        mov     [rsi], dl
        test    eax, eax
        jnz     .digit
        lea     rdx, [buf + 24]
        sub     rdx, rsi
        mov     eax, 1
        mov     edi, 1
        syscall
        movzx   edi, r13b
        mov     eax, 60
        syscall
