; Mistakes in macro calls are reported at the line that calls the macro.
        global  _start

%macro  load 2
        mov     %1, %2
%endmacro

        section .text
_start:
        load    eax, 1
        load    eax, rbx                ; <- error
        load    al                      ; <- error
        mov     eax, 60
        syscall
