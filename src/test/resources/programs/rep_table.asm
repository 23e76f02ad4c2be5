; %rep / %assign build tables at assembly time; the program prints the squares and cube sum.
        global  _start

        section .rodata
squares:
%assign i 0
%rep    16
        dw      i * i
%assign i i + 1
%endrep

cubes:
%assign i 1
%rep    100
  %if i * i * i > 5000
    %exitrep
  %endif
        dd      i * i * i
  %assign i i + 1
%endrep
ncubes  equ     ($ - cubes) / 4

hexdigits: db   "0123456789abcdef"

        section .bss
line:   resb    8

        section .text
_start:
        xor     ebx, ebx
.square:
        movzx   eax, word [squares + rbx*2]
        ; print as 3 hex digits
        mov     ecx, eax
        shr     ecx, 8
        and     ecx, 15
        mov     cl, [hexdigits + rcx]
        mov     [line], cl
        mov     ecx, eax
        shr     ecx, 4
        and     ecx, 15
        mov     cl, [hexdigits + rcx]
        mov     [line + 1], cl
        and     eax, 15
        mov     al, [hexdigits + rax]
        mov     [line + 2], al
        mov     byte [line + 3], ' '
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [line]
        mov     edx, 4
        syscall
        inc     ebx
        cmp     ebx, 16
        jb      .square
        mov     byte [line], 10
        mov     eax, 1
        mov     edi, 1
        lea     rsi, [line]
        mov     edx, 1
        syscall
        ; exit status = number of cubes <= 5000 (17) + low byte of their sum
        xor     eax, eax
        xor     ecx, ecx
.sum:
        add     eax, [cubes + rcx*4]
        inc     ecx
        cmp     ecx, ncubes
        jb      .sum
        movzx   edi, al
        add     edi, ncubes
        mov     eax, 60
        syscall
