; Label mistakes: a redefinition, an undefined local label, an undefined global.
        global  _start

        section .text
_start:
        nop
_start:                                 ; <- error
        jmp     .missing                ; <- error
helper:
        call    not_defined_anywhere    ; <- error
        ret
