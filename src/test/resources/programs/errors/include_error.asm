; A mistake inside an included file is reported at the included file's line.
        global  _start

        section .text
_start:
%include "lib/bad.inc"                  ; <- error
        foo     eax                     ; <- error
        mov     eax, 60
        syscall
