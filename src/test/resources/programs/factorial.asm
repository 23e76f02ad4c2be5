; Recursive factorial of 0..20 (20! still fits in 64 bits), printed as "n! = value".
        global  _start

        section .rodata
bang:   db      "! = "
        section .bss
buf:    resb    32

        section .text
_start:
        xor     r12d, r12d
.loop:
        mov     rdi, r12
        call    print_number
        lea     rsi, [bang]
        mov     edx, 4
        call    write
        mov     rdi, r12
        call    factorial
        mov     rdi, rax
        call    print_number
        call    newline
        inc     r12
        cmp     r12, 20
        jbe     .loop
        mov     eax, 60
        xor     edi, edi
        syscall

factorial:                      ; rax = rdi!
        mov     eax, 1
        test    rdi, rdi
        jz      .done
        push    rdi
        dec     rdi
        call    factorial
        pop     rdi
        imul    rax, rdi
.done:
        ret

print_number:                   ; unsigned rdi in decimal
        lea     rsi, [buf + 32]
        mov     rax, rdi
        mov     r8, 10
.digit:
        xor     edx, edx
        div     r8
        or      dl, 0x30
        dec     rsi
        mov     [rsi], dl
        test    rax, rax
        jnz     .digit
        lea     rdx, [buf + 32]
        sub     rdx, rsi
        jmp     write

newline:
        push    10
        mov     rsi, rsp
        mov     edx, 1
        call    write
        add     rsp, 8
        ret

write:                          ; rsi, rdx
        mov     eax, 1
        mov     edi, 1
        syscall
        ret
