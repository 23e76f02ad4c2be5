; String instructions: rep movsb/movsq, rep stosb, repne scasb (strlen) and repe cmpsb (compare).
        global  _start

        section .rodata
src:    db      "copied by rep movsb", 10, 0
srclen  equ     $ - src - 1
same1:  db      "abcdefgh"
same2:  db      "abcdefgX"
quads:  dq      1, 2, 3, 4

        section .bss
dst:    resb    64
qdst:   resq    4

        section .text
_start:
        cld
        ; fill dst with '#', then copy the message over it
        lea     rdi, [dst]
        mov     al, '#'
        mov     ecx, 64
        rep     stosb
        lea     rsi, [src]
        lea     rdi, [dst]
        mov     ecx, srclen
        rep     movsb
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [dst]
        mov     edx, srclen
        syscall
        ; strlen with repne scasb
        lea     rdi, [src]
        xor     eax, eax
        mov     rcx, -1
        repne   scasb
        not     rcx
        dec     rcx                     ; length without the NUL: srclen
        mov     ebx, ecx
        ; compare: first mismatch at index 7
        lea     rsi, [same1]
        lea     rdi, [same2]
        mov     ecx, 8
        repe    cmpsb
        lea     rax, [same1]
        sub     rsi, rax
        add     ebx, esi                ; + 8
        ; copy qwords and sum them
        lea     rsi, [quads]
        lea     rdi, [qdst]
        mov     ecx, 4
        rep     movsq
        lea     rsi, [qdst]
        mov     ecx, 4
        xor     edx, edx
.sum:
        lodsq
        add     rdx, rax
        loop    .sum
        add     ebx, edx                ; + 10
        ; check that the '#' fill survived after the copy
        cmp     byte [dst + srclen], '#'
        jne     .bad
        mov     edi, ebx                ; 20 + 8 + 10 = 38
        mov     eax, 60
        syscall
.bad:
        mov     eax, 60
        mov     edi, 255
        syscall
