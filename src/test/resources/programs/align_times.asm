; times, align and alignb: checks at run time that the addresses are aligned as asked.
        global  _start

        section .data
        db      1
        align   8
quad:   dq      0x1122334455667788
        db      2
        align   16
para:   times 16 db 0xaa
        db      3
        align   4, db 0x55
word4:  dd      7
stars:  times 5 db '*'
        db      10

        section .bss
        resb    3
        alignb  32
block:  resb    64

        section .text
_start:
        xor     ebx, ebx
        lea     rax, [quad]
        test    al, 7
        setz    bl                              ; 1
        lea     rax, [para]
        test    al, 15
        setz    cl
        add     bl, cl                          ; 2
        lea     rax, [word4]
        test    al, 3
        setz    cl
        add     bl, cl                          ; 3
        lea     rax, [block]
        test    al, 31
        setz    cl
        add     bl, cl                          ; 4
        cmp     byte [word4 - 1], 0x55
        sete    cl
        add     bl, cl                          ; 5
        cmp     dword [para + 12], 0xaaaaaaaa
        sete    cl
        add     bl, cl                          ; 6
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [stars]
        mov     edx, 6
        syscall
        align   16
        nop
        times 3 nop
        mov     edi, ebx
        mov     eax, 60
        syscall
