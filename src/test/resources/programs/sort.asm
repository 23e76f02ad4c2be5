; Insertion sort of signed qwords in .data, then prints them comma-separated.
        global  _start

        section .data
array:  dq      42, -7, 1000000000000, 0, 3, -9000000000, 3, 17, -1, 99, 5, 0x7fffffffffffffff, -128
n       equ     ($ - array) / 8

        section .bss
text:   resb    32

        section .text
_start:
        mov     ecx, 1                          ; i
.outer:
        cmp     ecx, n
        jae     .sorted
        mov     rax, [array + rcx*8]            ; key
        lea     edx, [rcx - 1]                  ; j
.inner:
        test    edx, edx
        js      .place
        mov     r8, [array + rdx*8]
        cmp     r8, rax
        jle     .place
        mov     [array + rdx*8 + 8], r8
        dec     edx
        jmp     .inner
.place:
        movsxd  rdx, edx
        mov     [array + rdx*8 + 8], rax
        inc     ecx
        jmp     .outer
.sorted:
        xor     ebx, ebx
.print:
        mov     rax, [array + rbx*8]
        call    print_signed
        inc     ebx
        mov     al, ','
        cmp     ebx, n
        jb      .sep
        mov     al, 10
.sep:
        mov     [text], al
        lea     rsi, [text]
        mov     edx, 1
        call    write
        cmp     ebx, n
        jb      .print
        mov     eax, 60
        xor     edi, edi
        syscall

print_signed:                                   ; rax
        lea     rsi, [text + 32]
        mov     r9, rax
        mov     r8, rax
        neg     r8
        cmovs   r8, rax                         ; r8 = |rax| (or -2^63)
        mov     rax, r8
        mov     r10d, 10
.digit:
        xor     edx, edx
        div     r10
        add     dl, '0'
        dec     rsi
        mov     [rsi], dl
        test    rax, rax
        jnz     .digit
        test    r9, r9
        jns     .out
        dec     rsi
        mov     byte [rsi], '-'
.out:
        lea     rdx, [text + 32]
        sub     rdx, rsi
write:
        mov     eax, 1
        mov     edi, 1
        syscall
        ret
