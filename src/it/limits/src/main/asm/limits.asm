; five iterations of %rep, over the <limits><rep>4</rep></limits> of the pom
        section .text
        global  _start
_start:
%rep 5
        nop
%endrep
        mov     eax, 60
        xor     edi, edi
        syscall
