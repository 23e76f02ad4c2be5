; Recursive Fibonacci: prints fib(0) .. fib(24), one per line, then exits with fib(10) = 55.
        global  _start

        section .bss
digits: resb    24

        section .text
_start:
        xor     ebx, ebx
.each:
        mov     edi, ebx
        call    fib
        mov     rdi, rax
        call    print_u64
        inc     ebx
        cmp     ebx, 25
        jb      .each

        mov     edi, 10
        call    fib
        mov     edi, eax
        mov     eax, 60
        syscall

; rax = fib(rdi), naively recursive
fib:
        cmp     rdi, 2
        jae     .recurse
        mov     rax, rdi
        ret
.recurse:
        push    rbx
        push    rdi
        dec     rdi
        call    fib
        mov     rbx, rax
        pop     rdi
        sub     rdi, 2
        call    fib
        add     rax, rbx
        pop     rbx
        ret

; prints rdi in decimal and a newline
print_u64:
        lea     rsi, [digits + 23]
        mov     byte [rsi], 10
        mov     rax, rdi
        mov     ecx, 10
.digit:
        xor     edx, edx
        div     rcx
        add     dl, '0'
        dec     rsi
        mov     [rsi], dl
        test    rax, rax
        jnz     .digit
        lea     rdx, [digits + 24]
        sub     rdx, rsi
        mov     eax, 1
        mov     edi, 1
        syscall
        ret
