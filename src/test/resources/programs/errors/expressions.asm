; Expression mistakes.
        global  _start

        section .text
_start:
        mov     eax, 1 / 0              ; <- error
        mov     eax, (1 + 2             ; <- error
        mov     eax, 1 +                ; <- error
        mov     eax, [rax + ]           ; <- error
        mov     eax, 5 % 0              ; <- error
        mov     eax, 60
        syscall
