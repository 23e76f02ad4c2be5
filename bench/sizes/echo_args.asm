; echo: prints its arguments separated by single spaces, then a newline.
; args: "hello" "big world" "" "last"
        global  _start

        section .rodata
space:  db      ' '
nl:     db      10

        section .text
_start:
        mov     r12, [rsp]              ; argc
        lea     r13, [rsp + 16]         ; argv[1]
        mov     r14d, 1
.arg:
        cmp     r14, r12
        jae     .done
        cmp     r14d, 1
        je      .no_space
        lea     rsi, [space]
        mov     edx, 1
        call    write
.no_space:
        mov     rsi, [r13]
        call    strlen
        mov     rdx, rax
        call    write
        add     r13, 8
        inc     r14
        jmp     .arg
.done:
        lea     rsi, [nl]
        mov     edx, 1
        call    write
        mov     eax, 60
        xor     edi, edi
        syscall

strlen:                                 ; rax = length of the string at rsi
        xor     eax, eax
.scan:
        cmp     byte [rsi + rax], 0
        je      .end
        inc     rax
        jmp     .scan
.end:
        ret

write:
        mov     eax, 1
        mov     edi, 1
        syscall
        ret
