; A switch through a jump table of absolute addresses, and a second one of relative offsets.
        global  _start

        section .rodata
table:  dq      _start.case0, _start.case1, _start.case2, _start.case3
ncases  equ     ($ - table) / 8
names:  db      "zero", 10, "one", 10, "two", 10, "three", 10
other:  db      "other", 10

        section .text
_start:
        xor     ebx, ebx
.loop:
        cmp     ebx, ncases
        jae     .default
        jmp     [table + rbx*8]
.case0: lea     rsi, [names]
        mov     edx, 5
        jmp     .print
.case1: lea     rsi, [names + 5]
        mov     edx, 4
        jmp     .print
.case2: lea     rsi, [names + 9]
        mov     edx, 4
        jmp     .print
.case3: lea     rsi, [names + 13]
        mov     edx, 6
        jmp     .print
.default:
        lea     rsi, [other]
        mov     edx, 6
.print:
        mov     eax, 1
        mov     edi, 1
        syscall
        inc     ebx
        cmp     ebx, 6
        jb      .loop

        ; relative table: ((7 + 5) - 3) * 4 = 36
        mov     eax, 7
        mov     ecx, 5
        xor     edx, edx
        call    dispatch
        mov     ecx, 3
        mov     edx, 1
        call    dispatch
        mov     ecx, 4
        mov     edx, 2
        call    dispatch
        mov     edi, eax
        mov     eax, 60
        syscall

; eax = eax <op edx> ecx
dispatch:
        lea     r8, [rel rtable]
        movsxd  r9, dword [r8 + rdx*4]
        add     r9, r8
        jmp     r9
op_add: add     eax, ecx
        ret
op_sub: sub     eax, ecx
        ret
op_mul: imul    eax, ecx
        ret

        align   4
; offsets relative to the table itself, so the code is position-independent
rtable: dd      op_add - rtable, op_sub - rtable, op_mul - rtable
