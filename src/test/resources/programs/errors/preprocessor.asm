; Preprocessor mistakes: %error, a missing %endif, a bad %assign.
        global  _start
%define LIMIT 3
%if LIMIT > 2
%error LIMIT is too large               ; <- error
%endif
%assign x 1 +                           ; <- error
%ifdef LIMIT                            ; <- error
        section .text
_start:
        mov     eax, 60
        syscall
