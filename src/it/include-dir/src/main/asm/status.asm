; Exits with STATUS (a define) through a macro from asm-lib/ (an include directory).
%include "exit.inc"
        section .text
        global  _start
_start:
        EXIT    STATUS
