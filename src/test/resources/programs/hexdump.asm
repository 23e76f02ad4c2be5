; Hex dump of stdin, 8 bytes per line, with xlatb looking up the digits.
; stdin: "tinybin\x00\x01\x7f\x80\xff\n-- end --"
        global  _start

        section .rodata
hex:    db      "0123456789abcdef"

        section .bss
inbuf:  resb    8
outbuf: resb    8 * 3

        section .text
_start:
.read:
        xor     eax, eax
        xor     edi, edi
        lea     rsi, [inbuf]
        mov     edx, 8
        syscall
        test    rax, rax
        jle     .exit
        mov     r12, rax                ; bytes read
        xor     ecx, ecx
        lea     rbx, [hex]              ; xlatb table
        lea     rdi, [outbuf]
.byte:
        movzx   edx, byte [inbuf + rcx]
        mov     eax, edx
        shr     al, 4
        xlatb
        stosb
        mov     eax, edx
        and     al, 15
        xlat
        stosb
        mov     al, ' '
        stosb
        inc     ecx
        cmp     rcx, r12
        jb      .byte
        mov     byte [rdi - 1], 10
        lea     rdx, [r12 + r12*2]
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [outbuf]
        syscall
        jmp     .read
.exit:
        mov     eax, 60
        xor     edi, edi
        syscall
