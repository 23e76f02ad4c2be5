; Euclid's gcd and the lcm of 1..20 (232792560), printed; exits with gcd(1071, 462) = 21.
        global  _start

        section .bss
buf:    resb    24

        section .text
_start:
        mov     ebx, 1                  ; running lcm
        mov     r12d, 2
.lcm:
        mov     rdi, rbx
        mov     rsi, r12
        call    gcd
        mov     rcx, rax
        mov     rax, rbx
        xor     edx, edx
        div     rcx
        imul    rax, r12
        mov     rbx, rax
        inc     r12d
        cmp     r12d, 20
        jbe     .lcm
        mov     rax, rbx
        call    print
        mov     edi, 1071
        mov     esi, 462
        call    gcd
        mov     edi, eax
        mov     eax, 60
        syscall

gcd:                                    ; rax = gcd(rdi, rsi)
        mov     rax, rdi
.again:
        test    rsi, rsi
        jz      .done
        xor     edx, edx
        div     rsi
        mov     rax, rsi
        mov     rsi, rdx
        jmp     .again
.done:
        ret

print:                                  ; rax, with newline
        lea     rsi, [buf + 23]
        mov     byte [rsi], 10
        mov     ecx, 10
.digit:
        xor     edx, edx
        div     rcx
        add     dl, '0'
        dec     rsi
        mov     [rsi], dl
        test    rax, rax
        jnz     .digit
        lea     rdx, [buf + 24]
        sub     rdx, rsi
        mov     eax, 1
        mov     edi, 1
        syscall
        ret
