; Bit and byte instructions from the base set: bt/bts/btr/btc, bsf/bsr, setcc, cmovcc, bswap,
; shld/shrd, rotates and sign/zero extension. Prints one result per line in hex.
        global  _start

        section .rodata
digits: db      "0123456789abcdef"

        section .bss
line:   resb    17

        section .text
_start:
        mov     rax, 0x0102030405060708
        bswap   rax
        call    show                    ; 0807060504030201
        xor     eax, eax
        bts     rax, 63
        bts     rax, 5
        btc     rax, 5
        btc     rax, 0
        call    show                    ; 8000000000000001
        mov     rdx, 0x8000000000000100
        bsr     rax, rdx                ; 63
        bsf     rcx, rdx                ; 8
        shl     rax, 8
        or      rax, rcx
        call    show                    ; 3f08
        mov     rax, 0x123456789abcdef0
        mov     rdx, 0xfedcba9876543210
        shld    rax, rdx, 16
        call    show                    ; 56789abcdef0fedc
        mov     rax, 0x123456789abcdef0
        mov     rdx, 0xfedcba9876543210
        shrd    rax, rdx, 4
        call    show                    ; 0123456789abcdef
        mov     eax, 0x80000001
        rol     eax, 4                  ; 0x00000018
        ror     ax, 4                   ; 0x00008001
        call    show
        mov     ecx, -5
        movsx   rax, cl                 ; fffffffffffffffb
        call    show
        movzx   eax, cl                 ; fb
        call    show
        mov     ecx, 10
        mov     edx, 20
        cmp     ecx, edx
        setl    al
        setg    ah
        movzx   eax, ax                 ; 0x0001
        cmovl   ecx, edx                ; 20
        shl     rcx, 32
        or      rax, rcx
        call    show                    ; 0000001400000001
        mov     eax, 0xf0
        bt      eax, 4
        setc    bl
        bt      eax, 3
        setc    bh
        movzx   edi, bx                 ; 1
        mov     eax, 60
        syscall

show:                                   ; prints rax as 16 hex digits and a newline
        push    rcx
        push    rdx
        push    rsi
        push    rdi
        push    r11
        lea     rdi, [line + 15]
        mov     byte [line + 16], 10
        mov     ecx, 16
.nibble:
        mov     edx, eax
        and     edx, 15
        mov     dl, [digits + rdx]
        mov     [rdi], dl
        dec     rdi
        shr     rax, 4
        loop    .nibble
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [line]
        mov     edx, 17
        syscall
        pop     r11
        pop     rdi
        pop     rsi
        pop     rdx
        pop     rcx
        ret
