; .data is writable and initialised, .bss is zeroed: counters, a running total and a message patched at run time.
        global  _start

        section .data
counter: dd     5
total:  dq      1000
msg:    db      "value: ?", 10
msglen  equ     $ - msg
bytes:  db      1, 2, 3, 4, 5, 6, 7, 8
words:  dw      0x100, 0x200, -1
dwords: dd      -2, 0x12345678

        section .bss
zeroes: resq    16
state:  resb    1

        section .text
_start:
        ; .bss must read as zero
        xor     eax, eax
        mov     ecx, 16
.check:
        or      rax, [zeroes + rcx*8 - 8]
        loop    .check
        test    rax, rax
        jnz     .bad
        ; add the eight bytes to total, five times
.round:
        xor     ecx, ecx
.add:
        movzx   eax, byte [bytes + rcx]
        add     [total], rax
        inc     ecx
        cmp     ecx, 8
        jb      .add
        dec     dword [counter]
        jnz     .round                  ; total = 1000 + 5*36 = 1180
        movsx   eax, word [words + 4]   ; -1
        add     [total], rax            ; 1179
        movsx   rax, dword [dwords]     ; -2
        add     [total], rax            ; 1177
        mov     byte [state], 1
        ; patch the message: '?' becomes the last digit of total
        mov     rax, [total]
        xor     edx, edx
        mov     ecx, 10
        div     rcx
        add     dl, '0'
        mov     [msg + msglen - 2], dl
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [msg]
        mov     edx, msglen
        syscall
        mov     rax, [total]
        sub     rax, 1100               ; 77
        movzx   ecx, byte [state]
        add     eax, ecx                ; 78
        mov     edi, eax
        mov     eax, 60
        syscall
.bad:
        mov     eax, 60
        mov     edi, 1
        syscall
