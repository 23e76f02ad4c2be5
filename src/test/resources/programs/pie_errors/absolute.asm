; Position-dependent code: fine as a plain executable, refused as pie at every absolute address.
; Lines with an absolute address end in `; <- pie error`.
        global  _start

        section .rodata
msg:    db      "absolute", 10
len     equ     $ - msg

        section .data
table:  dq      msg                     ; <- pie error
        dd      len, msg - table        ; a constant and a label difference are not addresses
count:  dq      0

        section .text
_start:
        lea     rsi, [rel msg]          ; RIP-relative: fine
        mov     esi, msg                ; <- pie error
        mov     rax, msg                ; <- pie error
        mov     rbx, [table]            ; <- pie error
        xor     ecx, ecx
        mov     rcx, [table + rcx*8]    ; <- pie error
        inc     qword [rel count]
        mov     edx, len
        mov     edi, 1
        mov     eax, 1
        syscall
        push    msg                     ; <- pie error
        pop     rax
        xor     edi, edi
        mov     eax, 60
        syscall
