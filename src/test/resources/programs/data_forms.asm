; Data directives: numbers in every NASM base, character constants, backquoted escapes, floats.
; The program writes its own .rodata so the output shows the exact bytes as text via a hex dump.
        global  _start

        section .rodata
start_of_data:
        db      10, 0x0a, 0ah, $0a, 0h0a, 0b1010, 1010b, 0y1010, 12o, 12q, 0o12, 0q12, 0d10, 10d
        dw      1_000, 0x_ff_ff, 'ab', -1
        dd      'abcd', 1.5, -0.25, 0x7fffffff
        dq      1.0, -2, 0x0123456789abcdef
        db      `tab\there\n`, `\x41\102\u00e9\e\\\'\"\0`
        db      'single "quotes"', "double 'quotes'"
        dw      __?utf16?__("hi")
        dd      3 * 4 + 5 / 2 - (7 % 3) << 1
        dq      ~0 >> 60, -7 // 2, -7 %% 2
end_of_data:
size    equ     end_of_data - start_of_data
digits: db      "0123456789abcdef"

        section .bss
line:   resb    3

        section .text
_start:
        xor     ebx, ebx
.byte:
        movzx   eax, byte [start_of_data + rbx]
        mov     ecx, eax
        shr     ecx, 4
        mov     cl, [digits + rcx]
        mov     [line], cl
        and     eax, 15
        mov     al, [digits + rax]
        mov     [line + 1], al
        mov     byte [line + 2], ' '
        inc     ebx
        test    ebx, 15
        jnz     .write
        mov     byte [line + 2], 10
.write:
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [line]
        mov     edx, 3
        syscall
        cmp     ebx, size
        jb      .byte
        mov     byte [line], 10
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [line]
        mov     edx, 1
        syscall
        mov     edi, size
        mov     eax, 60
        syscall
