; Local labels: the same .loop/.done in several functions, and parent.local from outside.
; pie
        global  _start

        section .text
_start:
        mov     edi, 10
        call    sum_to                  ; 55
        mov     ebx, eax
        mov     edi, 5
        call    triangle_odd            ; 1+3+5+7+9 = 25
        add     ebx, eax
        mov     edi, 4
        call    power_of_two.entry      ; 16, entering past the prologue
        add     ebx, eax
        jmp     ..@finish

sum_to:
        xor     eax, eax
.loop:
        test    edi, edi
        jz      .done
        add     eax, edi
        dec     edi
        jmp     .loop
.done:
        ret

triangle_odd:
        xor     eax, eax
        mov     ecx, 1
.loop:
        test    edi, edi
        jz      .done
        add     eax, ecx
        add     ecx, 2
        dec     edi
        jmp     .loop
.done:
        ret

power_of_two:
        mov     edi, 0
.entry:
        mov     eax, 1
        mov     ecx, edi
        shl     eax, cl
        ret

..@finish:                              ; a label that does not start a new local scope
        jmp     .really                 ; still power_of_two's scope
.really:
        mov     edi, ebx                ; 55 + 25 + 16 = 96
        mov     eax, 60
        syscall
