; default rel: every memory reference to a label is RIP-relative, so the code is position-independent.
; pie
        default rel
        global  _start

        section .data
count:  dq      0
table:  db      3, 1, 4, 1, 5, 9, 2, 6
msg:    db      "rip-relative", 10
len     equ     $ - msg

        section .text
_start:
        xor     eax, eax
        xor     ecx, ecx
.sum:
        lea     rdx, [table]
        movzx   edx, byte [rdx + rcx]
        add     [count], rdx
        inc     ecx
        cmp     ecx, 8
        jb      .sum
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [msg]
        mov     edx, len
        syscall
        mov     rdi, [count]            ; 31
        lea     rax, [_start]
        lea     rdx, [.sum]
        sub     rdx, rax
        add     rdi, rdx                ; + offset of .sum in _start (4)
        mov     eax, 60
        syscall
