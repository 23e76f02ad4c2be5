; The built-in program: the seed's Hello. Writes MESSAGE to stdout and exits 0.
; tinybin defines MESSAGE (a backquoted string) from the <message> parameter, PIE for --pie builds.
%ifndef MESSAGE
  %define MESSAGE `Hello!\n`
%endif

        section .rodata
message:
        db      MESSAGE
length  equ     $ - message

        section .text
        global  _start
_start:
        mov     edi, 1                  ; fd 1: stdout
%ifdef PIE                              ; loaded at a random address: no absolute one
        lea     rsi, [rel message]
%else
        mov     esi, message            ; the seed's 5-byte form
%endif
        mov     edx, length
        mov     eax, 1                  ; write(2)
        syscall
        xor     edi, edi                ; status 0
        mov     eax, 60                 ; exit(2)
        syscall
        ud2
