; Label terms nasm cannot express: a label times 2, two labels added, a label of another section
; subtracted outside that section (found by the random-program comparison).
        global  _start
        section .data
d0:     dd      0
        section .text
_start:
t1:     nop
t2:     nop
        dd      t1 * 2                  ; <- error
        dq      t1 + t2                 ; <- error
        dd      t1 - d0                 ; <- error
        dd      -d0                     ; <- error
        mov     eax, [rbx + t1 * 2]     ; <- error
        mov     eax, [rbx + t1 + t2]    ; <- error
        mov     eax, [rbx + t1 - d0]    ; <- error
        add     ecx, t1 - d0            ; <- error
        push    t1 - d0                 ; <- error
        mov     rax, t1 - t2 - d0       ; <- error
        add     eax, t1 * 2
        dd      d0 - t1
        mov     eax, 60
        syscall
        section .data
        dd      t1 - d0
