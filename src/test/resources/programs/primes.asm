; Sieve of Eratosthenes over a .bss bitmap of bytes; prints the primes below 200.
        global  _start

LIMIT   equ     200

        section .bss
composite: resb LIMIT
out:    resb    8

        section .text
_start:
        mov     ecx, 2
.sieve:
        mov     eax, ecx
        imul    eax, ecx
        cmp     eax, LIMIT
        jae     .print
        cmp     byte [composite + rcx], 0
        jne     .next
.mark:
        mov     byte [composite + rax], 1
        add     eax, ecx
        cmp     eax, LIMIT
        jb      .mark
.next:
        inc     ecx
        jmp     .sieve
.print:
        mov     ebx, 2
        xor     r12d, r12d              ; how many primes
.candidate:
        cmp     byte [composite + rbx], 0
        jne     .skip
        inc     r12d
        mov     eax, ebx
        lea     rsi, [out + 8]
        mov     byte [rsi - 1], ' '
        dec     rsi
        mov     ecx, 10
.digit:
        xor     edx, edx
        div     ecx
        add     dl, '0'
        dec     rsi
        mov     [rsi], dl
        test    eax, eax
        jnz     .digit
        lea     rdx, [out + 8]
        sub     rdx, rsi
        mov     eax, 1
        mov     edi, 1
        syscall
.skip:
        inc     ebx
        cmp     ebx, LIMIT
        jb      .candidate
        mov     byte [out], 10
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [out]
        mov     edx, 1
        syscall
        mov     edi, r12d               ; 46 primes below 200
        mov     eax, 60
        syscall
