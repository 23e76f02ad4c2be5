; cat: copies stdin to stdout through a 64-byte .bss buffer (small, so the loop runs many times).
; stdin: "line one\nline two\nand a third line that is longer than sixty-four bytes, so it takes several reads\n"
        global  _start

BUFSIZE equ     64

        section .bss
buffer: resb    BUFSIZE

        section .text
_start:
.read:
        xor     eax, eax                ; sys_read
        xor     edi, edi
        mov     rsi, buffer
        mov     edx, BUFSIZE
        syscall
        test    rax, rax
        jz      .eof
        js      .fail
        mov     rdx, rax
        mov     eax, 1
        mov     edi, 1
        mov     rsi, buffer
        syscall
        jmp     .read
.eof:
        mov     eax, 60
        xor     edi, edi
        syscall
.fail:
        mov     eax, 60
        mov     edi, 1
        syscall
