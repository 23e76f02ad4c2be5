; Reverses each line of stdin in place; position-independent (default rel, lea for every address),
; so it also runs as a PIE.
; pie
; stdin: "hello\nworld!\n\nabc\nno newline at the end"
        default rel
        global  _start

        section .bss
buf:    resb    4096
length: resq    1

        section .text
_start:
        xor     eax, eax
        xor     edi, edi
        lea     rsi, [buf]
        mov     edx, 4096
        syscall
        test    rax, rax
        jle     .exit
        mov     [length], rax
        lea     rbx, [buf]              ; start of the current line
        lea     r12, [buf]
        add     r12, rax                ; end of the input
.line:
        mov     rdi, rbx
.find_end:
        cmp     rdi, r12
        je      .reverse
        cmp     byte [rdi], 10
        je      .reverse
        inc     rdi
        jmp     .find_end
.reverse:
        mov     r13, rdi                ; the newline (or the end)
        lea     rsi, [rdi - 1]
        mov     rdi, rbx
.swap:
        cmp     rdi, rsi
        jae     .next
        mov     al, [rdi]
        mov     cl, [rsi]
        mov     [rdi], cl
        mov     [rsi], al
        inc     rdi
        dec     rsi
        jmp     .swap
.next:
        lea     rbx, [r13 + 1]
        cmp     r13, r12
        jb      .line
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [buf]
        mov     rdx, [length]
        syscall
.exit:
        mov     eax, 60
        xor     edi, edi
        syscall
