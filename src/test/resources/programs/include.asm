; %include relative to this file, included twice (the guard makes the second a no-op).
        global  _start

%include "lib/io.inc"
%include "lib/io.inc"

        section .rodata
text:   db      "included macros", 10
textlen equ     $ - text

        section .text
_start:
        print   text, textlen
        exit    SYS_WRITE + SYS_EXIT    ; 61
