; Uppercases stdin to stdout; counts the letters it changed and exits with that count.
; stdin: "Hello, World! abc xyz {|} 123 @[`\n"
        global  _start

        section .bss
buf:    resb    256
changed: resd   1

        section .text
_start:
.read:
        xor     eax, eax
        xor     edi, edi
        lea     rsi, [buf]
        mov     edx, 256
        syscall
        test    eax, eax
        jle     .exit
        mov     ecx, eax
        mov     edx, eax
        lea     rsi, [buf]
.char:
        mov     al, [rsi]
        lea     r8d, [rax - 'a']
        cmp     r8b, 'z' - 'a'
        ja      .keep
        sub     byte [rsi], 0x20
        inc     dword [changed]
.keep:
        inc     rsi
        dec     ecx
        jnz     .char
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [buf]
        syscall
        jmp     .read
.exit:
        mov     edi, [changed]
        mov     eax, 60
        syscall
