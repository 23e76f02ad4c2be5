; Data directives with mistakes.
        global  _start

        section .data
        db      1, 2, 3
        db      eax                     ; <- error
        dw      1 +                     ; <- error
        times -1 db 0                   ; <- error
        dd      "abc                    ; <- error
        resb    eax                     ; <- error
        dq      1.0.0                   ; <- error
        incbin  "no_such_file.bin"      ; <- error

        section .text
_start:
        mov     eax, 60
        syscall
