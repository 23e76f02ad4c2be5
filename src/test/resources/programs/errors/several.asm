; Several independent mistakes: a complete report names every one of them at its line.
        global  _start

        section .text
_start:
        mov     eax, 1
        mov     eax, bx                 ; <- error
        add     [rax], 1                ; <- error
        mov     eax, [rax+rbx*5]        ; <- error
        mov     ah, sil                 ; <- error
        push    cs                      ; <- error
        jmp     nowhere                 ; <- error
        lea     eax, ebx                ; <- error
        mov     eax, 60
        syscall
